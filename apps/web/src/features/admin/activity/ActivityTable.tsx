import type { UserActivityResponse } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { knownEntityType } from './activityLabels';

type Entry = UserActivityResponse['items'][number];

const COLUMNS = ['occurredAt', 'action', 'what', 'caseNumber', 'reason', 'clientIp'] as const;

export function ActivityTable({ entries }: { entries: readonly Entry[] }) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const captionId = useId();
  const none = t('activity.table.none');
  const what = (entityType: string) => {
    const known = knownEntityType(entityType);
    return known ? t(`activity.entity.${known}`) : entityType;
  };
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact admin-table">
        <caption id={captionId}>{t('activity.table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`activity.table.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="text-nowrap">
                <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
              </td>
              <td>{t(`activity.action.${entry.action}`)}</td>
              <td>{what(entry.entityType)}</td>
              <td className="text-nowrap">{entry.caseNumber ?? none}</td>
              <td className="admin-break">{entry.reason ?? none}</td>
              <td className="text-nowrap">{entry.clientIp ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
