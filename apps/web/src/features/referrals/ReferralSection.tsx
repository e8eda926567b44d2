import type { CaseDetail, Referral } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { ConflictNotice, isConflict, isRuleViolation, RuleAlert } from './ProblemAlerts';
import { ReferForm } from './ReferForm';
import { useCaseReferrals, useWithdrawReferral } from './useReferrals';
import './referrals.css';

/** "Visitation" on the case page: the case's referrals, and for Myndighed the form to refer it. */
export function ReferralSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('referrals');
  const headingId = useId();
  const canRefer = detail.can.refer;
  const referrals = useCaseReferrals(detail.id);
  const withdraw = useWithdrawReferral(detail.id);
  const [status, setStatus] = useState('');

  const onWithdraw = (referral: Referral) => {
    setStatus('');
    withdraw.mutate(referral, { onSuccess: () => setStatus(t('section.withdrawn', { unit: referral.toUnit.name })) });
  };

  return (
    <section className="case-section referral-section" aria-labelledby={headingId} data-testid="referral-section">
      <h2 id={headingId}>{t('section.heading')}</h2>
      <StatusMessage busy={referrals.isPending || withdraw.isPending}>
        {referrals.isPending ? t('section.loading') : withdraw.isPending ? t('section.withdrawing') : status}
      </StatusMessage>
      {referrals.isError && (
        <ErrorBanner error={referrals.error} heading={t('section.loadError')} onRetry={() => void referrals.refetch()} />
      )}
      {withdraw.isError &&
        (isConflict(withdraw.error) ? (
          <ConflictNotice
            heading={t('section.withdrawError')}
            onReload={() => {
              withdraw.reset();
              void referrals.refetch();
            }}
          />
        ) : isRuleViolation(withdraw.error) ? (
          <RuleAlert error={withdraw.error} heading={t('section.withdrawError')} />
        ) : (
          <ErrorBanner error={withdraw.error} heading={t('section.withdrawError')} />
        ))}
      {referrals.isSuccess && (
        <ReferralTable referrals={referrals.data.items} onWithdraw={canRefer ? onWithdraw : undefined} busy={withdraw.isPending} />
      )}
      {canRefer && <ReferForm detail={detail} onSent={(unit) => setStatus(t('form.sent', { unit }))} />}
    </section>
  );
}

interface ReferralTableProps {
  referrals: readonly Referral[];
  onWithdraw?: ((referral: Referral) => void) | undefined;
  busy: boolean;
}

function ReferralTable({ referrals, onWithdraw, busy }: ReferralTableProps) {
  const { t } = useTranslation('referrals');
  const format = useFormatters();
  const captionId = useId();
  if (referrals.length === 0) return <p>{t('section.none')}</p>;
  const withActions = onWithdraw !== undefined && referrals.some((r) => r.status === 'SENT');
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact referral-table">
        <caption id={captionId} className="sr-only">
          {t('section.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('section.toUnit')}</th>
            <th scope="col">{t('section.status')}</th>
            <th scope="col">{t('section.sentAt')}</th>
            <th scope="col">{t('section.decision')}</th>
            <th scope="col">{t('section.assignedWorker')}</th>
            {withActions && (
              <th scope="col">
                <span className="sr-only">{t('section.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {referrals.map((referral) => (
            <tr key={referral.id} data-testid="referral-row">
              <th scope="row">{referral.toUnit.name}</th>
              <td>
                <span className={`referral-status referral-status-${referral.status.toLowerCase()}`}>{t(`status.${referral.status}`)}</span>
                {referral.returnReason && <p className="referral-return-reason">{t('section.returnReason', { reason: referral.returnReason })}</p>}
              </td>
              <td>
                {format.dateTime(referral.sentAt)}
                {referral.sentBy && <span className="referral-sub">{referral.sentBy.name}</span>}
              </td>
              <td>{referral.decision?.measure ?? '–'}</td>
              <td>{referral.assignedWorker?.name ?? '–'}</td>
              {withActions && (
                <td className="text-nowrap">
                  {referral.status === 'SENT' && onWithdraw && (
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={t('section.withdrawLabel', { unit: referral.toUnit.name })}
                      aria-disabled={busy}
                      onClick={() => {
                        if (!busy) onWithdraw(referral);
                      }}
                    >
                      {t('section.withdraw')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
