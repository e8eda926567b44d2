import { MeetingParams } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { meetingRunCalls, useMeetingWrite } from '../../../api/meetingRun';
import { useMeeting } from '../../../api/meetings';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { PageHeading } from '../../../ui/PageHeading';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { meetingPaths } from '../paths';
import { MeetingScreen } from './MeetingScreen';
import './run.css';

/** `/moeder/:meetingId/afhold`: the facilitator's meeting screen (start, run, finish, fidelity). */
export function RunMeetingPage() {
  const { t } = useTranslation(['meetingRun', 'meetings']);
  usePageTitle(t('meetingRun:pageTitle'));
  const parsed = MeetingParams.safeParse(useParams());
  const meetingId = parsed.success ? parsed.data.meetingId : '';
  const query = useMeeting(meetingId);
  const format = useFormatters();
  const start = useMeetingWrite((version: number) => meetingRunCalls.start(meetingId, version));

  if (!parsed.success || (query.isError && isApiError(query.error) && query.error.status === 404)) {
    return <p className="alert alert-warning">{t('meetingRun:notFound')}</p>;
  }
  if (query.isPending) return <StatusMessage busy>{t('meetingRun:loading')}</StatusMessage>;
  if (query.isError) return <ErrorBanner error={query.error} heading={t('meetingRun:loadError')} onRetry={() => void query.refetch()} />;
  const meeting = query.data;

  return (
    <div className="run-page">
      <p>
        <Link to={meetingPaths.meeting(meeting.id)}>{t('meetings:backToMeeting')}</Link>
      </p>
      <PageHeading>{t('meetingRun:heading', { type: t(`meetings:type.${meeting.type}`) })}</PageHeading>
      <p className="run-subtitle">
        {t('meetingRun:childLine', { name: meeting.child.firstName, age: meeting.child.age, when: format.dateTime(meeting.startsAt), place: meeting.place })}{' '}
        · {t(`meetings:status.${meeting.status}`)}
      </p>
      {meeting.status === 'CANCELLED' && <p className="alert alert-warning">{t('meetingRun:cancelled')}</p>}
      {meeting.status === 'PLANNED' && (
        <section className="run-section" aria-labelledby="run-start-heading">
          <h2 id="run-start-heading" className="h3">
            {t('meetingRun:start.heading')}
          </h2>
          <p>{t('meetingRun:start.text')}</p>
          {start.isError && <ErrorBanner error={start.error} heading={t('meetingRun:start.error')} />}
          {meeting.can.run && (
            <button type="button" className="button button-primary" onClick={() => start.mutate(meeting.version)} disabled={start.isPending}>
              {start.isPending ? (
                <>
                  <Spinner /> {t('meetingRun:start.starting')}
                </>
              ) : (
                t('meetingRun:start.button')
              )}
            </button>
          )}
        </section>
      )}
      {(meeting.status === 'IN_PROGRESS' || meeting.status === 'HELD') && <MeetingScreen key={meeting.id} meeting={meeting} />}
    </div>
  );
}
