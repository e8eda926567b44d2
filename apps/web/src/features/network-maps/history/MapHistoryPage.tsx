import { NetworkMapParams } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useMapVersions, useNetworkMap } from '../../../api/networkMaps';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { networkMapPaths } from '../paths';
import { CompareVersions } from './CompareVersions';
import { VersionsTable } from './VersionsTable';
import './history.css';

/**
 * `/sager/:caseId/netvaerkskort/:mapId/historik`: the map's versions (newest first, those sent with a
 * referral marked as frozen) and the comparison of any two of them, in words and side by side.
 */
export function MapHistoryPage() {
  const { t } = useTranslation('networkMaps');
  usePageTitle(t('history.pageTitle'));
  const parsed = NetworkMapParams.safeParse(useParams());
  if (!parsed.success) return <NotFound />;
  const { caseId, mapId } = parsed.data;
  return <MapHistory key={`${caseId}/${mapId}`} caseId={caseId} mapId={mapId} />;
}

function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link to={to} className="back-link">
      <Icon name="chevron-left" />
      {children}
    </Link>
  );
}

function NotFound({ caseId }: { caseId?: string }) {
  const { t } = useTranslation('networkMaps');
  return (
    <>
      {caseId && <BackLink to={networkMapPaths.list(caseId)}>{t('maps.list.heading')}</BackLink>}
      <PageHeading>{t('history.pageTitle')}</PageHeading>
      <p className="font-lead">{t('history.notFound')}</p>
    </>
  );
}

function MapHistory({ caseId, mapId }: { caseId: string; mapId: string }) {
  const { t } = useTranslation('networkMaps');
  const map = useNetworkMap(caseId, mapId);
  const versions = useMapVersions(caseId, mapId);
  const versionsId = useId();
  const back = <BackLink to={networkMapPaths.editor(caseId, mapId)}>{t('history.backToMap')}</BackLink>;

  const notFound = [map.error, versions.error].some((error) => isApiError(error) && error.status === 404);
  if (notFound) return <NotFound caseId={caseId} />;
  if (!map.data || !versions.data) {
    const pending = map.isPending || versions.isPending;
    const error = map.error ?? versions.error;
    return (
      <>
        {back}
        <PageHeading>{t('history.pageTitle')}</PageHeading>
        <StatusMessage busy={pending && !error}>{pending && !error ? t('history.loading') : ''}</StatusMessage>
        {error && (
          <ErrorBanner
            error={error}
            heading={t('history.loadError')}
            onRetry={() => {
              if (map.isError) void map.refetch();
              if (versions.isError) void versions.refetch();
            }}
          />
        )}
      </>
    );
  }

  const detail = map.data;
  const items = versions.data.items;
  return (
    <div className="map-history">
      {back}
      <PageHeading>{t('history.heading', { perspective: t(`maps.perspective.${detail.perspective}`) })}</PageHeading>
      {detail.perspectiveOf && (
        <p className="map-history-meta">{t('history.perspectiveOf', { name: detail.perspectiveOf })}</p>
      )}
      <p className="map-history-meta">{t('editor.child', { name: detail.child.firstName, age: detail.child.age })}</p>
      <p className="font-lead">{t('history.intro')}</p>

      <section className="map-history-section" aria-labelledby={versionsId}>
        <h2 id={versionsId}>{t('history.versions.heading')}</h2>
        <VersionsTable versions={items} />
      </section>

      <CompareVersions caseId={caseId} mapId={mapId} versions={items} childName={detail.child.firstName} />
    </div>
  );
}
