import { MapOccasion, NetworkMapParams, Uuid, type MapPerson, type NetworkMapDetail } from '@inddrag/contracts';
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useNetworkMap } from '../../../api/networkMaps';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { DrawingExportButtons, NetworkMapDrawing, PrintButton, type DrawingPerson } from '../drawing';
import { networkMapPaths } from '../paths';
import { ConflictBanner } from './ConflictBanner';
import { ConsentSection } from './ConsentSection';
import { draftActions } from './draft';
import { LeaveGuard } from './LeaveGuard';
import { NetworkOverview } from './NetworkOverview';
import { emptyFormValues, toFormValues, toNewPerson } from './personForm';
import { PersonPanel } from './PersonPanel';
import { PersonTable } from './PersonTable';
import { SaveBar } from './SaveBar';
import { TiesSection } from './TiesSection';
import { useMapEditor, type EditorNotice } from './useMapEditor';
import '../networkMaps.css';

/** `/sager/:caseId/netvaerkskort/:mapId`: the map editor. A map the user may not see answers 404. */
export function MapEditorPage() {
  const parsed = NetworkMapParams.safeParse(useParams());
  if (!parsed.success) return <NotFound />;
  const { caseId, mapId } = parsed.data;
  return <EditorLoader key={mapId} caseId={caseId} mapId={mapId} />;
}

function NotFound({ caseId }: { caseId?: string }) {
  const { t } = useTranslation(['networkMaps', 'common']);
  usePageTitle(t('networkMaps:editor.pageTitle'));
  return (
    <>
      {caseId && <BackLink caseId={caseId} />}
      <PageHeading>{t('networkMaps:editor.pageTitle')}</PageHeading>
      <p className="font-lead">{t('common:errors.notFound')}</p>
    </>
  );
}

function BackLink({ caseId }: { caseId: string }) {
  const { t } = useTranslation('networkMaps');
  return (
    <Link to={networkMapPaths.list(caseId)} className="back-link map-no-print">
      <Icon name="chevron-left" />
      {t('editor.backToMaps')}
    </Link>
  );
}

function EditorLoader({ caseId, mapId }: { caseId: string; mapId: string }) {
  const { t } = useTranslation('networkMaps');
  const map = useNetworkMap(caseId, mapId);
  usePageTitle(map.data ? pageTitle(map.data, t) : t('editor.pageTitle'));

  if (isApiError(map.error) && map.error.status === 404) return <NotFound caseId={caseId} />;
  if (!map.data) {
    return (
      <>
        <BackLink caseId={caseId} />
        <PageHeading>{t('editor.pageTitle')}</PageHeading>
        <StatusMessage busy={map.isPending}>{map.isPending ? t('editor.loading') : ''}</StatusMessage>
        {map.isError && (
          <ErrorBanner error={map.error} heading={t('editor.loadError')} onRetry={() => void map.refetch()} />
        )}
      </>
    );
  }
  // The editor starts from the first detail it gets; later ones (a save, consents) arrive as `latest`.
  return <MapEditor caseId={caseId} mapId={mapId} latest={map.data} />;
}

type Panel = { kind: 'closed' } | { kind: 'new'; id: string } | { kind: 'edit'; id: string };
type View = 'both' | 'drawing' | 'table';

interface MapEditorProps {
  caseId: string;
  mapId: string;
  latest: NetworkMapDetail;
}

function MapEditor({ caseId, mapId, latest }: MapEditorProps) {
  const { t } = useTranslation('networkMaps');
  const format = useFormatters();
  // A follow-up meeting links here with ?anledning=OPFOELGNINGSMOEDE&moede=<id>: the occasion is
  // proposed and the new version records the meeting.
  const [search] = useSearchParams();
  const proposedOccasion = MapOccasion.safeParse(search.get('anledning')).data;
  const meetingId = Uuid.safeParse(search.get('moede')).data;
  const editor = useMapEditor(caseId, mapId, latest, latest, meetingId);
  const { state, change } = editor;
  const base = state.base;
  const readOnly = !base.can.edit;
  const [chosenId, setSelectedId] = useState<string | null>(null);
  const [openPanel, setPanel] = useState<Panel>({ kind: 'closed' });
  const [view, setView] = useState<View>('both');
  const svgRef = useRef<SVGSVGElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const viewId = useId();
  const part1Id = useId();
  // The drawing paints first; the table and the overview (150 rows of form fields on a big map)
  // follow in a background render that the browser may interrupt.
  const formsReady = useDeferredValue(true, false);

  const perspective = t(`maps.perspective.${base.perspective}`);

  const persons = state.draft.persons;
  const personById = useMemo(() => new Map(persons.map((p) => [p.id, p])), [persons]);
  // A person removed (or discarded) while selected or open in the form is neither any more.
  const selectedId = chosenId && personById.has(chosenId) ? chosenId : null;
  const panel: Panel = openPanel.kind === 'edit' && !personById.has(openPanel.id) ? { kind: 'closed' } : openPanel;
  const editing = panel.kind === 'edit' ? personById.get(panel.id) : undefined;
  const { savedPerson } = editor;

  const drawingPersons: DrawingPerson[] = useMemo(
    () =>
      persons.map((person) => {
        const saved = savedPerson(person.id);
        return {
          id: person.id,
          name: person.name,
          relation: person.relation,
          sector: person.sector,
          isProfessional: person.isProfessional,
          placement: person.placement,
          doNotContact: person.doNotContact,
          contactBlocked: saved ? !saved.contact.allowed : false,
        };
      }),
    [persons, savedPerson],
  );

  const announce = (text: string) => editor.setNotice({ kind: 'text', text });

  const openPerson = (id: string | null) => {
    setSelectedId(id);
    setPanel(id ? { kind: 'edit', id } : { kind: 'closed' });
  };

  const closePanel = () => {
    setPanel({ kind: 'closed' });
    addButtonRef.current?.focus();
  };

  const removePerson = (person: MapPerson) => {
    change({ type: 'removePerson', id: person.id });
    announce(t('editor.panel.removed', { name: person.name }));
    if (panel.kind === 'edit' && panel.id === person.id) closePanel();
  };

  const childName = base.child.firstName;
  const fileBaseName = `netvaerkskort-${childName}-${base.perspective.toLowerCase()}-version-${base.version}`;

  return (
    <div className="map-editor">
      <BackLink caseId={caseId} />
      <PageHeading>{t('editor.heading', { perspective })}</PageHeading>
      <p className="font-lead map-editor-lead">
        {t('editor.child', { name: childName, age: base.child.age })}
        {base.perspectiveOf && <> · {t('editor.perspectiveOf', { name: base.perspectiveOf })}</>}
      </p>
      <p className="map-editor-meta">
        {t('editor.meta', {
          version: base.version,
          time: format.dateTime(base.lastSaved.createdAt),
          author: base.lastSaved.author.name,
          unit: base.lastSaved.unit.name,
          occasion: t(`maps.occasion.${base.lastSaved.occasion}`),
        })}
      </p>
      <nav className="map-editor-links map-no-print" aria-label={t('editor.tools')}>
        <ul className="nobullet-list">
          <li>
            <Link to={networkMapPaths.history(caseId, mapId)}>{t('editor.history')}</Link>
          </li>
          <li>
            <Link to={networkMapPaths.myNetwork(caseId, mapId)}>{t('editor.myNetwork')}</Link>
          </li>
        </ul>
      </nav>
      <div className="map-editor-tools map-no-print">
        <PrintButton />
        <DrawingExportButtons svgRef={svgRef} fileBaseName={fileBaseName} />
      </div>

      {readOnly && (
        <div className="alert alert-info map-no-print">
          <Icon name="info" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-text">{t('editor.readOnly')}</p>
          </div>
        </div>
      )}
      {editor.conflict && (
        <ConflictBanner conflict={editor.conflict} onReapply={editor.reapply} onDiscard={editor.discard} />
      )}
      <StatusMessage className="map-editor-status">{noticeText(editor.notice, t)}</StatusMessage>

      <div className={panel.kind === 'closed' ? 'map-workspace' : 'map-workspace map-workspace--panel'}>
        <section className="map-part1" aria-labelledby={part1Id}>
          <div className="map-part1-header">
            <h2 id={part1Id}>{t('editor.tabs.part1')}</h2>
            {!readOnly && (
              <button
                type="button"
                ref={addButtonRef}
                className="button button-primary map-no-print"
                onClick={() => {
                  setSelectedId(null);
                  setPanel({ kind: 'new', id: crypto.randomUUID() });
                }}
              >
                {t('editor.addPerson')}
              </button>
            )}
          </div>
          <fieldset className="map-view-choice map-no-print">
            <legend className="form-label">{t('editor.view.legend')}</legend>
            {(['both', 'drawing', 'table'] as const).map((option) => (
              <div key={option} className="form-group-radio">
                <input
                  id={`${viewId}-${option}`}
                  type="radio"
                  className="form-radio"
                  name={`${viewId}-view`}
                  checked={view === option}
                  onChange={() => setView(option)}
                />
                <label className="form-label" htmlFor={`${viewId}-${option}`}>
                  {t(`editor.view.${option}`)}
                </label>
              </div>
            ))}
          </fieldset>
          {persons.length === 0 && <p>{t('editor.noPersons')}</p>}
          {view !== 'table' && (
            <NetworkMapDrawing
              title={t('editor.drawingTitle', { name: childName, perspective })}
              childName={childName}
              persons={drawingPersons}
              ties={state.draft.ties}
              selectedId={selectedId}
              onSelect={openPerson}
              {...(readOnly ? {} : { onMove: (id, to) => change({ type: 'movePerson', id, to }) })}
              svgRef={svgRef}
            />
          )}
          {view !== 'drawing' && (persons.length > 0 || !readOnly) && formsReady && (
            <div className="map-no-print">
              <PersonTable
                persons={persons}
                perspective={base.perspective}
                selectedId={selectedId}
                readOnly={readOnly}
                savedPerson={editor.savedPerson}
                onChange={change}
                onEdit={openPerson}
                onRemove={removePerson}
                onAdded={(name) => announce(t('editor.panel.added', { name }))}
              />
            </div>
          )}
        </section>

        {panel.kind !== 'closed' && (
          <aside className="map-panel map-no-print" aria-label={t('editor.panel.region')}>
            {panel.kind === 'new' ? (
              <PersonPanel
                key={panel.id}
                mode="new"
                initial={emptyFormValues(panel.id, base.perspective)}
                readOnly={readOnly}
                seeContactDetails={base.can.seeContactDetails}
                onSubmit={(person) => {
                  change(draftActions.addPerson(toNewPerson(person), person.id));
                  announce(t('editor.panel.added', { name: person.name }));
                  setSelectedId(person.id);
                  closePanel();
                }}
                onClose={closePanel}
              />
            ) : (
              editing && (
                <PersonPanel
                  key={editing.id}
                  mode="edit"
                  initial={toFormValues(editing)}
                  current={editing}
                  readOnly={readOnly}
                  seeContactDetails={base.can.seeContactDetails}
                  contact={editor.savedPerson(editing.id)?.contact}
                  onSubmit={(person, changed) => {
                    change({ type: 'updatePerson', id: person.id, fields: changed });
                    announce(t('editor.panel.updated', { name: person.name }));
                  }}
                  onRemove={() => removePerson(editing)}
                  onClose={closePanel}
                >
                  <TiesSection
                    person={editing}
                    persons={persons}
                    ties={state.draft.ties}
                    readOnly={readOnly}
                    onChange={change}
                    onAnnounce={announce}
                  />
                  <ConsentSection
                    caseId={caseId}
                    person={editor.savedPerson(editing.id)}
                    draftName={editing.name}
                    canManage={latest.can.manageConsent}
                  />
                </PersonPanel>
              )
            )}
          </aside>
        )}
      </div>

      {formsReady && <NetworkOverview persons={persons} readOnly={readOnly} onChange={change} />}

      {!readOnly && (
        <SaveBar
          dirty={state.dirty}
          baseVersion={base.version}
          saving={editor.saving}
          saveError={editor.saveError}
          issues={editor.issues}
          onSave={editor.submit}
          {...(proposedOccasion ? { initialOccasion: proposedOccasion } : {})}
        />
      )}
      <LeaveGuard dirty={state.dirty && !readOnly} />
    </div>
  );
}

type T = ReturnType<typeof useTranslation<'networkMaps'>>['t'];

function pageTitle(detail: NetworkMapDetail, t: T): string {
  return `${t('editor.heading', { perspective: t(`maps.perspective.${detail.perspective}`) })} – ${detail.child.firstName}`;
}

function noticeText(notice: EditorNotice | null, t: T): string {
  if (!notice) return '';
  switch (notice.kind) {
    case 'saved':
      return t('editor.save.saved', { version: notice.version });
    case 'reapplied':
      return t('editor.conflict.reapplied', { version: notice.version });
    case 'discarded':
      return t('editor.conflict.discarded', { version: notice.version });
    case 'text':
      return notice.text;
  }
}
