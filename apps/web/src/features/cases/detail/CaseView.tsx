import type { CaseDetail } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { useSession } from '../../auth/useSession';
import { AccessLogSection } from './AccessLogSection';
import { BackToCases } from './BackToCases';
import { caseAbilities } from './caseAbilities';
import { CaseOverview } from './CaseOverview';
import { EmergencyAccessBanner } from './EmergencyAccessBanner';
import { HistorySection } from './HistorySection';
import { TeamSection } from './TeamSection';

/** The case page: overview, team, who has seen the case, and its change history. */
export function CaseView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const { user } = useSession({ fetch: false });
  if (!user) return null;
  const abilities = caseAbilities(user, detail);
  return (
    <>
      <BackToCases />
      <PageHeading>
        {detail.child.firstName} {detail.child.lastName}
      </PageHeading>
      <p className="font-lead case-number">{t('detail.caseNumber', { caseNumber: detail.caseNumber })}</p>
      {detail.accessVia === 'EMERGENCY' && <EmergencyAccessBanner detail={detail} />}
      <CaseOverview detail={detail} canRevealCpr={abilities.revealCpr} canUpdate={abilities.update} />
      <TeamSection detail={detail} currentUserId={user.id} canManage={abilities.manageTeam} />
      {abilities.readAccessLog && <AccessLogSection caseId={detail.id} />}
      {abilities.readHistory && <HistorySection detail={detail} />}
    </>
  );
}
