import { zodResolver } from '@hookform/resolvers/zod';
import { CreateNoteRequest, NoteKind, ProblemType, type CaseNoteEntry } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../api/ApiError';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { SelectInput, TextAreaField, TextField } from '../../ui/TextField';
import { copenhagenToday } from '../../i18n/today';
import { useCreateNote, useRefreshNotes, useUpdateNote } from './useNotes';

/** The note's own fields; a supplement adds the note it belongs to, a correction the version. */
const NoteFields = CreateNoteRequest.omit({ supplementsId: true });
type Input = z.input<typeof NoteFields>;
type Output = z.output<typeof NoteFields>;
type Field = keyof Input;
const FIELDS: readonly Field[] = ['kind', 'occurredOn', 'title', 'body'];

export type NoteFormMode =
  { kind: 'new' } | { kind: 'edit'; note: CaseNoteEntry } | { kind: 'supplement'; note: CaseNoteEntry };

interface NoteFormProps {
  caseId: string;
  mode: NoteFormMode;
  /** Called with the saved note and a sentence saying what was saved. */
  onSaved: (note: CaseNoteEntry, message: string) => void;
  onCancel: () => void;
}

const isConflict = (error: unknown) =>
  isApiError(error) && (error.status === 409 || error.problem.type === ProblemType.conflict);
const isRuleRefusal = (error: unknown) =>
  isApiError(error) && (error.status === 422 || error.problem.type === ProblemType.rule);

/** Write a note, a supplement to one, or correct one's own note within 24 hours. */
export function NoteForm({ caseId, mode, onSaved, onCancel }: NoteFormProps) {
  const { t } = useTranslation(['notes', 'common']);
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const create = useCreateNote(caseId);
  const update = useUpdateNote(caseId);
  const refresh = useRefreshNotes(caseId);
  const [attempt, setAttempt] = useState(0);
  const today = copenhagenToday();
  const ids = Object.fromEntries(FIELDS.map((field) => [field, `${formId}-${field}`])) as Record<Field, string>;

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(NoteFields),
    defaultValues:
      mode.kind === 'edit'
        ? { kind: mode.note.kind, occurredOn: mode.note.occurredOn, title: mode.note.title, body: mode.note.body }
        : { kind: mode.kind === 'supplement' ? 'NOTE' : ('' as NoteKind), occurredOn: today, title: '', body: '' },
    shouldFocusError: false,
  });

  // The form opens on the user's click: take them to it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const mutation = mode.kind === 'edit' ? update : create;
  const busy = mutation.isPending;

  // Server messages (Danish, e.g. "Datoen må ikke ligge i fremtiden") are shown as the API wrote them.
  const message = (field: Field): string | undefined => {
    const error = errors[field];
    if (!error) return undefined;
    if (error.type === 'server' && error.message) return error.message;
    return t(`notes:form.errors.${field}`);
  };
  const items: SummaryItem[] = FIELDS.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: ids[field], message: text }] : [];
  });

  const onServerError = (error: unknown) => {
    if (!isApiError(error)) return;
    for (const fieldError of error.fieldErrors) {
      const field = fieldError.path.replace(/^body\./, '') as Field;
      if (FIELDS.includes(field)) setError(field, { type: 'server', message: fieldError.message });
    }
    setAttempt((n) => n + 1);
  };

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    if (mode.kind === 'edit') {
      update.mutate(
        { noteId: mode.note.id, request: { ...values, version: mode.note.version } },
        {
          onSuccess: (note) => onSaved(note, t('notes:form.savedEdit', { title: note.title })),
          onError: onServerError,
        },
      );
    } else {
      create.mutate(mode.kind === 'supplement' ? { ...values, supplementsId: mode.note.id } : values, {
        onSuccess: (note) =>
          onSaved(
            note,
            t(mode.kind === 'supplement' ? 'notes:form.savedSupplement' : 'notes:form.saved', { title: note.title }),
          ),
        onError: onServerError,
      });
    }
  };

  const heading =
    mode.kind === 'new'
      ? t('notes:form.newHeading')
      : mode.kind === 'edit'
        ? t('notes:form.editHeading', { title: mode.note.title })
        : t('notes:form.supplementHeading', { title: mode.note.title });
  const submitLabel =
    mode.kind === 'new'
      ? t('notes:form.submitNew')
      : mode.kind === 'edit'
        ? t('notes:form.submitEdit')
        : t('notes:form.submitSupplement');
  const error = mutation.error;
  const generalError =
    mutation.isError && !isConflict(error) && !isRuleRefusal(error) && items.length === 0 ? error : null;

  return (
    <section className="journal-form" aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
        {mutation.isError && isConflict(error) && (
          <div className="alert alert-warning" role="alert">
            <Icon name="warning" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-heading">{t('notes:form.errors.heading')}</p>
              <p className="alert-text">{t('notes:form.errors.conflict')}</p>
              <button
                type="button"
                className="button button-secondary mt-4"
                onClick={() => {
                  mutation.reset();
                  void refresh();
                  onCancel();
                }}
              >
                {t('common:actions.reload')}
              </button>
            </div>
          </div>
        )}
        {mutation.isError && isRuleRefusal(error) && (
          <div className="alert alert-error" role="alert">
            <Icon name="error" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-heading">{t('notes:form.errors.heading')}</p>
              <p className="alert-text">{t('notes:form.errors.editWindow')}</p>
            </div>
          </div>
        )}
        {generalError && <ErrorBanner error={generalError} heading={t('notes:form.errors.heading')} />}
        <div className="journal-form-fields">
          <SelectInput id={ids.kind} label={t('notes:form.kind')} error={message('kind')} {...register('kind')}>
            {mode.kind === 'new' && <option value="">{t('notes:form.kind')}</option>}
            {NoteKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`notes:kind.${kind}`)}
              </option>
            ))}
          </SelectInput>
          <TextField
            id={ids.occurredOn}
            type="date"
            max={today}
            label={t('notes:form.occurredOn')}
            hint={t('notes:form.occurredOnHint')}
            error={message('occurredOn')}
            width="s"
            {...register('occurredOn')}
          />
        </div>
        <TextField
          id={ids.title}
          label={t('notes:form.title')}
          error={message('title')}
          width="xl"
          maxLength={200}
          {...register('title')}
        />
        <TextAreaField
          id={ids.body}
          label={t('notes:form.body')}
          error={message('body')}
          width="xl"
          rows={8}
          {...register('body')}
        />
        <div className="journal-form-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={busy}
            onClick={(event) => {
              if (busy) event.preventDefault();
            }}
          >
            {busy && <Spinner />}
            <span>{busy ? t('notes:form.submitting') : submitLabel}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('notes:form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
