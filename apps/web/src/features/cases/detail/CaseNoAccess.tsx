import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../ui/PageHeading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { hasPermission } from '../../auth/permissions';
import { useSession } from '../../auth/useSession';

/**
 * The API answers 404 both for a case that does not exist and for one the user may not see,
 * so nobody learns that a child has a case here. The page says the same.
 */
export function CaseNoAccess() {
  const { t } = useTranslation('cases');
  usePageTitle(t('detail.noAccess.title'));
  const { user } = useSession({ fetch: false });
  const mayAskForEmergencyAccess = hasPermission(user, 'case.emergencyAccess');
  return (
    <>
      <PageHeading>{t('detail.noAccess.title')}</PageHeading>
      <p className="font-lead">{t('detail.noAccess.body')}</p>
      {mayAskForEmergencyAccess && <p>{t('detail.noAccess.emergencyHint')}</p>}
      <ul className="nobullet-list case-no-access-links">
        <li>
          <Link to="/sager">{t('detail.noAccess.toCases')}</Link>
        </li>
        {mayAskForEmergencyAccess && (
          <li>
            <Link to="/noedadgang">{t('detail.noAccess.toEmergencyAccess')}</Link>
          </li>
        )}
      </ul>
    </>
  );
}
