import { zodResolver } from '@hookform/resolvers/zod';
import { FollowUpDecision, GoalProgress, type ActionPlanDetail } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { get, useForm, useWatch, type FieldError, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { useRecordFollowUp } from '../../../api/actionPlans';
import { copenhagenToday } from '../../../i18n/today';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../../ui/ErrorSummary';
import { Spinner } from '../../../ui/Spinner';
import { SelectInput, TextAreaField, TextField } from '../../../ui/TextField';
import {
  emptyFollowUp,
  FollowUpForm as Schema,
  followUpPathOf,
  toFollowUpRequest,
  type FollowUpOutput,
  type FollowUpValues,
} from './followUpForm';

type Path = FieldPath<FollowUpValues>;

/** A follow-up (BL § 95): held on, participants, the child's view, each goal's progress, the decision, the next date. */
export function FollowUpForm({
  plan,
  onDone,
  onCancel,
}: {
  plan: ActionPlanDetail;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('actionPlans');
  const formId = `followup${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const record = useRecordFollowUp(plan.caseId, plan.id);
  const [attempt, setAttempt] = useState(0);
  const today = copenhagenToday();
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FollowUpValues, unknown, FollowUpOutput>({
    resolver: zodResolver(Schema),
    defaultValues: emptyFollowUp(plan, today),
    shouldFocusError: false,
  });
  const decision = useWatch({ control, name: 'decision' });
  useEffect(() => headingRef.current?.focus(), []);

  const id = (path: string) => `${formId}-${path.replace(/\./g, '-')}`;
  const error = (path: Path) => (get(errors, path) as FieldError | undefined)?.message;
  const paths: Path[] = [
    'heldOn',
    'participants',
    'childView',
    ...plan.goals.flatMap((_, i) => [`goals.${i}.progress`, `goals.${i}.score`, `goals.${i}.note`] as Path[]),
    'decision',
    'decisionNote',
    'nextFollowUpOn',
  ];
  const items: SummaryItem[] = paths.flatMap((path) =>
    error(path) ? [{ fieldId: id(path), message: error(path)! }] : [],
  );

  const submit = handleSubmit(
    (values) =>
      record.mutate(toFollowUpRequest(values), {
        onSuccess: () => onDone(t('followUp.saved')),
        onError: (failure) => {
          if (isApiError(failure))
            for (const fieldError of failure.fieldErrors) {
              const path = followUpPathOf(fieldError.path);
              if (path) setError(path as Path, { type: 'server', message: fieldError.message });
            }
          setAttempt((n) => n + 1);
        },
      }),
    () => setAttempt((n) => n + 1),
  );

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={id('heading')}
      data-testid="follow-up-form"
    >
      <h3 id={id('heading')} ref={headingRef} tabIndex={-1}>
        {t('followUp.formHeading')}
      </h3>
      {attempt > 0 && items.length > 0 && (
        <ErrorSummary heading={t('followUp.errorsHeading')} items={items} focusKey={attempt} />
      )}
      {record.isError && items.length === 0 && <ErrorBanner error={record.error} heading={t('followUp.error')} />}
      <TextField
        id={id('heldOn')}
        type="date"
        max={today}
        label={t('followUp.heldOn')}
        error={error('heldOn')}
        width="m"
        {...register('heldOn')}
      />
      <TextAreaField
        id={id('participants')}
        label={t('followUp.participants')}
        error={error('participants')}
        rows={2}
        {...register('participants')}
      />
      <TextAreaField
        id={id('childView')}
        label={t('followUp.childView')}
        hint={t('followUp.childViewHint')}
        error={error('childView')}
        rows={3}
        {...register('childView')}
      />
      <fieldset className="action-plan-fieldset">
        <legend className="h4">{t('followUp.goalsLegend')}</legend>
        {plan.goals.map((goal, index) => (
          <fieldset key={goal.id} className="action-plan-goal">
            <legend>{t('followUp.goal', { number: index + 1, goal: goal.goal })}</legend>
            <div className="action-plan-row">
              <SelectInput
                id={id(`goals.${index}.progress`)}
                label={t('followUp.progress')}
                error={error(`goals.${index}.progress`)}
                {...register(`goals.${index}.progress`)}
              >
                {GoalProgress.options.map((progress) => (
                  <option key={progress} value={progress}>
                    {t(`progress.${progress}`)}
                  </option>
                ))}
              </SelectInput>
              <TextField
                id={id(`goals.${index}.score`)}
                inputMode="numeric"
                label={t('followUp.score')}
                hint={t('followUp.scoreHint')}
                error={error(`goals.${index}.score`)}
                width="xs"
                {...register(`goals.${index}.score`)}
              />
            </div>
            <TextAreaField
              id={id(`goals.${index}.note`)}
              label={t('followUp.note')}
              error={error(`goals.${index}.note`)}
              rows={2}
              {...register(`goals.${index}.note`)}
            />
          </fieldset>
        ))}
      </fieldset>
      <SelectInput
        id={id('decision')}
        label={t('followUp.decision')}
        error={error('decision')}
        {...register('decision')}
      >
        {FollowUpDecision.options.map((option) => (
          <option key={option} value={option}>
            {t(`decision.${option}`)}
          </option>
        ))}
      </SelectInput>
      <TextAreaField
        id={id('decisionNote')}
        label={t('followUp.decisionNote')}
        error={error('decisionNote')}
        rows={2}
        {...register('decisionNote')}
      />
      <TextField
        id={id('nextFollowUpOn')}
        type="date"
        min={today}
        label={t('followUp.nextFollowUpOn')}
        hint={decision === 'STOP' ? undefined : t('followUp.nextFollowUpOnHint')}
        error={error('nextFollowUpOn')}
        width="m"
        {...register('nextFollowUpOn')}
      />
      <div className="action-plan-buttons">
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {record.isPending ? <Spinner /> : null} {record.isPending ? t('followUp.saving') : t('followUp.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('followUp.cancel')}
        </button>
      </div>
    </form>
  );
}
