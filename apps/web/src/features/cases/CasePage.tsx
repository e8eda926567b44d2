import { CaseParams } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { BackToCases } from './detail/BackToCases';
import { CaseNoAccess } from './detail/CaseNoAccess';
import { CaseView } from './detail/CaseView';
import { useCaseDetail } from './detail/useCaseDetail';

/** `/sager/:caseId`. An id that is not a UUID is answered like a case the user cannot see. */
export function CasePage() {
  const parsed = CaseParams.safeParse(useParams());
  if (!parsed.success) return <CaseNoAccess />;
  // A new case id is a new page: nothing (such as a revealed CPR number) carries over.
  return <CaseLoader key={parsed.data.caseId} caseId={parsed.data.caseId} />;
}

function CaseLoader({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const { detail, isLoading, notFound, error, refetch } = useCaseDetail(caseId);
  usePageTitle(detail ? `${detail.child.firstName} ${detail.child.lastName}` : t('detail.title'));

  if (notFound) return <CaseNoAccess />;
  if (detail) return <CaseView detail={detail} />;
  return (
    <>
      <BackToCases />
      <StatusMessage busy={isLoading}>{isLoading ? t('detail.loading') : ''}</StatusMessage>
      {error !== null && !isLoading && <ErrorBanner error={error} heading={t('detail.loadError')} onRetry={refetch} />}
    </>
  );
}
