import { zodResolver } from '@hookform/resolvers/zod';
import { WithdrawScaleScoreRequest, type ScaleScore } from '@inddrag/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../api/ApiError';
import { useRefreshScaleScores, useWithdrawScaleScore } from '../../api/scaling';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Icon } from '../../ui/Icon';
import { Spinner } from '../../ui/Spinner';
import { TextAreaField } from '../../ui/TextField';

const ReasonOnly = WithdrawScaleScoreRequest.pick({ reason: true });
type Input = z.input<typeof ReasonOnly>;

interface WithdrawScoreFormProps {
  caseId: string;
  score: ScaleScore;
  onDone: (score: ScaleScore) => void;
  onCancel: () => void;
}

/** "Træk tilbage": the score stays in the record, marked withdrawn with the reason given. */
export function WithdrawScoreForm({ caseId, score, onDone, onCancel }: WithdrawScoreFormProps) {
  const { t } = useTranslation('scaling');
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const withdraw = useWithdrawScaleScore(caseId);
  const refresh = useRefreshScaleScores(caseId);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Input>({ resolver: zodResolver(ReasonOnly), defaultValues: { reason: '' }, shouldFocusError: false });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const reasonError = errors.reason
    ? errors.reason.type === 'server' && errors.reason.message
      ? errors.reason.message
      : t('withdraw.reasonRequired')
    : undefined;
  const conflict = withdraw.isError && isApiError(withdraw.error) && withdraw.error.status === 409;
  const otherError = withdraw.isError && !conflict && !reasonError ? withdraw.error : null;

  return (
    <section className="scale-withdraw-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('withdraw.heading', { respondent: score.respondent })}
      </h3>
      <p>{t('withdraw.intro')}</p>
      <form
        noValidate
        onSubmit={handleSubmit(
          ({ reason }) => {
            setAttempt((n) => n + 1);
            withdraw.mutate(
              { scoreId: score.id, request: { reason, version: score.version } },
              {
                onSuccess: onDone,
                onError: (error) => {
                  if (!isApiError(error)) return;
                  const fieldError = error.fieldErrors.find((e) => e.path === 'body.reason');
                  if (fieldError) setError('reason', { type: 'server', message: fieldError.message });
                },
              },
            );
          },
          () => setAttempt((n) => n + 1),
        )}
      >
        {reasonError && <ErrorSummary items={[{ fieldId: `${id}-reason`, message: reasonError }]} focusKey={attempt} />}
        {conflict && (
          <div className="alert alert-warning" role="alert">
            <Icon name="warning" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-heading">{t('withdraw.error')}</p>
              <p className="alert-text">{t('withdraw.conflict')}</p>
              <button
                type="button"
                className="button button-secondary mt-4"
                onClick={() => {
                  withdraw.reset();
                  void refresh();
                  onCancel();
                }}
              >
                {t('withdraw.reload')}
              </button>
            </div>
          </div>
        )}
        {otherError && <ErrorBanner error={otherError} heading={t('withdraw.error')} />}
        <TextAreaField
          id={`${id}-reason`}
          label={t('withdraw.reason')}
          hint={t('withdraw.reasonHint')}
          error={reasonError}
          width="xl"
          rows={3}
          maxLength={1000}
          {...register('reason')}
        />
        <div className="scale-form-actions">
          <button
            type="submit"
            className="button button-primary"
            aria-disabled={withdraw.isPending}
            onClick={(event) => {
              if (withdraw.isPending) event.preventDefault();
            }}
          >
            {withdraw.isPending && <Spinner />}
            <span>{withdraw.isPending ? t('withdraw.submitting') : t('withdraw.submit')}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('withdraw.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
