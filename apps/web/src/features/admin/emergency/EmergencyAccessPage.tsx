import type { EmergencyAccessFlag } from '@inddrag/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { SuccessMessage } from '../components/SuccessMessage';
import { EmergencyAccessTable } from './EmergencyAccessTable';
import { countUnreviewed } from './sortFlags';
import { useEmergencyAccesses, useMarkReviewed } from './useEmergencyAccesses';

/** /noedadgange: the leader's review of emergency accesses ("bryd glasset") to the unit's cases. */
export function EmergencyAccessPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('emergency.title'));
  const flags = useEmergencyAccesses();
  const markReviewed = useMarkReviewed();
  const [success, setSuccess] = useState('');
  const [reviewError, setReviewError] = useState<unknown>(null);
  const successRef = useRef<HTMLDivElement>(null);

  // The row's button is gone once it is reviewed: put focus on the confirmation instead.
  useEffect(() => {
    if (success) successRef.current?.focus();
  }, [success]);

  const onMarkReviewed = (flag: EmergencyAccessFlag) => {
    setSuccess('');
    setReviewError(null);
    markReviewed.mutate(flag.id, {
      onSuccess: () => setSuccess(t('emergency.reviewed', { caseNumber: flag.caseNumber })),
      onError: (error) => setReviewError(error),
    });
  };

  const list = flags.data ?? [];
  const status = (() => {
    if (flags.isPending) return t('emergency.loading');
    if (!flags.data) return '';
    if (list.length === 0) return t('emergency.empty');
    return t('emergency.shown', { count: list.length, unreviewed: countUnreviewed(list) });
  })();

  return (
    <>
      <PageHeading>{t('emergency.title')}</PageHeading>
      <p className="font-lead">{t('emergency.intro')}</p>
      <SuccessMessage ref={successRef} message={success} />
      {reviewError !== null && <ErrorBanner error={reviewError} heading={t('emergency.reviewError')} />}
      <StatusMessage busy={flags.isPending}>{status}</StatusMessage>
      {flags.isError && !flags.isFetching && (
        <ErrorBanner error={flags.error} heading={t('emergency.loadError')} onRetry={() => void flags.refetch()} />
      )}
      {list.length > 0 && (
        <EmergencyAccessTable
          flags={list}
          pendingId={markReviewed.isPending ? (markReviewed.variables ?? null) : null}
          onMarkReviewed={onMarkReviewed}
        />
      )}
    </>
  );
}
