import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ActionWords } from './ActionWords';
import { useAccessLog } from './useAccessLog';

/** "Hvem har set sagen": every look-up and change, with who, unit, role, what and why. */
export function AccessLogSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['cases', 'common']);
  const format = useFormatters();
  const headingId = useId();
  const captionId = useId();
  const log = useAccessLog(caseId, true);
  if (log.hidden) return null;

  const status = log.isLoading
    ? t('cases:accessLog.loading')
    : log.hasData && log.entries.length === 0
      ? t('cases:accessLog.empty')
      : '';

  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="access-log">
      <h2 id={headingId}>{t('cases:accessLog.heading')}</h2>
      <p>{t('cases:accessLog.intro')}</p>
      <StatusMessage busy={log.isLoading}>{status}</StatusMessage>
      {log.error !== null && (
        <ErrorBanner error={log.error} heading={t('cases:accessLog.loadError')} onRetry={log.retry} />
      )}
      {log.entries.length > 0 && (
        <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="table table--compact access-log-table">
            <caption id={captionId} className="sr-only">
              {t('cases:accessLog.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('cases:accessLog.columns.time')}</th>
                <th scope="col">{t('cases:accessLog.columns.name')}</th>
                <th scope="col">{t('cases:accessLog.columns.unit')}</th>
                <th scope="col">{t('cases:accessLog.columns.role')}</th>
                <th scope="col">{t('cases:accessLog.columns.what')}</th>
                <th scope="col">{t('cases:accessLog.columns.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="text-nowrap">
                    <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
                  </td>
                  <td>{entry.user?.name ?? t('cases:accessLog.unknownUser')}</td>
                  <td>{entry.unitName ?? '–'}</td>
                  <td>{entry.role ? t(`common:roles.${entry.role}`) : '–'}</td>
                  <td>
                    <ActionWords action={entry.action} entityType={entry.entityType} />
                  </td>
                  <td>{entry.reason ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && log.error === null && (
        <p className="case-results-more">
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={log.isFetchingNextPage}
            onClick={() => {
              if (!log.isFetchingNextPage) log.loadMore();
            }}
          >
            {log.isFetchingNextPage && <Spinner />}
            <span>{t('cases:accessLog.loadMore')}</span>
          </button>
        </p>
      )}
    </section>
  );
}
