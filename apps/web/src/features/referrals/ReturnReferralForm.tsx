import { zodResolver } from '@hookform/resolvers/zod';
import { ReturnReferralRequest, type IncomingReferral } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Spinner } from '../../ui/Spinner';
import { TextAreaField } from '../../ui/TextField';
import { ConflictNotice, isConflict, isRuleViolation, RuleAlert, serverFieldErrors } from './ProblemAlerts';
import { useReturnReferral } from './useReferrals';

type Input = z.input<typeof ReturnReferralRequest>;
type Output = z.output<typeof ReturnReferralRequest>;

interface Props {
  referral: IncomingReferral;
  onReturned: () => void;
  onReload: () => void;
}

/** "Send retur": the unit cannot take the case, and says why. */
export function ReturnReferralForm({ referral, onReturned, onReload }: Props) {
  const { t } = useTranslation('referrals');
  const headingId = useId();
  const fieldId = `return-reason-${referral.id}`;
  const sendBack = useReturnReferral(referral.id);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(ReturnReferralRequest),
    values: { reason: '', version: referral.version },
    resetOptions: { keepDirtyValues: true },
    shouldFocusError: false,
  });

  const error = errors.reason;
  const fieldMessage = error ? (error.type === 'server' && error.message ? error.message : t('sendBack.reasonError')) : undefined;
  const onValid = (values: Output) => {
    setAttempt((n) => n + 1);
    sendBack.mutate(values, {
      onSuccess: onReturned,
      onError: (failure) => {
        const fieldErrors = serverFieldErrors(failure, ['reason'] as const);
        if (fieldErrors.reason) setError('reason', { type: 'server', message: fieldErrors.reason });
        setAttempt((n) => n + 1);
      },
    });
  };
  const busy = sendBack.isPending;
  const failure = sendBack.isError ? sendBack.error : null;

  return (
    <section className="referral-answer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sendBack.heading')}</h2>
      <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
        {fieldMessage && <ErrorSummary heading={t('sendBack.errorsHeading')} items={[{ fieldId, message: fieldMessage }]} focusKey={attempt} />}
        {failure && isConflict(failure) && (
          <ConflictNotice
            heading={t('sendBack.errorsHeading')}
            onReload={() => {
              sendBack.reset();
              onReload();
            }}
          />
        )}
        {failure && isRuleViolation(failure) && <RuleAlert error={failure} heading={t('sendBack.errorsHeading')} />}
        {failure && !isConflict(failure) && !isRuleViolation(failure) && !fieldMessage && (
          <ErrorBanner error={failure} heading={t('sendBack.errorsHeading')} />
        )}
        <TextAreaField id={fieldId} label={t('sendBack.reason')} hint={t('sendBack.reasonHint')} error={fieldMessage} {...register('reason')} />
        <button
          type="submit"
          className="button button-secondary"
          aria-disabled={busy}
          onClick={(event) => {
            if (busy) event.preventDefault();
          }}
        >
          {busy && <Spinner />}
          <span>{busy ? t('sendBack.submitting') : t('sendBack.submit')}</span>
        </button>
      </form>
    </section>
  );
}
