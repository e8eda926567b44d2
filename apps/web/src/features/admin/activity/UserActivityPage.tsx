import { UserParams } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { NotFoundPage } from '../../errors/NotFoundPage';
import { useUsers } from '../users/useUsers';
import { ActivityTable } from './ActivityTable';
import { useUserActivity } from './useUserActivity';

/** /admin/brugere/:userId: what one user has done, newest first. */
export function UserActivityPage() {
  const parsed = UserParams.safeParse(useParams());
  if (!parsed.success) return <NotFoundPage />;
  return <UserActivity userId={parsed.data.userId} />;
}

function UserActivity({ userId }: { userId: string }) {
  const { t } = useTranslation('admin');
  const user = useUsers().data?.find((u) => u.id === userId);
  const title = user ? t('activity.title', { name: user.name }) : t('activity.titleUnknown');
  usePageTitle(title);
  const activity = useUserActivity(userId);
  const { entries, hasData, isLoading, isRefetching, isFetchingNextPage, hasNextPage, error } = activity;

  const busy = isLoading || isRefetching || isFetchingNextPage;
  const status = (() => {
    if (isFetchingNextPage) return t('activity.loadingMore');
    if (isLoading || isRefetching) return t('activity.loading');
    if (!hasData) return '';
    return entries.length === 0 ? t('activity.empty') : t('activity.shown', { count: entries.length });
  })();

  return (
    <>
      <Link to="/admin/brugere" className="back-link">
        <Icon name="chevron-left" />
        {t('activity.back')}
      </Link>
      <PageHeading>{title}</PageHeading>
      {user && (
        <p className="font-lead">
          {user.email} · {t(`role.${user.role}`)}
          {user.unit ? ` · ${user.unit.name}` : ''}
        </p>
      )}
      <p>{t('activity.intro')}</p>
      <section aria-busy={busy}>
        <StatusMessage busy={busy}>{status}</StatusMessage>
        {error !== null && !busy && (
          <ErrorBanner error={error} heading={t('activity.loadError')} onRetry={activity.retry} />
        )}
        {entries.length > 0 && <ActivityTable entries={entries} />}
        {hasNextPage && error === null && (
          <p>
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={isFetchingNextPage || undefined}
              onClick={() => {
                if (!isFetchingNextPage) activity.loadMore();
              }}
            >
              {isFetchingNextPage && <Spinner />}
              <span>{t('activity.loadMore')}</span>
            </button>
          </p>
        )}
      </section>
    </>
  );
}
