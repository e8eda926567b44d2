import { useTranslation } from 'react-i18next';
import { useLogout } from '../features/auth/useLogout';
import { useSession } from '../features/auth/useSession';
import { Icon } from './Icon';
import { Spinner } from './Spinner';

/** Who is logged in (name, role, unit) and "Log ud". Empty on the login page. */
export function SessionArea() {
  const { t } = useTranslation();
  const { user } = useSession({ fetch: false });
  const logout = useLogout();
  if (!user) return <div className="session-area" />;

  const role = t(`roles.${user.role}`);
  return (
    <section className="session-area" aria-label={t('session.heading')}>
      <Icon name="person" />
      <p className="user" data-testid="session-user">
        <strong className="session-user-name">{user.name}</strong>
        <span className="session-user-role">
          {user.unit ? t('session.roleAndUnit', { role, unit: user.unit.name }) : role}
        </span>
      </p>
      <button
        type="button"
        className="button button-secondary session-logout"
        aria-disabled={logout.isPending}
        onClick={() => {
          if (!logout.isPending) logout.run();
        }}
      >
        {logout.isPending && <Spinner />}
        <span>{logout.isPending ? t('session.loggingOut') : t('session.logout')}</span>
      </button>
      {logout.failed && (
        <p className="session-logout-error form-error-message" role="alert">
          {t('session.logoutFailed')}
        </p>
      )}
    </section>
  );
}
