import type { CaseDetail } from '@inddrag/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { useSession } from '../../auth/useSession';
import { ConcernsSection } from '../../concerns/ConcernsSection';
import { DocumentsSection } from '../../documents/DocumentsSection';
import { NetworkMapsSection } from '../../network-maps/NetworkMapsSection';
import { JournalSection } from '../../notes/JournalSection';
import { ReferralSection } from '../../referrals/ReferralSection';
import { SafetyPlanSection } from '../../safety-plans/SafetyPlanSection';
import { MeetingsSection } from '../../meetings/MeetingsSection';
import { ActionPlanSection } from '../../action-plans/ActionPlanSection';
import { ScalingSection } from '../../scaling/ScalingSection';
import { TimelineSection } from '../timeline/TimelineSection';
import { AccessLogSection } from './AccessLogSection';
import { BackToCases } from './BackToCases';
import { CaseOverview } from './CaseOverview';
import { CaseSectionNav } from './CaseSectionNav';
import { CreatedNotice } from './CreatedNotice';
import { DeadlineDatesSection } from './DeadlineDatesSection';
import { DecisionsSection } from './DecisionsSection';
import { EmergencyAccessBanner } from './EmergencyAccessBanner';
import { HistorySection } from './HistorySection';
import { HonourSection } from './HonourSection';
import { NotificationsSection } from './NotificationsSection';
import { ParentsSection } from './ParentsSection';
import { PhaseSection } from './PhaseSection';
import { SiblingsSection } from './SiblingsSection';
import { TeamSection } from './TeamSection';
import './caseRegister.css';

/**
 * The case page: the heading, "På denne side" and the overview (child, phase, deadlines, what is
 * next), then one `<section className="case-section">` with an h2 per subject. Each section
 * decides itself (from `detail.can`) what it shows, and the in-page navigation finds it by its h2.
 */
export function CaseView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const { user } = useSession({ fetch: false });
  const sectionsRef = useRef<HTMLDivElement>(null);
  if (!user) return null;
  const { can } = detail;
  return (
    <>
      <BackToCases />
      <PageHeading>
        {detail.child.firstName} {detail.child.lastName}
      </PageHeading>
      <p className="font-lead case-number">{t('detail.caseNumber', { caseNumber: detail.caseNumber })}</p>
      {detail.accessVia === 'EMERGENCY' && <EmergencyAccessBanner detail={detail} />}
      <CreatedNotice caseNumber={detail.caseNumber} />
      <CaseSectionNav containerRef={sectionsRef} />
      <div className="case-sections" ref={sectionsRef}>
        <CaseOverview detail={detail} />
        <HonourSection detail={detail} />
        <PhaseSection detail={detail} />
        <NotificationsSection detail={detail} />
        <DecisionsSection detail={detail} />
        <ReferralSection detail={detail} />
        {can.readNetworkMaps && <NetworkMapsSection caseId={detail.id} canCreate={can.editNetworkMaps} />}
        {can.readConcerns && <ConcernsSection caseId={detail.id} canEdit={can.editConcerns} />}
        {can.readConcerns && <ScalingSection caseId={detail.id} />}
        {can.readSafetyPlans && <SafetyPlanSection caseId={detail.id} />}
        {can.readMeetings && <MeetingsSection caseId={detail.id} />}
        {can.readActionPlans && <ActionPlanSection caseId={detail.id} />}
        {can.readNotes && <JournalSection caseId={detail.id} canWrite={can.writeNotes} />}
        {can.readDocuments && <DocumentsSection caseId={detail.id} canUpload={can.uploadDocuments} />}
        <ParentsSection detail={detail} />
        <SiblingsSection detail={detail} />
        <DeadlineDatesSection detail={detail} />
        <TeamSection detail={detail} currentUserId={user.id} canManage={can.manageTeam} />
        {can.timeline && <TimelineSection caseId={detail.id} />}
        {can.readAccessLog && <AccessLogSection caseId={detail.id} />}
        {can.history && <HistorySection detail={detail} />}
      </div>
    </>
  );
}
