import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { usePageTitle } from '../../ui/usePageTitle';
import { LoginForm } from './LoginForm';
import { homePathFor } from './permissions';
import { NEXT_PARAM, sanitizeNext } from './redirect';
import type { LoginLocationState } from './SessionEvents';
import { useSession } from './useSession';

export function LoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('login.title'));
  const { user } = useSession({ fetch: false });
  const [search] = useSearchParams();
  const notice = (useLocation().state as LoginLocationState | null)?.notice;

  // Already logged in in this tab (e.g. Back after logging in): go on.
  if (user) return <Navigate to={sanitizeNext(search.get(NEXT_PARAM)) ?? homePathFor(user)} replace />;

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading>{t('login.title')}</PageHeading>
        {notice && (
          <div className={notice === 'expired' ? 'alert alert-warning' : 'alert alert-success'} role="status">
            <Icon name={notice === 'expired' ? 'warning' : 'success'} className="alert-icon" />
            <div className="alert-body">
              <p className="alert-text">{t(`login.notices.${notice}`)}</p>
            </div>
          </div>
        )}
        <p className="font-lead">{t('login.intro')}</p>
        <LoginForm />
      </div>
    </div>
  );
}
