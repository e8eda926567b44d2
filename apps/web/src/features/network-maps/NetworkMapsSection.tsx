import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNetworkMaps } from '../../api/networkMaps';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { networkMapPaths } from './paths';
import './networkMaps.css';

/** "Netværkskort" on the case page: the case's maps as links, and the way to create one. */
export function NetworkMapsSection({ caseId, canCreate }: { caseId: string; canCreate: boolean }) {
  const { t } = useTranslation('networkMaps');
  const format = useFormatters();
  const headingId = useId();
  const maps = useNetworkMaps(caseId);
  const items = maps.data?.items ?? [];

  return (
    <section className="case-section network-maps-section" aria-labelledby={headingId} data-testid="network-maps">
      <h2 id={headingId}>{t('maps.section.heading')}</h2>
      <StatusMessage busy={maps.isPending}>{maps.isPending ? t('maps.section.loading') : ''}</StatusMessage>
      {maps.isError && (
        <ErrorBanner error={maps.error} heading={t('maps.section.loadError')} onRetry={() => void maps.refetch()} />
      )}
      {maps.isSuccess && items.length === 0 && <p>{t('maps.section.none')}</p>}
      {items.length > 0 && (
        <ul className="network-maps-links">
          {items.map((map) => (
            <li key={map.id}>
              <Link to={networkMapPaths.editor(caseId, map.id)}>
                {t(`maps.perspective.${map.perspective}`)}
                {map.perspectiveOf ? ` (${map.perspectiveOf})` : ''}
              </Link>
              <span className="network-maps-meta small-text">
                {t('maps.section.itemMeta', {
                  version: map.version,
                  count: map.personCount,
                  time: format.dateTime(map.updatedAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="network-maps-actions">
        {canCreate && (
          <Link to={`${networkMapPaths.list(caseId)}#opret`} className="button button-secondary">
            {t('maps.section.create')}
          </Link>
        )}
        {items.length > 0 && <Link to={networkMapPaths.list(caseId)}>{t('maps.section.all')}</Link>}
      </p>
    </section>
  );
}
