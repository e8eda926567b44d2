import type { CaseNote, CaseNoteEntry } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { StatusMessage } from '../../ui/StatusMessage';
import { NoteEntry, noteHeadingId } from './NoteEntry';
import { NoteForm, type NoteFormMode } from './NoteForm';
import { useNotes } from './useNotes';
import './notes.css';

interface JournalSectionProps {
  caseId: string;
  /** The user may write notes and supplements on the case (CaseDetail.can.writeNotes). */
  canWrite: boolean;
}

type Open = { kind: 'new' } | { kind: 'edit' | 'supplement'; noteId: string } | null;

/**
 * "Journal": the case notes, newest first, supplements under the note they add to. Writers may
 * write a note, supplement any note, and correct their own within 24 hours (OFL § 13).
 */
export function JournalSection({ caseId, canWrite }: JournalSectionProps) {
  const { t } = useTranslation('notes');
  const headingId = useId();
  const journal = useNotes(caseId);
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState('');
  // Where focus goes once the page shows it: the saved entry (after the journal reloads) or,
  // after a cancel, the button that opened the form.
  const pendingFocus = useRef<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);

  useEffect(() => {
    const target = pendingFocus.current ? document.getElementById(pendingFocus.current) : null;
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  }, [journal.notes, open, status]);

  const openForm = (next: Open, buttonId: string) => {
    setStatus('');
    returnFocusTo.current = buttonId;
    setOpen(next);
  };
  const close = () => {
    pendingFocus.current = returnFocusTo.current;
    setOpen(null);
  };
  const saved = (note: CaseNoteEntry, message: string) => {
    pendingFocus.current = noteHeadingId(note.id);
    setOpen(null);
    setStatus(message);
  };

  const formFor = (mode: NoteFormMode) => <NoteForm caseId={caseId} mode={mode} onSaved={saved} onCancel={close} />;

  const actions = (entry: CaseNoteEntry, isSupplement: boolean) => {
    if (!canWrite) return null;
    const editId = `note-edit-${entry.id}`;
    const supplementId = `note-supplement-${entry.id}`;
    const editing = open?.kind === 'edit' && open.noteId === entry.id;
    const supplementing = open?.kind === 'supplement' && open.noteId === entry.id;
    const forNote = <span className="sr-only"> {t('actions.forNote', { title: entry.title })}</span>;
    return (
      <>
        {!editing && !supplementing && (entry.canEdit || !isSupplement) && (
          <p className="journal-note-actions">
            {entry.canEdit && (
              <button
                id={editId}
                type="button"
                className="button button-secondary"
                onClick={() => openForm({ kind: 'edit', noteId: entry.id }, editId)}
              >
                {t('actions.edit')}
                {forNote}
              </button>
            )}
            {!isSupplement && (
              <button
                id={supplementId}
                type="button"
                className="button button-secondary"
                onClick={() => openForm({ kind: 'supplement', noteId: entry.id }, supplementId)}
              >
                {t('actions.supplement')}
                {forNote}
              </button>
            )}
          </p>
        )}
        {editing && formFor({ kind: 'edit', note: entry })}
      </>
    );
  };

  const renderNote = (note: CaseNote) => {
    const supplementing = open?.kind === 'supplement' && open.noteId === note.id;
    return (
      <li key={note.id}>
        <NoteEntry entry={note} level={3}>
          {actions(note, false)}
          {note.supplements.length > 0 && (
            <ol className="journal-supplements nobullet-list" aria-label={t('entry.supplements')}>
              {note.supplements.map((supplement) => (
                <li key={supplement.id}>
                  <NoteEntry entry={supplement} level={4}>
                    {actions(supplement, true)}
                  </NoteEntry>
                </li>
              ))}
            </ol>
          )}
          {supplementing && <div className="journal-supplements">{formFor({ kind: 'supplement', note })}</div>}
        </NoteEntry>
      </li>
    );
  };

  const loadingText = journal.isLoading ? t('loading') : '';
  const emptyText = journal.hasData && journal.notes.length === 0 ? t('empty') : '';

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="journal">
      <h2 id={headingId}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <StatusMessage busy={journal.isLoading}>{loadingText || status}</StatusMessage>
      {journal.error !== null && <ErrorBanner error={journal.error} heading={t('loadError')} onRetry={journal.retry} />}
      {canWrite &&
        (open?.kind === 'new' ? (
          formFor({ kind: 'new' })
        ) : (
          <p>
            <button
              id="note-write"
              type="button"
              className="button button-primary"
              onClick={() => openForm({ kind: 'new' }, 'note-write')}
            >
              {t('actions.write')}
            </button>
          </p>
        ))}
      {emptyText && <p>{emptyText}</p>}
      {journal.notes.length > 0 && <ol className="journal-list nobullet-list">{journal.notes.map(renderNote)}</ol>}
      {journal.hasNextPage && journal.error === null && (
        <p className="case-results-more">
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={journal.isFetchingNextPage}
            onClick={() => {
              if (!journal.isFetchingNextPage) journal.loadMore();
            }}
          >
            {journal.isFetchingNextPage && <Spinner />}
            <span>{t('loadMore')}</span>
          </button>
        </p>
      )}
    </section>
  );
}
