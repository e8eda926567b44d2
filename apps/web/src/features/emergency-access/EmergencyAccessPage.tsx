import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { usePageTitle } from '../../ui/usePageTitle';
import { hasPermission } from '../auth/permissions';
import { useSession } from '../auth/useSession';
import { EmergencyAccessForm } from './EmergencyAccessForm';

/** `/noedadgang`: "bryd glasset" – a logged, time-limited access to a case outside one's own. */
export function EmergencyAccessPage() {
  const { t } = useTranslation('emergencyAccess');
  usePageTitle(t('title'));
  const { user } = useSession({ fetch: false });
  const allowed = hasPermission(user, 'case.emergencyAccess');

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <PageHeading>{t('title')}</PageHeading>
        {allowed ? (
          <>
            <p className="font-lead">{t('intro')}</p>
            <div className="alert alert-info">
              <Icon name="info" className="alert-icon" />
              <div className="alert-body">
                <h2 className="alert-heading h5">{t('rules.heading')}</h2>
                <ul className="alert-text">
                  <li>{t('rules.logged')}</li>
                  <li>{t('rules.limited')}</li>
                  <li>{t('rules.flagged')}</li>
                </ul>
              </div>
            </div>
            <EmergencyAccessForm />
          </>
        ) : (
          <p className="font-lead">{t('forbidden')}</p>
        )}
      </div>
    </div>
  );
}
