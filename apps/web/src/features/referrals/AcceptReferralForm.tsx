import { zodResolver } from '@hookform/resolvers/zod';
import { AcceptReferralRequest, type IncomingReferral } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { StatusMessage } from '../../ui/StatusMessage';
import { SelectInput } from '../../ui/TextField';
import { ConflictNotice, isConflict, isRuleViolation, RuleAlert, serverFieldErrors } from './ProblemAlerts';
import { useAcceptReferral, useAssignableWorkers } from './useReferrals';

type Input = z.input<typeof AcceptReferralRequest>;
type Output = z.output<typeof AcceptReferralRequest>;

interface Props {
  referral: IncomingReferral;
  onAccepted: (workerName: string) => void;
  onReload: () => void;
}

/** "Modtag og tildel": the leader takes the case on and gives it to a worker of the unit. */
export function AcceptReferralForm({ referral, onAccepted, onReload }: Props) {
  const { t } = useTranslation('referrals');
  const headingId = useId();
  const fieldId = `accept-worker-${referral.id}`;
  const workers = useAssignableWorkers(referral.toUnit.id);
  const accept = useAcceptReferral(referral.id);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(AcceptReferralRequest),
    values: { assignedWorkerId: '', version: referral.version },
    resetOptions: { keepDirtyValues: true },
    shouldFocusError: false,
  });

  const error = errors.assignedWorkerId;
  const fieldMessage = error ? (error.type === 'server' && error.message ? error.message : t('accept.workerError')) : undefined;
  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    const name = workers.data?.find((w) => w.id === values.assignedWorkerId)?.name ?? '';
    accept.mutate(values, {
      onSuccess: () => onAccepted(name),
      onError: (failure) => {
        const fieldErrors = serverFieldErrors(failure, ['assignedWorkerId'] as const);
        if (fieldErrors.assignedWorkerId) setError('assignedWorkerId', { type: 'server', message: fieldErrors.assignedWorkerId });
        setAttempt((n) => n + 1);
      },
    });
  };
  const busy = accept.isPending;
  const failure = accept.isError ? accept.error : null;

  return (
    <section className="referral-answer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('accept.heading')}</h2>
      <StatusMessage busy={workers.isPending}>{workers.isPending ? t('accept.loadingWorkers') : ''}</StatusMessage>
      {workers.isError && <ErrorBanner error={workers.error} heading={t('accept.workersError')} onRetry={() => void workers.refetch()} />}
      {workers.isSuccess && workers.data.length === 0 && <p>{t('accept.noWorkers')}</p>}
      {workers.isSuccess && workers.data.length > 0 && (
        <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
          {fieldMessage && <ErrorSummary heading={t('accept.errorsHeading')} items={[{ fieldId, message: fieldMessage }]} focusKey={attempt} />}
          {failure && isConflict(failure) && (
            <ConflictNotice
              heading={t('accept.errorsHeading')}
              onReload={() => {
                accept.reset();
                onReload();
              }}
            />
          )}
          {failure && isRuleViolation(failure) && <RuleAlert error={failure} heading={t('accept.errorsHeading')} />}
          {failure && !isConflict(failure) && !isRuleViolation(failure) && !fieldMessage && (
            <ErrorBanner error={failure} heading={t('accept.errorsHeading')} />
          )}
          <SelectInput id={fieldId} label={t('accept.worker')} hint={t('accept.workerHint')} error={fieldMessage} {...register('assignedWorkerId')}>
            <option value="">{t('accept.workerPlaceholder')}</option>
            {workers.data.map((worker) => (
              <option key={worker.id} value={worker.id}>
                {worker.name}
              </option>
            ))}
          </SelectInput>
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={busy}
            onClick={(event) => {
              if (busy) event.preventDefault();
            }}
          >
            {busy && <Spinner />}
            <span>{busy ? t('accept.submitting') : t('accept.submit')}</span>
          </button>
        </form>
      )}
    </section>
  );
}
