import { IncomingReferralStatus, type IncomingReferral } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { useIncomingReferrals } from './useReferrals';
import './referrals.css';

/** `/visitationer`: referrals to the leader's unit, by status (`?status=`). */
export function ReferralInboxPage() {
  const { t } = useTranslation('referrals');
  usePageTitle(t('inbox.title'));
  const [params] = useSearchParams();
  const parsed = IncomingReferralStatus.safeParse(params.get('status') ?? 'SENT');
  const status = parsed.success ? parsed.data : 'SENT';
  const referrals = useIncomingReferrals(status);
  const items = referrals.data?.items ?? [];

  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <p className="font-lead">{t('inbox.intro')}</p>
      <nav aria-label={t('inbox.filterLabel')} className="referral-tabs">
        <ul className="nobullet-list">
          {IncomingReferralStatus.options.map((option) => (
            <li key={option}>
              <Link
                to={option === 'SENT' ? '/visitationer' : `/visitationer?status=${option}`}
                className={option === status ? 'referral-tab referral-tab-current' : 'referral-tab'}
                aria-current={option === status ? 'page' : undefined}
              >
                {t(`inbox.tabs.${option}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <StatusMessage busy={referrals.isPending}>
        {referrals.isPending ? t('inbox.loading') : referrals.isSuccess ? t('inbox.shown', { count: items.length }) : ''}
      </StatusMessage>
      {referrals.isError && <ErrorBanner error={referrals.error} heading={t('inbox.loadError')} onRetry={() => void referrals.refetch()} />}
      {referrals.isSuccess && items.length === 0 && <p>{t('inbox.empty')}</p>}
      {items.length > 0 && <InboxTable referrals={items} status={status} />}
    </>
  );
}

function InboxTable({ referrals, status }: { referrals: readonly IncomingReferral[]; status: IncomingReferralStatus }) {
  const { t } = useTranslation('referrals');
  const format = useFormatters();
  const captionId = useId();
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact referral-inbox-table">
        <caption id={captionId} className="sr-only">
          {t('inbox.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('inbox.caseNumber')}</th>
            <th scope="col">{t('inbox.child')}</th>
            <th scope="col">{t('inbox.age')}</th>
            <th scope="col">{t('inbox.fromUnit')}</th>
            <th scope="col">{t('inbox.measure')}</th>
            <th scope="col">{t('inbox.sentAt')}</th>
            {status === 'ACCEPTED' && <th scope="col">{t('inbox.assignedWorker')}</th>}
          </tr>
        </thead>
        <tbody>
          {referrals.map((referral) => (
            <tr key={referral.id} data-testid="incoming-referral">
              <th scope="row">
                <Link to={`/visitationer/${referral.id}`}>{referral.case.caseNumber}</Link>
              </th>
              <td>
                {referral.case.child.firstName} {referral.case.child.lastName}
              </td>
              <td>{t('inbox.ageYears', { age: referral.case.child.age })}</td>
              <td>{referral.fromUnit.name}</td>
              <td>{referral.decision?.measure ?? '–'}</td>
              <td>{format.dateTime(referral.sentAt)}</td>
              {status === 'ACCEPTED' && <td>{referral.assignedWorker?.name ?? '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
