import { zodResolver } from '@hookform/resolvers/zod';
import { CloseSafetyPlanRequest, type SafetyPlanDetail } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../api/ApiError';
import { useCloseSafetyPlan } from '../../../api/safetyPlans';
import { copenhagenToday } from '../../../i18n/today';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Spinner } from '../../../ui/Spinner';
import { TextAreaField, TextField } from '../../../ui/TextField';

/** The close request as the form holds it: "criteria met" is a yes/no radio pair. */
const CloseForm = CloseSafetyPlanRequest.omit({ version: true, criteriaMet: true }).extend({
  criteriaMet: z.enum(['yes', 'no'], { error: 'Svar ja eller nej' }),
});
type CloseValues = z.input<typeof CloseForm>;
type CloseOutput = z.output<typeof CloseForm>;

/** "Afslut planen": Myndighed's decision, with the date and whether the closure criteria are met. */
export function ClosePlanForm({ plan, onDone, onCancel }: { plan: SafetyPlanDetail; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('safetyPlans');
  const formId = useId().replace(/:/g, '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = useCloseSafetyPlan(plan.caseId, plan.id);
  const [attempt, setAttempt] = useState(0);
  const today = copenhagenToday();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CloseValues, unknown, CloseOutput>({
    resolver: zodResolver(CloseForm),
    defaultValues: { closedOn: today, closureDecision: '', criteriaMet: undefined as unknown as 'yes' },
    shouldFocusError: false,
  });
  useEffect(() => headingRef.current?.focus(), []);

  const submit = handleSubmit(
    (values) =>
      close.mutate(
        { closedOn: values.closedOn, closureDecision: values.closureDecision, criteriaMet: values.criteriaMet === 'yes', version: plan.version },
        {
          onSuccess: () => onDone(t('actions.closedDone')),
          onError: (error) => {
            if (isApiError(error))
              for (const fieldError of error.fieldErrors) {
                const field = fieldError.path.replace(/^body\./, '');
                if (field === 'closedOn' || field === 'closureDecision') setError(field, { type: 'server', message: fieldError.message });
              }
            setAttempt((n) => n + 1);
          },
        },
      ),
    () => setAttempt((n) => n + 1),
  );
  const id = (field: string) => `${formId}-${field}`;
  const items = (['closedOn', 'criteriaMet', 'closureDecision'] as const).flatMap((field) =>
    errors[field]?.message ? [{ fieldId: id(field), message: errors[field].message }] : [],
  );
  const criteriaError = errors.criteriaMet?.message;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="safety-plan-action-form" aria-labelledby={id('heading')}>
      <h3 id={id('heading')} ref={headingRef} tabIndex={-1}>
        {t('actions.closeHeading')}
      </h3>
      {attempt > 0 && items.length > 0 && <ErrorSummary items={items} focusKey={attempt} />}
      {close.isError && items.length === 0 && <ErrorBanner error={close.error} heading={t('actions.closeError')} />}
      <TextField id={id('closedOn')} type="date" max={today} label={t('actions.closedOn')} hint={t('actions.closedOnHint')} error={errors.closedOn?.message} width="m" {...register('closedOn')} />
      <fieldset className={criteriaError ? 'form-group form-error' : 'form-group'} aria-describedby={criteriaError ? id('criteria-error') : undefined}>
        <legend className="form-label">{t('actions.criteriaMet')}</legend>
        {criteriaError && (
          <span className="form-error-message" id={id('criteria-error')}>
            {criteriaError}
          </span>
        )}
        <div className="form-group-radio">
          <input id={id('criteriaMet')} type="radio" className="form-radio" value="yes" {...register('criteriaMet')} />
          <label className="form-label" htmlFor={id('criteriaMet')}>
            {t('actions.criteriaYes')}
          </label>
        </div>
        <div className="form-group-radio">
          <input id={id('criteriaNo')} type="radio" className="form-radio" value="no" {...register('criteriaMet')} />
          <label className="form-label" htmlFor={id('criteriaNo')}>
            {t('actions.criteriaNo')}
          </label>
        </div>
      </fieldset>
      <TextAreaField id={id('closureDecision')} label={t('actions.decision')} hint={t('actions.decisionHint')} error={errors.closureDecision?.message} rows={4} {...register('closureDecision')} />
      <div className="safety-plan-buttons">
        <button type="submit" className="button button-primary" disabled={close.isPending}>
          {close.isPending ? (
            <>
              <Spinner /> {t('actions.closing')}
            </>
          ) : (
            t('actions.closeSubmit')
          )}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
