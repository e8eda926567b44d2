import type { MeetingSummary } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyMeetings } from '../../../api/meetings';
import { useFormatters } from '../../../i18n/useFormatters';
import { CheckboxField } from '../../../ui/CheckboxField';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useSession } from '../../auth/useSession';
import { meetingPaths } from '../paths';

/** `/moeder`: the user's meetings, the next first; a coordinator's conferences ("Mine familierådslagninger"). */
export function MyMeetingsPage() {
  const { t } = useTranslation('conferences');
  const { user } = useSession({ fetch: false });
  const coordinator = user?.role === 'COORDINATOR';
  const heading = coordinator ? t('mine.coordinatorHeading') : t('mine.heading');
  usePageTitle(heading);
  const [showAll, setShowAll] = useState(false);
  const meetings = useMyMeetings(showAll ? 'all' : 'upcoming');
  const items = meetings.data?.items ?? [];
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p className="font-lead">{coordinator ? t('mine.coordinatorIntro') : t('mine.intro')}</p>
      <CheckboxField label={t('mine.showHeld')} checked={showAll} onChange={setShowAll} />
      <StatusMessage busy={meetings.isPending}>{meetings.isPending ? t('mine.loading') : ''}</StatusMessage>
      {meetings.isError && <ErrorBanner error={meetings.error} heading={t('mine.loadError')} onRetry={() => void meetings.refetch()} />}
      {meetings.isSuccess && items.length === 0 && <p>{showAll ? t('mine.emptyAll') : t('mine.empty')}</p>}
      {items.length > 0 && <MeetingsTable meetings={items} linkCases={!coordinator} />}
    </>
  );
}

function MeetingsTable({ meetings, linkCases }: { meetings: readonly MeetingSummary[]; linkCases: boolean }) {
  const { t } = useTranslation(['conferences', 'meetings']);
  const format = useFormatters();
  const captionId = useId();
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact" data-testid="my-meetings">
        <caption id={captionId}>{t('mine.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mine.type')}</th>
            <th scope="col">{t('mine.when')}</th>
            <th scope="col">{t('mine.child')}</th>
            <th scope="col">{t('mine.status')}</th>
            <th scope="col">{t('mine.deadline')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => {
            const child = t('mine.childCase', { name: meeting.childFirstName, caseNumber: meeting.caseNumber });
            return (
              <tr key={meeting.id}>
                <th scope="row">
                  <Link to={meetingPaths.meeting(meeting.id)}>{t(`meetings:type.${meeting.type}`)}</Link>
                  {meeting.type === 'FAMILY_GROUP_CONFERENCE' && (
                    <>
                      {' · '}
                      <Link to={meetingPaths.conference(meeting.id)} aria-label={`${t('mine.conference')}: ${child}`}>
                        {t('mine.conference')}
                      </Link>
                    </>
                  )}
                </th>
                <td>{format.dateTime(meeting.startsAt)}</td>
                {/* A coordinator has no access to the case: no link he could not follow. */}
                <td>{linkCases ? <Link to={`/sager/${meeting.caseId}`}>{child}</Link> : child}</td>
                <td>{t(`meetings:status.${meeting.status}`)}</td>
                <td>{deadlineText(meeting, t, format.calendarDate)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function deadlineText(
  meeting: MeetingSummary,
  t: (key: 'mine.deadlineMet' | 'mine.deadlineOverdue' | 'mine.deadlineDue' | 'mine.noDeadline', options?: { date: string }) => string,
  date: (iso: string) => string,
): string {
  const deadline = meeting.councilDeadline;
  if (!deadline) return t('mine.noDeadline');
  if (deadline.met) return t('mine.deadlineMet');
  return deadline.overdue ? t('mine.deadlineOverdue', { date: date(deadline.dueOn) }) : t('mine.deadlineDue', { date: date(deadline.dueOn) });
}
