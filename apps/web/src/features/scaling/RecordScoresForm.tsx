import { zodResolver } from '@hookform/resolvers/zod';
import { DEFAULT_SCALE_QUESTION, ScaleScoreInput } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../api/ApiError';
import { useSafetyAssessments } from '../../api/concerns';
import { useRecordScaleScores } from '../../api/scaling';
import { useFormatters } from '../../i18n/useFormatters';
import { copenhagenToday } from '../../i18n/today';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { SelectInput, TextAreaField, TextField } from '../../ui/TextField';
import { ScaleScoreFields, scoreRowSummaryItems } from './ScaleScoreFields';
import { OVERALL, type ScaleOption } from './scales';
import { applyScoreRowErrors, emptyScaleScoreRow, ScaleScoreRow, toScaleScoreInputs, type RespondentSuggestion } from './scoreRows';

/** The form: one scale, date and question for all rows, and the rows themselves. */
const RecordForm = z.object({
  scale: z.string().min(1),
  scoredOn: ScaleScoreInput.shape.scoredOn.refine((date) => date <= copenhagenToday()),
  question: ScaleScoreInput.shape.question,
  /** The assessment (e.g. one made at a network meeting) the scores were given at; '' for none. */
  assessmentId: z.string(),
  scores: z.array(ScaleScoreRow).min(1),
});
type Input = z.input<typeof RecordForm>;
type Output = z.output<typeof RecordForm>;
type SharedField = 'scale' | 'scoredOn' | 'question' | 'assessmentId';
/** Where the API's errors about the shared fields land on this form. */
const SHARED_FROM_API: Record<string, SharedField> = {
  statementId: 'scale',
  scoredOn: 'scoredOn',
  question: 'question',
  assessmentId: 'assessmentId',
};

interface RecordScoresFormProps {
  caseId: string;
  /** The scales scores may be recorded on (the overall one and active pairs). */
  scales: readonly ScaleOption[];
  initialScale: string;
  suggestions: readonly RespondentSuggestion[];
  onSaved: (count: number, scale: string) => void;
  onCancel: () => void;
}

/** "Registrér skalering": every participant's score on one scale on one date, saved at once. */
export function RecordScoresForm({ caseId, scales, initialScale, suggestions, onSaved, onCancel }: RecordScoresFormProps) {
  const { t } = useTranslation('scaling');
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const record = useRecordScaleScores(caseId);
  const assessments = useSafetyAssessments(caseId);
  const format = useFormatters();
  const [attempt, setAttempt] = useState(0);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const today = copenhagenToday();
  const ids: Record<SharedField, string> = {
    scale: `${formId}-scale`,
    scoredOn: `${formId}-scoredOn`,
    question: `${formId}-question`,
    assessmentId: `${formId}-assessment`,
  };

  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(RecordForm),
    defaultValues: {
      scale: scales.some((s) => s.key === initialScale) ? initialScale : OVERALL,
      scoredOn: today,
      question: DEFAULT_SCALE_QUESTION,
      assessmentId: '',
      scores: [emptyScaleScoreRow('CHILD')],
    },
    shouldFocusError: false,
  });
  const {
    register,
    control,
    setError,
    formState: { errors },
  } = form;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const sharedMessage = (field: SharedField): string | undefined => {
    const error = errors[field];
    if (!error) return undefined;
    if (error.type === 'server' && error.message) return error.message;
    if (field === 'scale' || field === 'assessmentId') return t(`form.${field === 'scale' ? 'scaleHint' : 'assessmentHint'}`);
    return t(`form.errors.${field}`);
  };
  const rowCount = useWatch({ control, name: 'scores' }).length;
  const items: SummaryItem[] = [
    ...(['scale', 'scoredOn', 'question', 'assessmentId'] as const).flatMap((field) => {
      const message = sharedMessage(field);
      return message ? [{ fieldId: ids[field], message }] : [];
    }),
    ...scoreRowSummaryItems(errors, 'scores', formId, rowCount, t),
  ];

  const onServerError = (error: unknown) => {
    const unplaced = applyScoreRowErrors(error, setError, 'scores', 'body.scores', (fieldError) => {
      const key = /^body\.scores\.\d+\.(\w+)$/.exec(fieldError.path)?.[1];
      const field = key ? SHARED_FROM_API[key] : undefined;
      if (field) setError(field, { type: 'server', message: fieldError.message });
      return field !== undefined;
    });
    setOtherErrors(unplaced);
    setAttempt((n) => n + 1);
  };

  const onValid = (values: Output) => {
    setOtherErrors([]);
    const statementId = values.scale === OVERALL ? null : values.scale;
    const scores = toScaleScoreInputs(
      values.scores,
      { statementId, scoredOn: values.scoredOn, question: values.question, assessmentId: values.assessmentId || null },
      suggestions,
    );
    record.mutate(
      { scores },
      { onSuccess: (response) => onSaved(response.items.length, values.scale), onError: onServerError },
    );
  };

  const busy = record.isPending;
  const generalError =
    record.isError && !(isApiError(record.error) && record.error.fieldErrors.length > 0) ? record.error : null;

  return (
    <section className="scale-record-form" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {t('form.heading')}
      </h2>
      <p>{t('form.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          if (busy) {
            event.preventDefault();
            return;
          }
          void form.handleSubmit(onValid, () => setAttempt((n) => n + 1))(event);
        }}
      >
        {(items.length > 0 || otherErrors.length > 0) && (
          <ErrorSummary items={items} message={otherErrors.join(' ') || undefined} focusKey={attempt} />
        )}
        {generalError && <ErrorBanner error={generalError} heading={t('form.error')} />}
        <SelectInput id={ids.scale} label={t('form.scale')} hint={t('form.scaleHint')} error={sharedMessage('scale')} {...register('scale')}>
          {scales.map((scale) => (
            <option key={scale.key} value={scale.key}>
              {scale.label}
            </option>
          ))}
        </SelectInput>
        <TextField
          id={ids.scoredOn}
          type="date"
          max={today}
          label={t('form.scoredOn')}
          hint={t('form.scoredOnHint')}
          error={sharedMessage('scoredOn')}
          width="s"
          {...register('scoredOn')}
        />
        <TextAreaField
          id={ids.question}
          label={t('form.question')}
          hint={t('form.questionHint')}
          error={sharedMessage('question')}
          width="xl"
          rows={4}
          maxLength={1000}
          {...register('question')}
        />
        {(assessments.data?.items.length ?? 0) > 0 && (
          <SelectInput
            id={ids.assessmentId}
            label={t('form.assessment')}
            hint={t('form.assessmentHint')}
            error={sharedMessage('assessmentId')}
            {...register('assessmentId')}
          >
            <option value="">{t('form.noAssessment')}</option>
            {assessments.data?.items.map((assessment) => (
              <option key={assessment.id} value={assessment.id}>
                {t('form.assessmentOption', { date: format.date(assessment.assessedOn), purpose: assessment.purpose })}
              </option>
            ))}
          </SelectInput>
        )}
        <h3>{t('form.rowsHeading')}</h3>
        <ScaleScoreFields control={control} name="scores" idPrefix={formId} suggestions={suggestions} />
        <div className="scale-form-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={busy}
            onClick={(event) => {
              if (busy) event.preventDefault();
            }}
          >
            {busy && <Spinner />}
            <span>{busy ? t('form.submitting') : t('form.submit')}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
