import type { MapVersionMeta } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { useVersionLabels } from './useVersionLabels';

/**
 * The map's versions, newest first: when, by whom, why and how many persons. A version sent with a
 * referral says so in words ("Sendt med visitation til … — fastfrosset"), not by colour alone.
 */
export function VersionsTable({ versions }: { versions: readonly MapVersionMeta[] }) {
  const { t } = useTranslation('networkMaps');
  const format = useFormatters();
  const labels = useVersionLabels();
  const captionId = useId();
  const latest = versions[0]?.number;
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact map-history-table">
        <caption id={captionId}>{t('history.versions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.versions.number')}</th>
            <th scope="col">{t('history.versions.savedAt')}</th>
            <th scope="col">{t('history.versions.author')}</th>
            <th scope="col">{t('history.versions.unit')}</th>
            <th scope="col">{t('history.versions.occasion')}</th>
            <th scope="col" className="map-history-number">
              {t('history.versions.persons')}
            </th>
            <th scope="col">{t('history.versions.referral')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.number} className={version.sentWith.length > 0 ? 'map-history-frozen-row' : undefined}>
              <th scope="row">
                {version.number}
                {version.number === latest && (
                  <span className="map-history-latest"> ({t('history.versions.latest')})</span>
                )}
              </th>
              <td>{format.dateTime(version.createdAt)}</td>
              <td>{version.author.name}</td>
              <td>{version.unit.name}</td>
              <td>{labels.occasion(version)}</td>
              <td className="map-history-number">{format.number(version.personCount)}</td>
              <td>
                {version.sentWith.length === 0 ? (
                  t('history.versions.notSent')
                ) : (
                  <ul className="nobullet-list map-history-frozen">
                    {version.sentWith.map((sent) => (
                      <li key={sent.referralId}>
                        <strong>
                          {t('history.versions.sentWith', { unit: sent.toUnit.name, date: format.date(sent.sentAt) })}
                        </strong>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
