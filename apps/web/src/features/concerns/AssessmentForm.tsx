import { zodResolver } from '@hookform/resolvers/zod';
import { SafetyAssessmentFields, type ConcernStatement, type SafetyAssessment } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCreateSafetyAssessment, useUpdateSafetyAssessment } from '../../api/concerns';
import { isStaleWrite } from '../../api/staleWrite';
import { copenhagenToday } from '../../i18n/today';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { TextAreaField, TextField } from '../../ui/TextField';
import { applyServerErrors } from './serverErrors';
import { ConflictNotices } from './StaleNotice';

type Input = z.input<typeof SafetyAssessmentFields>;
type Output = z.output<typeof SafetyAssessmentFields>;
const TEXTS = ['participants', 'harm', 'complicatingFactors', 'strengths', 'existingSafety', 'nextSteps'] as const;
const FIELDS = ['assessedOn', 'purpose', ...TEXTS, 'statementIds'] as const;
type Field = (typeof FIELDS)[number];

const valuesOf = (a: SafetyAssessment | null, today: string, statements: readonly ConcernStatement[]): Input =>
  a
    ? {
        assessedOn: a.assessedOn,
        purpose: a.purpose,
        participants: a.participants,
        harm: a.harm,
        complicatingFactors: a.complicatingFactors,
        strengths: a.strengths,
        existingSafety: a.existingSafety,
        nextSteps: a.nextSteps,
        statementIds: a.statements.map((s) => s.id),
      }
    : {
        assessedOn: today,
        purpose: '',
        participants: '',
        harm: '',
        complicatingFactors: '',
        strengths: '',
        existingSafety: '',
        nextSteps: '',
        statementIds: statements.filter((s) => s.status === 'ACTIVE').map((s) => s.id),
      };

interface AssessmentFormProps {
  caseId: string;
  assessment: SafetyAssessment | null;
  /** The case's pairs, to choose which the columns show. */
  statements: readonly ConcernStatement[];
  onSaved: (assessment: SafetyAssessment) => void;
  onCancel: () => void;
}

/** "Ny kortlægning" or its edit: date, purpose, participants and the six parts of the three columns. */
export function AssessmentForm({ caseId, assessment: editing, statements, onSaved, onCancel }: AssessmentFormProps) {
  const { t } = useTranslation('concerns');
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = copenhagenToday();
  const [attempt, setAttempt] = useState(0);
  const [base, setBase] = useState(editing);
  const [unsaved, setUnsaved] = useState<Output | null>(null);
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  const create = useCreateSafetyAssessment(caseId);
  const update = useUpdateSafetyAssessment(caseId, editing?.id ?? '');
  const mutation = editing ? update : create;
  const ids = Object.fromEntries(FIELDS.map((f) => [f, `${formId}-${f}`])) as Record<Field, string>;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(SafetyAssessmentFields),
    defaultValues: valuesOf(editing, today, statements),
    shouldFocusError: false,
  });

  useEffect(() => headingRef.current?.focus(), []);

  const message = (field: Field) => {
    const error = errors[field];
    if (!error) return undefined;
    if (field === 'assessedOn' && error.type !== 'server') return t('assessment.form.errors.assessedOn');
    return error.message;
  };
  const items: SummaryItem[] = FIELDS.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: ids[field], message: text }] : [];
  });

  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    const onError = (error: unknown) => {
      if (isStaleWrite(error)) setUnsaved(values);
      if (applyServerErrors<Input>(error, FIELDS, setError)) setAttempt((n) => n + 1);
    };
    if (base) update.mutate({ ...values, version: base.version }, { onSuccess: onSaved, onError });
    else create.mutate(values, { onSuccess: onSaved, onError });
  };

  const stale = mutation.isError && isStaleWrite<SafetyAssessment>(mutation.error) ? mutation.error : null;
  const busy = mutation.isPending;
  const labelOf = (field: (typeof TEXTS)[number]) => t(`assessment.form.${field}`);

  return (
    <section className="concern-form" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {editing ? t('assessment.form.editHeading') : t('assessment.form.newHeading')}
      </h2>
      <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        {items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
        <ConflictNotices
          stale={stale}
          onLoad={(current) => {
            setBase(current);
            setLoadedVersion(current.version);
            reset(valuesOf(current, today, statements));
            mutation.reset();
          }}
          loadedVersion={loadedVersion}
          unsavedText={unsaved && [
              { label: t('assessment.form.purpose'), value: unsaved.purpose },
              ...TEXTS.map((field) => ({ label: labelOf(field), value: unsaved[field] })),
            ]}
          keys="assessment.form.conflict"
        />
        {mutation.isError && !stale && items.length === 0 && (
          <ErrorBanner error={mutation.error} heading={t('assessment.form.error')} />
        )}
        <div className="concern-form-row">
          <TextField
            id={ids.assessedOn}
            type="date"
            width="s"
            label={t('assessment.form.assessedOn')}
            hint={t('assessment.form.assessedOnHint')}
            error={message('assessedOn')}
            {...register('assessedOn')}
          />
          <TextField
            id={ids.purpose}
            width="l"
            maxLength={200}
            label={t('assessment.form.purpose')}
            hint={t('assessment.form.purposeHint')}
            error={message('purpose')}
            {...register('purpose')}
          />
        </div>
        {TEXTS.map((field) => (
          <TextAreaField
            key={field}
            id={ids[field]}
            width="xl"
            rows={field === 'participants' ? 2 : 4}
            label={labelOf(field)}
            hint={t(`assessment.form.${field}Hint`)}
            error={message(field)}
            {...register(field)}
          />
        ))}
        <fieldset id={ids.statementIds} tabIndex={-1} aria-describedby={`${ids.statementIds}-hint`}>
          <legend className="form-label">{t('assessment.form.statementIds')}</legend>
          <span className="form-hint" id={`${ids.statementIds}-hint`}>
            {t('assessment.form.statementIdsHint')}
          </span>
          {message('statementIds') && <span className="form-error-message">{message('statementIds')}</span>}
          {statements.length === 0 && <p>{t('pair.empty')}</p>}
          {statements.map((s) => (
            <div key={s.id} className="form-group-checkbox">
              <input
                id={`${ids.statementIds}-${s.id}`}
                type="checkbox"
                className="form-checkbox"
                value={s.id}
                {...register('statementIds')}
              />
              <label className="form-label" htmlFor={`${ids.statementIds}-${s.id}`}>
                {`${t('pair.title', { number: s.number })} (${t(`pair.status.${s.status}`)})`}
              </label>
            </div>
          ))}
        </fieldset>
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
            <span>
              {busy ? t('assessment.form.submitting') : editing ? t('assessment.form.submitEdit') : t('assessment.form.submitNew')}
            </span>
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('assessment.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
