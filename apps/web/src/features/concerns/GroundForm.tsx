import { zodResolver } from '@hookform/resolvers/zod';
import { ConcernGroundInput, ConcernGroundKind, Uuid, type ConcernGround } from '@inddrag/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { concernKeys, useCreateConcernGround, useUpdateConcernGround } from '../../api/concerns';
import { isStaleWrite } from '../../api/staleWrite';
import { fetchDocuments } from '../../api/documents';
import { copenhagenToday } from '../../i18n/today';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { SelectInput, TextAreaField, TextField } from '../../ui/TextField';
import { useNotifications } from '../cases/detail/useCaseRegister';
import { useNotes } from '../notes/useNotes';
import { applyServerErrors } from './serverErrors';
import { ConflictNotices } from './StaleNotice';

const optionalId = z.union([z.literal(''), Uuid]);
/** The ground as the form holds it: "no link" is an empty choice. */
const GroundFields = ConcernGroundInput.extend({ notificationId: optionalId, noteId: optionalId, documentId: optionalId });
type Input = z.input<typeof GroundFields>;
type Output = z.output<typeof GroundFields>;
const FIELDS = ['kind', 'occurredOn', 'source', 'description', 'notificationId', 'noteId', 'documentId'] as const;
type Field = (typeof FIELDS)[number];

const valuesOf = (ground: ConcernGround | null, today: string): Input =>
  ground
    ? {
        kind: ground.kind,
        occurredOn: ground.occurredOn,
        source: ground.source,
        description: ground.description,
        notificationId: ground.notification?.id ?? '',
        noteId: ground.note?.id ?? '',
        documentId: ground.document?.id ?? '',
      }
    : { kind: '' as ConcernGroundKind, occurredOn: today, source: '', description: '', notificationId: '', noteId: '', documentId: '' };

interface GroundFormProps {
  caseId: string;
  /** The ground to edit; null for a new one. */
  ground: ConcernGround | null;
  onDone: (message: string | null) => void;
}

/** Add or edit a ground for concern, optionally linked to the case's notification, note or document. */
export function GroundForm({ caseId, ground: editing, onDone }: GroundFormProps) {
  const { t } = useTranslation('concerns');
  const format = useFormatters();
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = copenhagenToday();
  const [attempt, setAttempt] = useState(0);
  const [base, setBase] = useState(editing);
  const [unsaved, setUnsaved] = useState<Output | null>(null);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const create = useCreateConcernGround(caseId);
  const update = useUpdateConcernGround(caseId);
  const mutation = editing ? update : create;
  const notifications = useNotifications(caseId);
  const { notes } = useNotes(caseId);
  const documents = useQuery({
    queryKey: [...concernKeys.all(caseId), 'documents'],
    queryFn: ({ signal }) => fetchDocuments(caseId, undefined, signal),
  });
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${formId}-${f}`])) as Record<Field, string>;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(GroundFields),
    defaultValues: valuesOf(editing, today),
    shouldFocusError: false,
  });

  useEffect(() => headingRef.current?.focus(), []);

  const message = (field: Field) => {
    const error = errors[field];
    if (!error) return undefined;
    if (error.type === 'server' && error.message) return error.message;
    return field.endsWith('Id') ? t('ground.form.errors.link') : t(`ground.form.errors.${field as 'kind'}`);
  };
  const items: SummaryItem[] = FIELDS.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: ids[field], message: text }] : [];
  });

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    const request = {
      ...values,
      notificationId: values.notificationId || null,
      noteId: values.noteId || null,
      documentId: values.documentId || null,
    };
    const onError = (error: unknown) => {
      if (isStaleWrite(error)) setUnsaved(values);
      if (applyServerErrors<Input>(error, FIELDS, setError)) setAttempt((n) => n + 1);
    };
    if (base) {
      update.mutate(
        { groundId: base.id, request: { ...request, version: base.version } },
        { onSuccess: () => onDone(t('ground.form.saved')), onError },
      );
    } else {
      create.mutate(request, { onSuccess: () => onDone(t('ground.form.saved')), onError });
    }
  };

  const stale = mutation.isError && isStaleWrite<ConcernGround>(mutation.error) ? mutation.error : null;
  const busy = mutation.isPending;
  const linkSelect = (field: 'notificationId' | 'noteId' | 'documentId', options: { id: string; label: string }[]) => (
    <SelectInput
      id={ids[field]}
      label={t(`ground.form.${field}`)}
      hint={t('ground.form.linkHint', { what: t(`ground.form.linkWhat.${field}`) })}
      error={message(field)}
      {...register(field)}
    >
      <option value="">{t('ground.none')}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </SelectInput>
  );

  return (
    <section className="concern-form" aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {editing ? t('ground.form.editHeading') : t('ground.form.newHeading')}
      </h3>
      <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
        <ConflictNotices
          stale={stale}
          onLoad={(current) => {
            setBase(current);
            setLoadedVersion(current.version);
            reset(valuesOf(current, today));
            mutation.reset();
          }}
          loadedVersion={loadedVersion}
          unsavedText={unsaved && [
              { label: t('ground.form.source'), value: unsaved.source },
              { label: t('ground.form.description'), value: unsaved.description },
            ]}
          keys="form.conflict"
        />
        {mutation.isError && !stale && items.length === 0 && (
          <ErrorBanner error={mutation.error} heading={t('ground.form.error')} />
        )}
        <div className="concern-form-row">
          <SelectInput id={ids.kind} label={t('ground.form.kind')} hint={t('ground.form.kindHint')} error={message('kind')} {...register('kind')}>
            <option value="">{t('ground.form.chooseKind')}</option>
            {ConcernGroundKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`ground.kind.${kind}`)}
              </option>
            ))}
          </SelectInput>
          <TextField
            id={ids.occurredOn}
            type="date"
            max={today}
            width="s"
            label={t('ground.form.occurredOn')}
            hint={t('ground.form.occurredOnHint')}
            error={message('occurredOn')}
            {...register('occurredOn')}
          />
        </div>
        <TextField
          id={ids.source}
          width="xl"
          maxLength={200}
          label={t('ground.form.source')}
          hint={t('ground.form.sourceHint')}
          error={message('source')}
          {...register('source')}
        />
        <TextAreaField
          id={ids.description}
          width="xl"
          rows={5}
          label={t('ground.form.description')}
          hint={t('ground.form.descriptionHint')}
          error={message('description')}
          {...register('description')}
        />
        {linkSelect(
          'notificationId',
          (notifications.data?.items ?? []).map((n) => ({
            id: n.id,
            label: `${format.calendarDate(n.receivedOn)} – ${n.sourceName ?? n.source}`,
          })),
        )}
        {linkSelect(
          'noteId',
          notes.map((note) => ({ id: note.id, label: `${format.calendarDate(note.occurredOn)} – ${note.title}` })),
        )}
        {linkSelect(
          'documentId',
          (documents.data?.items ?? []).map((d) => ({ id: d.id, label: `${d.title} (${d.fileName})` })),
        )}
        <div className="concern-form-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={busy}
            onClick={(event) => {
              if (busy) event.preventDefault();
            }}
          >
            {busy && <Spinner />}
            <span>{busy ? t('ground.form.submitting') : t('ground.form.submit')}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
            {t('ground.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
