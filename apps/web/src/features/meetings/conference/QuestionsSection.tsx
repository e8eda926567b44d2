import { SaveConferenceQuestionsRequest, type MeetingDetail } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveConferenceQuestions } from '../../../api/conferences';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField } from '../../../ui/TextField';
import { useConflictRecovery, WriteError } from './conferenceWrites';

type Conference = NonNullable<MeetingDetail['conference']>;
interface Row {
  key: string;
  id: string | null;
  text: string;
}

/** The questions the family is to answer: add, reword, reorder (buttons, not drag) and remove. */
export function QuestionsSection({ meeting, conference }: { meeting: MeetingDetail; conference: Conference }) {
  const { t } = useTranslation('conferences');
  const headingId = useId();
  const editable = meeting.can.plan && conference.approval === null;
  // A new editor when the saved questions change (a save, or someone else's).
  const savedKey = conference.questions.map((q) => `${q.id}:${q.text}`).join('|');
  const [saved, setSaved] = useState(false);
  // Kept here, not in the editor: a conflict reloads the questions and remounts the editor.
  const save = useSaveConferenceQuestions(meeting.id);
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="conference-questions">
      <h2 id={headingId}>{t('questions.heading')}</h2>
      <p>{t('questions.intro')}</p>
      <WriteError error={save.error} heading={t('questions.saveError')} />
      {editable ? (
        <QuestionsEditor key={savedKey} meeting={meeting} conference={conference} onSaved={setSaved} save={save} />
      ) : (
        <>
          {conference.approval !== null && meeting.can.plan && <p>{t('questions.locked')}</p>}
          {conference.questions.length === 0 ? (
            <p>{t('questions.none')}</p>
          ) : (
            <ol>
              {conference.questions.map((question) => (
                <li key={question.id}>{question.text}</li>
              ))}
            </ol>
          )}
        </>
      )}
      <StatusMessage>{saved ? t('questions.saved') : ''}</StatusMessage>
    </section>
  );
}

interface EditorProps {
  meeting: MeetingDetail;
  conference: Conference;
  onSaved: (saved: boolean) => void;
  save: ReturnType<typeof useSaveConferenceQuestions>;
}

function QuestionsEditor({ meeting, conference, onSaved, save }: EditorProps) {
  const { t } = useTranslation('conferences');
  const baseId = useId();
  const recover = useConflictRecovery();
  const [rows, setRows] = useState<Row[]>(() =>
    conference.questions.length > 0
      ? conference.questions.map((q) => ({ key: q.id, id: q.id, text: q.text }))
      : [{ key: crypto.randomUUID(), id: null, text: '' }],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  const update = (next: Row[]) => {
    setRows(next);
    onSaved(false);
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    if (row) next.splice(index + by, 0, row);
    update(next);
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const request = { version: meeting.version, questions: rows.map((row) => ({ id: row.id, text: row.text })) };
    const parsed = SaveConferenceQuestionsRequest.safeParse(request);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.slice(0, 2).join('.'), issue.message])));
      return;
    }
    setErrors({});
    save.mutate(request, { onSuccess: () => onSaved(true), onError: recover });
  };
  const listError = errors.questions;
  return (
    <form noValidate onSubmit={submit}>
      {listError && <p className="form-error-message" role="alert">{listError}</p>}
      <ol className="conference-questions">
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <li key={row.key}>
              <TextAreaField
                id={`${baseId}-q-${row.key}`}
                label={t('questions.label', { number })}
                rows={2}
                value={row.text}
                error={errors[`questions.${index}`]}
                onChange={(event) => update(rows.map((r) => (r.key === row.key ? { ...r, text: event.target.value } : r)))}
              />
              <div className="conference-row-buttons">
                <button type="button" className="button button-tertiary" disabled={index === 0} onClick={() => move(index, -1)}>
                  {t('questions.moveUp', { number })}
                </button>
                <button type="button" className="button button-tertiary" disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                  {t('questions.moveDown', { number })}
                </button>
                <button type="button" className="button button-tertiary" onClick={() => update(rows.filter((r) => r.key !== row.key))}>
                  {t('questions.remove', { number })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="safety-plan-buttons">
        <button type="button" className="button button-secondary" disabled={rows.length >= 10} onClick={() => update([...rows, { key: crypto.randomUUID(), id: null, text: '' }])}>
          {t('questions.add')}
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('questions.saving') : t('questions.save')}
        </button>
      </div>
    </form>
  );
}
