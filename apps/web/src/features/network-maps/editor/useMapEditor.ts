import type { MapOccasion, MapPersonView, NetworkMapDetail } from '@inddrag/contracts';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { isMapConflict, useSaveNetworkMap, type MapConflict } from '../../../api/networkMaps';
import { draftIssues, draftReducer, initialDraft, type DraftAction } from './draft';

export type EditorNotice =
  | { kind: 'saved'; version: number }
  | { kind: 'reapplied'; version: number }
  | { kind: 'discarded'; version: number }
  | { kind: 'text'; text: string };

/**
 * The editor's state: the draft (see draft.ts), the save, and a save's conflict. `latest` is the map
 * as the cache has it now (consents recorded meanwhile, a newer version): it becomes the base at once
 * while the user has not changed anything, and is what consents and contact status are read from.
 */
export function useMapEditor(
  caseId: string,
  mapId: string,
  first: NetworkMapDetail,
  latest: NetworkMapDetail = first,
  /** The follow-up meeting the new version is made at, when the user came from one. */
  meetingId?: string,
) {
  // The draft starts from the map as first shown (read on the first render only).
  const [state, dispatch] = useReducer(draftReducer, first, initialDraft);
  const [conflict, setConflict] = useState<MapConflict | null>(null);
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  const save = useSaveNetworkMap(caseId, mapId);

  useEffect(() => {
    if (!state.dirty && !conflict && latest !== state.base) dispatch({ type: 'reset', detail: latest });
  }, [latest, state.dirty, state.base, conflict]);

  const change = useCallback((action: DraftAction) => {
    setNotice(null);
    dispatch(action);
  }, []);

  const issues = useMemo(() => draftIssues(state.draft), [state.draft]);

  const submit = (occasion: MapOccasion, occasionNote: string | null) => {
    setNotice(null);
    save.mutate(
      { baseVersion: state.base.version, occasion, occasionNote, document: state.draft, ...(meetingId ? { meetingId } : {}) },
      {
        onSuccess: (detail) => {
          dispatch({ type: 'reset', detail });
          setConflict(null);
          setNotice({ kind: 'saved', version: detail.version });
        },
        onError: (error) => {
          if (isMapConflict(error)) setConflict(error.conflict);
        },
      },
    );
  };

  /** "Anvend mine ændringer igen": the rebased document on the current version, to review and save. */
  const reapply = () => {
    if (!conflict) return;
    dispatch({ type: 'rebase', conflict });
    setConflict(null);
    save.reset();
    setNotice({ kind: 'reapplied', version: conflict.current.version });
  };

  /** "Kassér mine ændringer": back to the current version. */
  const discard = () => {
    if (!conflict) return;
    dispatch({ type: 'reset', detail: conflict.current });
    setConflict(null);
    save.reset();
    setNotice({ kind: 'discarded', version: conflict.current.version });
  };

  /** The person as the API last showed them (consents, contact status); undefined for one not saved yet. */
  const savedPerson = useCallback(
    (personId: string): MapPersonView | undefined => latest.persons.find((p) => p.id === personId),
    [latest],
  );

  return {
    state,
    change,
    issues,
    submit,
    saving: save.isPending,
    saveError: save.isError && !isMapConflict(save.error) ? save.error : null,
    conflict,
    reapply,
    discard,
    notice,
    setNotice,
    savedPerson,
  };
}

export type MapEditorModel = ReturnType<typeof useMapEditor>;
