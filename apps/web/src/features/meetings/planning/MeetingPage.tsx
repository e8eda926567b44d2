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
import { meetingPaths } from '../paths';
import { CancelMeetingForm } from './CancelMeetingForm';
import { InvitePanel } from './InvitePanel';
import { ParticipantsSection } from './ParticipantsSection';
import { PlanSection } from './PlanSection';
import { PreparationForm } from './PreparationForm';
import { useMeetingConflict } from './useMeetingConflict';
import './planning.css';

/** `/moeder/:meetingId`: the meeting's plan, participants, invitations and preparation. */
export function MeetingPage() {
  const { t } = useTranslation('meetings');
  usePageTitle(t('meeting.title'));
  const parsed = MeetingParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('meeting.title')}</PageHeading>
        <ErrorBanner error={null} heading={t('loadError')} />
      </>
    );
  }
  return <Meeting key={parsed.data.meetingId} meetingId={parsed.data.meetingId} />;
}

function Meeting({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meetings');
  const meeting = useMeeting(meetingId);
  const { conflict, handle, dismiss } = useMeetingConflict(meetingId);
  const data = meeting.data;
  return (
    <div className="meeting-planning">
      {data && (
        <Link to={meetingPaths.caseList(data.caseId)} className="back-link">
          <Icon name="chevron-left" />
          {t('meeting.backToList')}
        </Link>
      )}
      <PageHeading>
        {data ? t('meeting.heading', { type: t(`type.${data.type}`), name: data.child.firstName }) : t('meeting.title')}
      </PageHeading>
      <StatusMessage busy={meeting.isPending}>{meeting.isPending ? t('loading') : ''}</StatusMessage>
      {meeting.isError && (
        <ErrorBanner error={meeting.error} heading={t('loadError')} onRetry={() => void meeting.refetch()} />
      )}
      {conflict && (
        <div className="alert alert-warning" role="alert" data-testid="meeting-conflict">
          <Icon name="warning" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{t('conflict.heading')}</p>
            <p className="alert-text">{t('conflict.text', { version: conflict.version ?? data?.version ?? '' })}</p>
            <button type="button" className="button button-secondary mt-4" onClick={dismiss}>
              {t('conflict.dismiss')}
            </button>
          </div>
        </div>
      )}
      {data && <MeetingBody meeting={data} onConflict={handle} />}
    </div>
  );
}

function MeetingBody({ meeting, onConflict }: { meeting: MeetingDetail; onConflict: (error: unknown) => boolean }) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const deadline = meeting.councilDeadline;
  return (
    <>
      <p>
        <strong>{t(`status.${meeting.status}`)}</strong> · {format.dateTime(meeting.startsAt)} ·{' '}
        {t('meeting.version', { version: meeting.version })}
      </p>
      {meeting.status === 'CANCELLED' && (
        <p>{t('meeting.cancelledNotice', { reason: meeting.cancelledReason ?? '' })}</p>
      )}
      {deadline && (
        <div
          className={`alert ${deadline.overdue ? 'alert-error' : deadline.met ? 'alert-success' : 'alert-warning'}`}
          data-testid="council-deadline"
        >
          <p className="alert-text">
            <strong>
              {deadline.met
                ? t('meeting.councilMet', { date: format.calendarDate(deadline.dueOn) })
                : deadline.overdue
                  ? t('section.councilOverdue', { date: format.calendarDate(deadline.dueOn) })
                  : t('meeting.councilDue', { date: format.calendarDate(deadline.dueOn), days: deadline.daysLeft })}
            </strong>
            {meeting.policeDocumentationOn &&
              ` ${t('meeting.policeDate', { date: format.calendarDate(meeting.policeDocumentationOn) })}`}
          </p>
        </div>
      )}
      {meeting.warnings.length > 0 && (
        <div className="alert alert-warning" data-testid="meeting-warnings">
          <Icon name="warning" className="alert-icon" />
          <div className="alert-body">
            <h2 className="alert-heading h5">{t('meeting.warnings')}</h2>
            <ul className="alert-text">
              {meeting.warnings.map((warning) => (
                <li key={warning.code} data-code={warning.code}>
                  {warning.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <nav aria-label={t('meeting.linksLabel')}>
        <ul className="nobullet-list meeting-buttons">
          {meeting.can.run && (meeting.status === 'PLANNED' || meeting.status === 'IN_PROGRESS') && (
            <li>
              <Link to={meetingPaths.run(meeting.id)} className="button button-primary">
                {t('meeting.run')}
              </Link>
            </li>
          )}
          {meeting.status === 'HELD' && (
            <li>
              <Link to={meetingPaths.minutes(meeting.id)}>{t('meeting.minutes')}</Link>
            </li>
          )}
          {meeting.type === 'FAMILY_GROUP_CONFERENCE' && (
            <li>
              <Link to={meetingPaths.conference(meeting.id)}>{t('meeting.conference')}</Link>
            </li>
          )}
        </ul>
      </nav>
      <PlanSection meeting={meeting} onConflict={onConflict} />
      <ParticipantsSection meeting={meeting} onConflict={onConflict} />
      {meeting.can.plan && <InvitePanel meeting={meeting} />}
      <PreparationForm meeting={meeting} onConflict={onConflict} />
      {meeting.can.plan && <CancelMeetingForm meeting={meeting} onConflict={onConflict} />}
    </>
  );
}
