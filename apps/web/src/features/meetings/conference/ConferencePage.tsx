import { MeetingParams, type MeetingDetail } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMeeting } from '../../../api/meetings';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useSession } from '../../auth/useSession';
import { meetingPaths } from '../paths';
import { ApprovalSection } from './ApprovalSection';
import { FamilyPlanSection } from './FamilyPlanSection';
import { FollowUpSection } from './FollowUpSection';
import { InformantsSection } from './InformantsSection';
import { PrivateTimeSection } from './PrivateTimeSection';
import { QuestionsSection } from './QuestionsSection';
import './conference.css';

/** `/moeder/:meetingId/raadslagning`: the family group conference's own parts, for the coordinator and the caseworker. */
export function ConferencePage() {
  const { t } = useTranslation('conferences');
  const parsed = MeetingParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('page.heading')}</PageHeading>
        <ErrorBanner error={null} heading={t('page.loadError')} />
      </>
    );
  }
  return <ConferenceLoader key={parsed.data.meetingId} meetingId={parsed.data.meetingId} />;
}

function ConferenceLoader({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('conferences');
  const meeting = useMeeting(meetingId);
  usePageTitle(meeting.data ? t('page.title', { name: meeting.data.child.firstName }) : t('page.heading'));
  if (meeting.isPending) return <StatusMessage busy>{t('page.loading')}</StatusMessage>;
  if (meeting.isError)
    return (
      <>
        <PageHeading>{t('page.heading')}</PageHeading>
        <ErrorBanner error={meeting.error} heading={t('page.loadError')} onRetry={() => void meeting.refetch()} />
      </>
    );
  return <Conference meeting={meeting.data} />;
}

function Conference({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation(['conferences', 'meetings']);
  const format = useFormatters();
  const { user } = useSession({ fetch: false });
  const title = t('page.title', { name: meeting.child.firstName });
  const conference = meeting.conference;
  return (
    <div className="conference-page">
      <Link to={meetingPaths.meeting(meeting.id)} className="back-link">
        <Icon name="chevron-left" />
        {t('meetings:backToMeeting')}
      </Link>
      <PageHeading>{title}</PageHeading>
      <p className="font-lead">
        {t('page.meta', { when: format.dateTime(meeting.startsAt), place: meeting.place })} · {t(`meetings:status.${meeting.status}`)}
      </p>
      <p>
        <strong>{t('page.coordinator')}:</strong> {meeting.coordinator?.name ?? t('page.noCoordinator')}
      </p>
      <p className="safety-plan-buttons">
        <Link to={meetingPaths.meeting(meeting.id)}>{t('page.openMeeting')}</Link>
        {meeting.can.run && meeting.status !== 'CANCELLED' && <Link to={meetingPaths.run(meeting.id)}>{t('page.run')}</Link>}
      </p>
      {!conference ? (
        <p>{t('page.notConference')}</p>
      ) : (
        <>
          <p>{t('page.intro')}</p>
          <QuestionsSection meeting={meeting} conference={conference} />
          <InformantsSection meeting={meeting} />
          <PrivateTimeSection meeting={meeting} />
          <FamilyPlanSection conference={conference} />
          <ApprovalSection meeting={meeting} conference={conference} />
          {/* A coordinator has no case access: planning is the caseworker's. */}
          <FollowUpSection meeting={meeting} canPlan={user?.role !== 'COORDINATOR' && meeting.can.run} />
        </>
      )}
    </div>
  );
}
