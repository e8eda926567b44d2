import { NetworkMapParams, type NetworkMapDetail } from '@inddrag/contracts';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useNetworkMap } from '../../../api/networkMaps';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { NetworkMapDrawing } from '../drawing';
import { draftActions } from '../editor/draft';
import { LeaveGuard } from '../editor/LeaveGuard';
import { useMapEditor, type EditorNotice } from '../editor/useMapEditor';
import { networkMapPaths } from '../paths';
import { childDrawingPerson, childNewPerson } from './childPerson';
import { ChildPersonForm, type ChildPersonAnswers, type ChildPlace } from './ChildPersonForm';
import './child.css';

/** A version saved from the child's view records this occasion (the BFU talk with the child). */
const CHILD_OCCASION = 'BFU' as const;

/**
 * `/sager/:caseId/netvaerkskort/:mapId/mit-netvaerk`: the map drawn together with the child. Big and
 * plain: the drawing, "Tilføj en person", moving persons (drag, or the "Flyt" buttons) and "Gem".
 * Nothing sensitive is shown (no notes, contact details, risk flags, consent or part 2), yet a save
 * sends every person's fields unchanged: the document starts from the map as the API gave it.
 */
export function MyNetworkPage() {
  const { t } = useTranslation('networkMaps');
  usePageTitle(t('child.pageTitle'));
  const parsed = NetworkMapParams.safeParse(useParams());
  if (!parsed.success) return <NotFound />;
  const { caseId, mapId } = parsed.data;
  return <MyNetworkLoader key={`${caseId}/${mapId}`} caseId={caseId} mapId={mapId} />;
}

function BackLink({ caseId, mapId }: { caseId: string; mapId: string }) {
  const { t } = useTranslation('networkMaps');
  return (
    <Link to={networkMapPaths.editor(caseId, mapId)} className="back-link">
      <Icon name="chevron-left" />
      {t('child.backToMap')}
    </Link>
  );
}

function NotFound() {
  const { t } = useTranslation('networkMaps');
  return (
    <div className="my-network">
      <PageHeading>{t('child.heading')}</PageHeading>
      <p className="font-lead">{t('child.notFound')}</p>
    </div>
  );
}

function MyNetworkLoader({ caseId, mapId }: { caseId: string; mapId: string }) {
  const { t } = useTranslation('networkMaps');
  const map = useNetworkMap(caseId, mapId);

  if (isApiError(map.error) && map.error.status === 404) return <NotFound />;
  if (!map.data) {
    return (
      <div className="my-network">
        <BackLink caseId={caseId} mapId={mapId} />
        <PageHeading>{t('child.heading')}</PageHeading>
        <StatusMessage busy={map.isPending}>{map.isPending ? t('child.loading') : ''}</StatusMessage>
        {map.isError && (
          <ErrorBanner error={map.error} heading={t('child.loadError')} onRetry={() => void map.refetch()} />
        )}
      </div>
    );
  }
  return <MyNetwork caseId={caseId} mapId={mapId} latest={map.data} />;
}

type FormState = { kind: 'closed' } | { kind: 'new' } | { kind: 'move'; id: string };

interface MyNetworkProps {
  caseId: string;
  mapId: string;
  /** The map as the cache has it now. */
  latest: NetworkMapDetail;
}

function MyNetwork({ caseId, mapId, latest }: MyNetworkProps) {
  const { t } = useTranslation('networkMaps');
  // The first detail is where the drawing starts; later ones (after a save) arrive as `latest`.
  const [loaded] = useState(latest);
  const editor = useMapEditor(caseId, mapId, loaded, latest);
  const { state, change } = editor;
  const base = state.base;
  const canEdit = base.can.edit;
  const [form, setForm] = useState<FormState>({ kind: 'closed' });
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();

  const persons = state.draft.persons;
  const drawingPersons = useMemo(() => persons.map(childDrawingPerson), [persons]);
  const moving = form.kind === 'move' ? persons.find((p) => p.id === form.id) : undefined;
  const perspective = t(`maps.perspective.${base.perspective}`);

  /** Back to where the form was opened from. */
  const closeForm = (focusPersonId?: string) => {
    setForm({ kind: 'closed' });
    requestAnimationFrame(() => {
      const target = focusPersonId
        ? document.querySelector<HTMLElement>(`[data-move-person="${focusPersonId}"]`)
        : null;
      (target ?? addButtonRef.current)?.focus();
    });
  };

  const announce = (text: string) => editor.setNotice({ kind: 'text', text });

  const add = (answers: ChildPersonAnswers) => {
    const person = childNewPerson(answers, base.perspective);
    change(draftActions.addPerson(person));
    announce(t('child.added', { name: person.name }));
    closeForm();
  };

  const move = (id: string, place: ChildPlace) => {
    const person = persons.find((p) => p.id === id);
    if (!person) return;
    change({ type: 'updatePerson', id, fields: { sector: place.sector, placement: { ring: place.ring } } });
    announce(t('child.moved', { name: person.name }));
    closeForm(id);
  };

  const save = () => {
    if (!state.dirty) {
      announce(t('child.nothingToSave'));
      return;
    }
    editor.submit(CHILD_OCCASION, null);
  };

  return (
    <div className="my-network">
      <LeaveGuard dirty={state.dirty} />
      <BackLink caseId={caseId} mapId={mapId} />
      <PageHeading>{t('child.heading')}</PageHeading>
      <p className="my-network-intro">{t('child.intro')}</p>
      <p className="my-network-perspective">
        {base.perspectiveOf
          ? t('child.perspectiveOf', { perspective, name: base.perspectiveOf })
          : t('child.perspective', { perspective })}
      </p>

      {!canEdit && <p className="my-network-readonly">{t('child.readOnly')}</p>}
      {canEdit && (
        <div className="my-network-actions">
          <button
            ref={addButtonRef}
            type="button"
            className="button button-primary my-network-button"
            aria-expanded={form.kind === 'new'}
            onClick={() => setForm({ kind: 'new' })}
          >
            {t('child.addPerson')}
          </button>
          <button
            type="button"
            className="button button-secondary my-network-button"
            onClick={save}
            disabled={editor.saving}
          >
            {editor.saving ? t('child.saving') : t('child.save')}
          </button>
        </div>
      )}
      <StatusMessage className="my-network-status" busy={editor.saving}>
        {editor.saving ? t('child.saving') : noticeText(editor.notice, t)}
      </StatusMessage>
      {state.dirty && !editor.saving && <p className="my-network-unsaved">{t('child.unsaved')}</p>}
      {editor.issues.length > 0 && (
        <div className="alert alert-error" role="alert">
          <Icon name="error" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t('child.invalid')}</p>
          </div>
        </div>
      )}
      {editor.saveError !== null && <ErrorBanner error={editor.saveError} heading={t('child.saveError')} />}
      {editor.conflict && <ConflictMessage onRetry={editor.reapply} />}

      {form.kind === 'new' && <ChildPersonForm mode={{ kind: 'new', onAdd: add }} onCancel={() => closeForm()} />}
      {moving && (
        <ChildPersonForm
          key={moving.id}
          mode={{
            kind: 'move',
            name: moving.name,
            place: { sector: moving.sector, ring: moving.placement.ring },
            onMove: (place) => move(moving.id, place),
          }}
          onCancel={() => closeForm(moving.id)}
        />
      )}

      <NetworkMapDrawing
        title={t('child.drawingTitle', { name: base.child.firstName })}
        childName={base.child.firstName}
        persons={drawingPersons}
        ties={state.draft.ties}
        variant="child"
        selectedId={moving?.id ?? null}
        {...(canEdit
          ? {
              onSelect: (id: string | null) => setForm(id ? { kind: 'move', id } : { kind: 'closed' }),
              onMove: (id: string, to: { sector: ChildPlace['sector']; ring: ChildPlace['ring']; position: number }) =>
                change({ type: 'movePerson', id, to }),
            }
          : {})}
      />

      <section className="my-network-persons" aria-labelledby={listId}>
        <h2 id={listId}>{t('child.persons.heading')}</h2>
        {persons.length === 0 ? (
          <p>{t('child.persons.none')}</p>
        ) : (
          <ul className="nobullet-list">
            {persons.map((person) => (
              <li key={person.id}>
                <span>{t('child.persons.item', { name: person.name, relation: person.relation })}</span>
                {canEdit && (
                  <button
                    type="button"
                    className="button button-secondary my-network-move"
                    data-move-person={person.id}
                    aria-label={t('child.persons.moveNamed', { name: person.name })}
                    onClick={() => setForm({ kind: 'move', id: person.id })}
                  >
                    {t('child.persons.move')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function noticeText(notice: EditorNotice | null, t: ReturnType<typeof useTranslation<'networkMaps'>>['t']): string {
  if (!notice) return '';
  switch (notice.kind) {
    case 'saved':
      return t('child.saved', { version: notice.version });
    case 'reapplied':
      return t('child.conflict.retried', { version: notice.version });
    case 'discarded':
      return '';
    case 'text':
      return notice.text;
  }
}

/** A stale save, in plain words, and the one way on: the newest map with the child's changes on it. */
function ConflictMessage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('networkMaps');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="alert alert-warning my-network-conflict" role="alert" tabIndex={-1} ref={ref}>
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <h2 className="alert-heading">{t('child.conflict.heading')}</h2>
        <p className="alert-text">{t('child.conflict.body')}</p>
        <button type="button" className="button button-primary my-network-button" onClick={onRetry}>
          {t('child.conflict.retry')}
        </button>
      </div>
    </div>
  );
}
