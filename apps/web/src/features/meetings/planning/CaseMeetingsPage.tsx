import { CaseParams } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCaseMeetings } from '../../../api/meetings';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { meetingPaths } from '../paths';
import './planning.css';

/** `/sager/:caseId/moeder`: the case's meetings, newest first, and a link to plan one. */
export function CaseMeetingsPage() {
  const { t } = useTranslation('meetings');
  usePageTitle(t('list.heading'));
  const parsed = CaseParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('list.heading')}</PageHeading>
        <ErrorBanner error={null} heading={t('section.loadError')} />
      </>
    );
  }
  return <CaseMeetings caseId={parsed.data.caseId} />;
}

function CaseMeetings({ caseId }: { caseId: string }) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const meetings = useCaseMeetings(caseId);
  const items = meetings.data?.items ?? [];
  const time = (start: string) => format.dateTime(start);
  return (
    <div className="meeting-planning">
      <Link to={`/sager/${caseId}`} className="back-link">
        <Icon name="chevron-left" />
        {t('backToCase')}
      </Link>
      <PageHeading>
        {items[0] ? t('list.headingFor', { name: items[0].childFirstName }) : t('list.heading')}
      </PageHeading>
      <StatusMessage busy={meetings.isPending}>{meetings.isPending ? t('section.loading') : ''}</StatusMessage>
      {meetings.isError && (
        <ErrorBanner error={meetings.error} heading={t('section.loadError')} onRetry={() => void meetings.refetch()} />
      )}
      {meetings.data?.can.plan && (
        <p>
          <Link to={meetingPaths.plan(caseId)} className="button button-primary">
            {t('section.plan')}
          </Link>
        </p>
      )}
      {meetings.isSuccess && items.length === 0 && <p>{t('section.none')}</p>}
      {items.length > 0 && (
        <div className="meeting-table-wrap">
          <table className="table" data-testid="case-meetings">
            <caption className="sr-only">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.type')}</th>
                <th scope="col">{t('list.when')}</th>
                <th scope="col">{t('list.status')}</th>
                <th scope="col">{t('list.leader')}</th>
                <th scope="col">{t('list.participants')}</th>
                <th scope="col">{t('list.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((meeting) => (
                <tr key={meeting.id}>
                  <th scope="row">
                    <Link to={meetingPaths.meeting(meeting.id)}>{t(`type.${meeting.type}`)}</Link>
                  </th>
                  <td>{time(meeting.startsAt)}</td>
                  <td>{t(`status.${meeting.status}`)}</td>
                  <td>{meeting.leader.name ?? t('meeting.none')}</td>
                  <td>{format.number(meeting.participantCount)}</td>
                  <td>
                    {meeting.councilDeadline
                      ? meeting.councilDeadline.met
                        ? t('meeting.councilMet', { date: format.calendarDate(meeting.councilDeadline.dueOn) })
                        : meeting.councilDeadline.overdue
                          ? t('section.councilOverdue', { date: format.calendarDate(meeting.councilDeadline.dueOn) })
                          : t('section.councilDue', { date: format.calendarDate(meeting.councilDeadline.dueOn) })
                      : t('list.noDeadline')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
