import type { MeetingSummary } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCaseMeetings } from '../../api/meetings';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { meetingPaths } from './paths';

/** "Møder" on the case page: the next meeting, a network council's deadline, and links. */
export function MeetingsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const headingId = useId();
  const meetings = useCaseMeetings(caseId);
  const items = meetings.data?.items ?? [];
  const upcoming = items
    .filter((meeting) => meeting.status === 'PLANNED' || meeting.status === 'IN_PROGRESS')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const next = upcoming[0];
  const council = upcoming.find((meeting) => meeting.councilDeadline && !meeting.councilDeadline.met);

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="meetings-section">
      <h2 id={headingId}>{t('section.heading')}</h2>
      <StatusMessage busy={meetings.isPending}>{meetings.isPending ? t('section.loading') : ''}</StatusMessage>
      {meetings.isError && <ErrorBanner error={meetings.error} heading={t('section.loadError')} onRetry={() => void meetings.refetch()} />}
      {council?.councilDeadline && <CouncilDeadlineNotice meeting={council} />}
      {meetings.isSuccess && !next && <p>{t('section.none')}</p>}
      {next && (
        <p>
          <strong>{t('section.next')}:</strong>{' '}
          <Link to={meetingPaths.meeting(next.id)}>
            {t(`type.${next.type}`)}, {format.dateTime(next.startsAt)}
          </Link>
          {` (${t(`status.${next.status}`)})`}
        </p>
      )}
      <p className="safety-plan-buttons">
        {meetings.data?.can.plan && (
          <Link to={meetingPaths.plan(caseId)} className="button button-secondary">
            {t('section.plan')}
          </Link>
        )}
        {items.length > 0 && <Link to={meetingPaths.caseList(caseId)}>{t('section.all')}</Link>}
      </p>
    </section>
  );
}

function CouncilDeadlineNotice({ meeting }: { meeting: MeetingSummary }) {
  const { t } = useTranslation('meetings');
  const format = useFormatters();
  const deadline = meeting.councilDeadline;
  if (!deadline) return null;
  const date = format.calendarDate(deadline.dueOn);
  return (
    <div className={`alert ${deadline.overdue ? 'alert-error' : 'alert-warning'}`} data-testid="council-deadline">
      <p className="alert-text">{deadline.overdue ? t('section.councilOverdue', { date }) : t('section.councilDue', { date })}</p>
    </div>
  );
}
