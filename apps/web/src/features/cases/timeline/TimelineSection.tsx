import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { eventText } from './eventText';
import { useTimeline } from './useTimeline';
import './timeline.css';

/** "Tidslinje": what happened on the case, newest first, with when (Copenhagen time), who and from which unit. */
export function TimelineSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['caseRegister', 'cases', 'meetings']);
  const format = useFormatters();
  const headingId = useId();
  const timeline = useTimeline(caseId);

  const status = timeline.isLoading
    ? t('caseRegister:timeline.loading')
    : timeline.isFetchingNextPage
      ? t('caseRegister:timeline.loadingMore')
      : timeline.hasData && timeline.events.length === 0
        ? t('caseRegister:timeline.empty')
        : '';

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="timeline-section">
      <h2 id={headingId}>{t('caseRegister:timeline.heading')}</h2>
      <StatusMessage busy={timeline.isLoading || timeline.isFetchingNextPage}>{status}</StatusMessage>
      {timeline.error !== null && (
        <ErrorBanner error={timeline.error} heading={t('caseRegister:timeline.loadError')} onRetry={timeline.retry} />
      )}
      {timeline.events.length > 0 && (
        <ol className="timeline" aria-labelledby={headingId}>
          {timeline.events.map((event) => (
            <li key={event.id} className="timeline-event">
              <p className="timeline-when small-text">
                <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
                {' · '}
                {event.actor
                  ? event.unit
                    ? t('caseRegister:timeline.by', { name: event.actor.name, unit: event.unit.name })
                    : event.actor.name
                  : t('caseRegister:timeline.system')}
              </p>
              <p className="timeline-what">{eventText(event, t, format.calendarDate)}</p>
            </li>
          ))}
        </ol>
      )}
      {timeline.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={timeline.isFetchingNextPage || undefined}
          onClick={() => {
            if (!timeline.isFetchingNextPage) timeline.loadMore();
          }}
        >
          {timeline.isFetchingNextPage && <Spinner />}
          <span>{t('caseRegister:timeline.loadMore')}</span>
        </button>
      )}
    </section>
  );
}
