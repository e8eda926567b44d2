import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { usePageTitle } from '../../ui/usePageTitle';
import { homePathFor } from './permissions';
import { useSession } from './useSession';

/** `/`: on to the user's start page (cases, administration, …). */
export function HomeRedirect() {
  const { user } = useSession({ fetch: false });
  if (!user) return null;
  return <Navigate to={homePathFor(user)} replace />;
}

/** `/start`: for roles without a page of their own yet (e.g. the coordinator). */
export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { user } = useSession({ fetch: false });
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      {user && <p className="font-lead">{t('home.greeting', { name: user.name })}</p>}
      <p>{t('home.noCases')}</p>
    </>
  );
}
