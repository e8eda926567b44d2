import { zodResolver } from '@hookform/resolvers/zod';
import { DEFAULT_SCALE_QUESTION, type SafetyPlanDetail, type SafetyPlanReview, DateInputValue } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useHoldSafetyPlanReview } from '../../../api/safetyPlans';
import { copenhagenToday } from '../../../i18n/today';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Spinner } from '../../../ui/Spinner';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import { applyScoreRowErrors, emptyScaleScoreRow, ScaleScoreFields, ScaleScoreRow, toScaleScoreInputs, type RespondentSuggestion } from '../../scaling';

const HoldForm = z.object({
  heldOn: DateInputValue,
  notes: z.string().trim().max(4000, 'Noterne må højst være 4000 tegn'),
  statementId: z.string(),
  question: z.string().trim().min(1, 'Skriv det spørgsmål, der blev stillet').max(1000),
  scores: z.array(ScaleScoreRow).max(50),
});
type HoldValues = z.input<typeof HoldForm>;
type HoldOutput = z.output<typeof HoldForm>;

interface HoldReviewFormProps {
  plan: SafetyPlanDetail;
  review: SafetyPlanReview;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** "Gennemfør opfølgning": the date, notes, and the scale scores given at the review. */
export function HoldReviewForm({ plan, review, onDone, onCancel }: HoldReviewFormProps) {
  const { t } = useTranslation('safetyPlans');
  const format = useFormatters();
  const formId = useId().replace(/:/g, '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hold = useHoldSafetyPlanReview(plan.caseId, plan.id);
  const [attempt, setAttempt] = useState(0);
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const today = copenhagenToday();
  const suggestions: RespondentSuggestion[] = plan.network.map((person) => ({
    name: person.name,
    perspective: person.isProfessional ? 'PROFESSIONAL' : 'NETWORK',
    networkPersonId: person.id,
  }));
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<HoldValues, unknown, HoldOutput>({
    resolver: zodResolver(HoldForm),
    defaultValues: {
      heldOn: review.dueOn < today ? review.dueOn : today,
      notes: '',
      statementId: '',
      question: DEFAULT_SCALE_QUESTION,
      scores: [emptyScaleScoreRow('PARENT')],
    },
    shouldFocusError: false,
  });

  useEffect(() => headingRef.current?.focus(), []);

  const submit = handleSubmit(
    (values) => {
      setServerMessages([]);
      const scores = toScaleScoreInputs(values.scores, { statementId: values.statementId || null, scoredOn: values.heldOn, question: values.question }, suggestions);
      hold.mutate(
        { reviewId: review.id, request: { heldOn: values.heldOn, notes: values.notes, scores, version: plan.version } },
        {
          onSuccess: () => onDone(t('actions.heldDone')),
          onError: (error) => {
            setServerMessages(applyScoreRowErrors(error, setError, 'scores'));
            setAttempt((n) => n + 1);
          },
        },
      );
    },
    () => setAttempt((n) => n + 1),
  );

  const id = (field: string) => `${formId}-${field}`;
  const topErrors = (['heldOn', 'notes', 'question'] as const).flatMap((field) =>
    errors[field]?.message ? [{ fieldId: id(field), message: errors[field].message }] : [],
  );
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="safety-plan-action-form" aria-labelledby={id('heading')}>
      <h3 id={id('heading')} ref={headingRef} tabIndex={-1}>
        {t('actions.holdHeading', { date: format.calendarDate(review.dueOn) })}
      </h3>
      {attempt > 0 && (topErrors.length > 0 || serverMessages.length > 0) && (
        <ErrorSummary items={topErrors} message={serverMessages.join(' ') || undefined} focusKey={attempt} />
      )}
      {hold.isError && serverMessages.length === 0 && <ErrorBanner error={hold.error} heading={t('actions.holdError')} />}
      <TextField id={id('heldOn')} type="date" max={today} label={t('actions.heldOn')} hint={t('actions.heldOnHint')} error={errors.heldOn?.message} width="m" {...register('heldOn')} />
      <TextAreaField id={id('notes')} label={t('actions.notes')} hint={t('actions.notesHint')} error={errors.notes?.message} rows={3} {...register('notes')} />
      <SelectInput id={id('statementId')} label={t('actions.statement')} hint={t('actions.statementHint')} {...register('statementId')}>
        <option value="">{t('actions.overall')}</option>
        {plan.statements.map((pair) => (
          <option key={pair.id} value={pair.id}>
            {t('editor.pairs.label', { number: pair.number, behaviour: pair.behaviour })}
          </option>
        ))}
      </SelectInput>
      <TextAreaField id={id('question')} label={t('actions.question')} hint={t('actions.questionHint')} error={errors.question?.message} rows={3} {...register('question')} />
      <ScaleScoreFields control={control} name="scores" idPrefix={id('scores')} suggestions={suggestions} />
      <div className="safety-plan-buttons">
        <button type="submit" className="button button-primary" disabled={hold.isPending}>
          {hold.isPending ? (
            <>
              <Spinner /> {t('actions.holding')}
            </>
          ) : (
            t('actions.holdSubmit')
          )}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
