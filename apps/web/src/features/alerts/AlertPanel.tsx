import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { StatusMessage } from '../../ui/StatusMessage';
import { alertView } from './alertText';
import { useAlertList, useMarkAlertsRead } from './useAlerts';

/** Today's date in Copenhagen, `YYYY-MM-DD`. */
function copenhagenToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
}

interface AlertPanelProps {
  unread: number;
  /** Following an alert's link closes the popover. */
  onNavigate: () => void;
}

export function AlertPanel({ unread, onNavigate }: AlertPanelProps) {
  const { t } = useTranslation('alerts');
  const format = useFormatters();
  const list = useAlertList(true);
  const markRead = useMarkAlertsRead();
  const alerts = list.data?.pages.flatMap((page) => page.items) ?? [];
  const today = copenhagenToday();

  return (
    <div className="alert-panel">
      <StatusMessage busy={list.isPending || markRead.isPending}>
        {list.isPending ? t('loading') : markRead.isPending ? t('markingAllRead') : ''}
      </StatusMessage>
      {list.isError && <ErrorBanner error={list.error} heading={t('loadError')} onRetry={() => void list.refetch()} />}
      {markRead.isError && <ErrorBanner error={markRead.error} heading={t('markError')} />}
      {list.isSuccess && alerts.length === 0 && <p>{t('empty')}</p>}
      {unread > 0 && (
        <button
          type="button"
          className="button button-tertiary alert-mark-all"
          aria-disabled={markRead.isPending}
          onClick={() => {
            if (!markRead.isPending) markRead.mutate({ all: true });
          }}
        >
          {t('markAllRead')}
        </button>
      )}
      {alerts.length > 0 && (
        <ul className="nobullet-list alert-list">
          {alerts.map((alert) => {
            const view = alertView(alert, t, format.calendarDate, today);
            const isUnread = alert.readAt === null;
            const follow = () => {
              if (isUnread) markRead.mutate({ ids: [alert.id] });
              onNavigate();
            };
            return (
              <li key={alert.id} className={isUnread ? 'alert-item alert-item-unread' : 'alert-item'}>
                {isUnread && <span className="sr-only">{t('unread')}: </span>}
                {view.href ? (
                  <Link to={view.href} onClick={follow}>
                    {view.text}
                  </Link>
                ) : (
                  <span>{view.text}</span>
                )}
                <span className="alert-item-time">{format.dateTime(alert.createdAt)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {list.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={list.isFetchingNextPage}
          onClick={() => {
            if (!list.isFetchingNextPage) void list.fetchNextPage();
          }}
        >
          {list.isFetchingNextPage && <Spinner />}
          <span>{t('more')}</span>
        </button>
      )}
    </div>
  );
}
