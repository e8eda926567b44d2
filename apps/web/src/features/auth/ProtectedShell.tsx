import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AppShell } from '../../ui/AppShell';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { IdleWarning } from './IdleWarning';
import { loginPathFor } from './redirect';
import { useSession } from './useSession';

/**
 * The signed-in part of the app: the shell with its navigation around every page but /login.
 * Without a session the user is sent to /login?naeste=<this page>.
 */
export function ProtectedShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { session, isPending, isUnauthenticated, error, refetch } = useSession();

  if (isUnauthenticated) return <Navigate to={loginPathFor(location)} replace />;

  return (
    <AppShell banner={session ? <IdleWarning session={session} /> : null}>
      {session ? (
        <Outlet />
      ) : (
        <>
          <StatusMessage busy={isPending}>{isPending ? t('session.loading') : ''}</StatusMessage>
          {error !== null && !isPending && (
            <ErrorBanner error={error} heading={t('session.loadError')} onRetry={refetch} />
          )}
        </>
      )}
    </AppShell>
  );
}
