import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFoundPage } from './NotFoundPage';

/** Shown inside the shell when a page throws while rendering. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{t('routeError.title')}</PageHeading>
      <div className="alert alert-error" role="alert">
        <p className="alert-text">{t('routeError.body')}</p>
      </div>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </button>
    </>
  );
}
