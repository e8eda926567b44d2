import type { CaseNoteEntry } from '@inddrag/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/useFormatters';

interface NoteEntryProps {
  entry: CaseNoteEntry;
  /** h3 for a note, h4 for a supplement under it. */
  level: 3 | 4;
  /** The buttons under the note (edit, supplement); the forms that open from them. */
  children?: ReactNode;
}

export const noteHeadingId = (noteId: string) => `note-${noteId}`;

/** One journal entry: what kind, the date it records, who wrote it (and their unit), when, and the text. */
export function NoteEntry({ entry, level, children }: NoteEntryProps) {
  const { t } = useTranslation('notes');
  const format = useFormatters();
  const Heading = level === 3 ? 'h3' : 'h4';
  const headingId = noteHeadingId(entry.id);
  const edited = entry.updatedAt !== entry.createdAt;
  const author = entry.authorUnit
    ? t('entry.authorWithUnit', { name: entry.author.name, unit: entry.authorUnit.name })
    : entry.author.name;

  return (
    <article className={level === 3 ? 'journal-note' : 'journal-note journal-supplement'} aria-labelledby={headingId}>
      <p className="journal-note-kind small-text">
        {level === 4 && <span>{t('entry.supplement')} · </span>}
        {t(`kind.${entry.kind}`)} · <time dateTime={entry.occurredOn}>{format.calendarDate(entry.occurredOn)}</time>
      </p>
      <Heading id={headingId} tabIndex={-1} className="journal-note-title">
        {entry.title}
      </Heading>
      <dl className="journal-note-facts small-text">
        <div>
          <dt>{t('entry.author')}</dt>
          <dd>{author}</dd>
        </div>
        <div>
          <dt>{t('entry.createdAt')}</dt>
          <dd>
            <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
          </dd>
        </div>
        {edited && (
          <div>
            <dt>{t('entry.updatedAt')}</dt>
            <dd>
              <time dateTime={entry.updatedAt}>{format.dateTime(entry.updatedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      <div className="journal-note-body">{entry.body}</div>
      {entry.canEdit && (
        <p className="journal-note-window small-text">
          {t('entry.editableUntil', { time: format.dateTime(entry.editableUntil) })}
        </p>
      )}
      {children}
    </article>
  );
}
