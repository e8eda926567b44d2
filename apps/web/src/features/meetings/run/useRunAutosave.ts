import type { MeetingDetail } from '@inddrag/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { saveMeetingRun } from '../../../api/meetingRun';
import { useMeetingWriteResult } from '../../../api/meetings';
import { isStaleWrite } from '../../../api/staleWrite';
import { clearDrafts, draftOf, patchOf, readDraft, rebase, storeDraft, type RunDraft } from './runDraft';

/** How long after the last keystroke the autosave sends. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; current: MeetingDetail; mine: RunDraft };

const storage = () => (typeof window === 'undefined' ? null : window.localStorage);

/**
 * The meeting screen's run document with its autosave: every change is written to localStorage at
 * once (keyed by meeting and version) and sent ~1.5 s after the last keystroke; a lost connection
 * waits for the 'online' event; a 409 stops and asks the user (keep mine / take theirs). Other
 * writes of the screen (decisions, finish) go through `exclusive`, which waits for a save in flight
 * and takes the meeting's new version from the answer, so the writes never overtake each other.
 */
export function useRunAutosave(meeting: MeetingDetail) {
  const id = meeting.id;
  const isConference = meeting.type === 'FAMILY_GROUP_CONFERENCE';
  const writeResult = useMeetingWriteResult();
  const [initialBase] = useState(() => draftOf(meeting));
  const baseRef = useRef<RunDraft>(initialBase);
  const versionRef = useRef(meeting.version);
  const [restored] = useState(() => {
    const stored = storage() ? readDraft(storage()!, id) : null;
    return stored && patchOf(initialBase, stored.draft, isConference) ? stored.draft : null;
  });
  const [draft, setDraft] = useState<RunDraft>(() => restored ?? initialBase);
  const draftRef = useRef(draft);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: meeting.lastSaved.at });
  const [restoredNotice, setRestoredNotice] = useState(restored !== null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const conflicted = useRef(false);
  // The save schedules itself again when the user typed on while it was in flight.
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    if (conflicted.current) return;
    const sent = draftRef.current;
    const patch = patchOf(baseRef.current, sent, isConference);
    if (!patch) return;
    if (typeof navigator !== 'undefined' && !navigator.onLine) {
      setStatus({ kind: 'offline' });
      return;
    }
    setStatus({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await saveMeetingRun(id, { version: versionRef.current, ...patch });
        versionRef.current = saved.version;
        baseRef.current = sent;
        const still = patchOf(sent, draftRef.current, isConference);
        if (still) {
          storeDraft(storage()!, id, saved.version, draftRef.current);
          setStatus({ kind: 'pending' });
          timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_DELAY_MS);
        } else {
          if (storage()) clearDrafts(storage()!, id);
          setStatus({ kind: 'saved', at: saved.savedAt });
        }
      } catch (error) {
        if (isStaleWrite<MeetingDetail>(error) && error.current) {
          conflicted.current = true;
          setStatus({ kind: 'conflict', current: error.current, mine: draftRef.current });
        } else if (isApiError(error) && error.status === 0) {
          setStatus({ kind: 'offline' });
        } else {
          setStatus({ kind: 'failed', error });
        }
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [id, isConference]);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const update = useCallback(
    (change: (draft: RunDraft) => RunDraft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      if (storage()) storeDraft(storage()!, id, versionRef.current, next);
      if (conflicted.current) return;
      setStatus(typeof navigator !== 'undefined' && !navigator.onLine ? { kind: 'offline' } : { kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, id],
  );

  /** A newer meeting from another write: what the user has not changed follows it. */
  const adopt = useCallback((detail: MeetingDetail) => {
    const next = draftOf(detail);
    draftRef.current = rebase(baseRef.current, draftRef.current, next);
    baseRef.current = next;
    versionRef.current = detail.version;
    setDraft(draftRef.current);
  }, []);

  const exclusive = useCallback(
    async (write: (version: number) => Promise<MeetingDetail>): Promise<MeetingDetail> => {
      await flush();
      const result = await write(versionRef.current);
      adopt(result);
      writeResult(result);
      return result;
    },
    [adopt, flush, writeResult],
  );

  /** After a 409: keep my text (saved again on the new version) or take the saved text. */
  const resolveConflict = (choice: 'mine' | 'theirs') => {
    if (status.kind !== 'conflict') return;
    const current = status.current;
    const theirs = draftOf(current);
    baseRef.current = theirs;
    versionRef.current = current.version;
    if (choice === 'theirs') {
      draftRef.current = theirs;
      setDraft(theirs);
      if (storage()) clearDrafts(storage()!, id);
    }
    conflicted.current = false;
    writeResult(current);
    setStatus({ kind: 'saved', at: current.lastSaved.at });
    if (choice === 'mine') void flush();
  };

  useEffect(() => {
    const online = () => void flush();
    const offline = () => {
      if (patchOf(baseRef.current, draftRef.current, isConference)) setStatus({ kind: 'offline' });
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    // A restored draft is sent at once.
    if (restored) timer.current = setTimeout(() => void flushRef.current(), 0);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush, isConference, restored]);

  // A failed save is tried again after a while (a 5xx, a timeout).
  useEffect(() => {
    if (status.kind !== 'failed') return;
    // A refusal (400, 422) would be refused again: the next change tries again instead.
    if (isApiError(status.error) && status.error.status < 500) return;
    const retry = setTimeout(() => void flush(), 10_000);
    return () => clearTimeout(retry);
  }, [flush, status]);

  return { draft, update, status, exclusive, resolveConflict, restoredNotice, dismissRestored: () => setRestoredNotice(false), flush };
}
