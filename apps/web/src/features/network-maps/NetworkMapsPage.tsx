import { CaseParams, type NetworkMapSummary } from '@inddrag/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useNetworkMaps } from '../../api/networkMaps';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSession } from '../auth/useSession';
import { CreateMapForm } from './CreateMapForm';
import { networkMapPaths } from './paths';
import './networkMaps.css';

/** `/sager/:caseId/netvaerkskort`: the case's maps and the form to create one (`#opret` focuses it). */
export function NetworkMapsPage() {
  const { t } = useTranslation('networkMaps');
  usePageTitle(t('maps.list.heading'));
  const parsed = CaseParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('maps.list.heading')}</PageHeading>
        <ErrorBanner error={null} heading={t('maps.list.loadError')} />
      </>
    );
  }
  return <MapsList key={parsed.data.caseId} caseId={parsed.data.caseId} />;
}

function MapsList({ caseId }: { caseId: string }) {
  const { t } = useTranslation('networkMaps');
  const maps = useNetworkMaps(caseId);
  const navigate = useNavigate();
  const { hash } = useLocation();
  const { user } = useSession({ fetch: false });
  // The API decides; the permission only spares a user a form they cannot use.
  const mayCreate = user?.permissions.includes('networkMap.edit') ?? true;
  const createRef = useRef<HTMLHeadingElement>(null);

  const items = maps.data?.items ?? [];
  const showCreate = mayCreate && maps.isSuccess;

  // "Opret netværkskort" from the case page: to the form, once it is there (after the shell's focus on the h1).
  useEffect(() => {
    if (hash !== '#opret' || !showCreate) return;
    const frame = requestAnimationFrame(() => createRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [hash, showCreate]);

  return (
    <>
      <Link to={`/sager/${caseId}`} className="back-link">
        <Icon name="chevron-left" />
        {t('maps.list.backToCase')}
      </Link>
      <PageHeading>{t('maps.list.heading')}</PageHeading>
      <p className="font-lead">{t('maps.list.intro')}</p>
      <StatusMessage busy={maps.isPending}>{maps.isPending ? t('maps.list.loading') : ''}</StatusMessage>
      {maps.isError && (
        <ErrorBanner error={maps.error} heading={t('maps.list.loadError')} onRetry={() => void maps.refetch()} />
      )}
      {maps.isSuccess && items.length === 0 && <p>{t('maps.list.empty')}</p>}
      {items.length > 0 && <MapsTable caseId={caseId} maps={items} />}
      {showCreate && (
        <CreateMapForm
          caseId={caseId}
          maps={items}
          headingRef={createRef}
          onCreated={(detail) => void navigate(networkMapPaths.editor(caseId, detail.id))}
        />
      )}
    </>
  );
}

function MapsTable({ caseId, maps }: { caseId: string; maps: readonly NetworkMapSummary[] }) {
  const { t } = useTranslation('networkMaps');
  const format = useFormatters();
  const captionId = useId();
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact network-maps-table">
        <caption id={captionId}>{t('maps.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('maps.list.perspective')}</th>
            <th scope="col">{t('maps.list.perspectiveOf')}</th>
            <th scope="col">{t('maps.list.persons')}</th>
            <th scope="col">{t('maps.list.version')}</th>
            <th scope="col">{t('maps.list.lastSaved')}</th>
          </tr>
        </thead>
        <tbody>
          {maps.map((map) => (
            <tr key={map.id}>
              <th scope="row">
                <Link to={networkMapPaths.editor(caseId, map.id)}>{t(`maps.perspective.${map.perspective}`)}</Link>
              </th>
              <td>{map.perspectiveOf ?? '–'}</td>
              <td>{map.personCount}</td>
              <td>{map.version}</td>
              <td>
                <time dateTime={map.updatedAt}>{format.dateTime(map.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
