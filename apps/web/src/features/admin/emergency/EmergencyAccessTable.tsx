import type { EmergencyAccessFlag } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/useFormatters';
import { Spinner } from '../../../ui/Spinner';

const COLUMNS = ['caseNumber', 'user', 'reason', 'grantedAt', 'expiresAt', 'status'] as const;

interface EmergencyAccessTableProps {
  flags: readonly EmergencyAccessFlag[];
  /** The id being marked right now, if any. */
  pendingId: string | null;
  onMarkReviewed: (flag: EmergencyAccessFlag) => void;
}

export function EmergencyAccessTable({ flags, pendingId, onMarkReviewed }: EmergencyAccessTableProps) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const captionId = useId();
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact admin-table">
        <caption id={captionId}>{t('emergency.table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`emergency.table.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {flags.map((flag) => (
            <tr key={flag.id} className={flag.reviewedAt ? undefined : 'admin-row-attention'}>
              <th scope="row" className="text-nowrap">
                <Link to={`/sager/${flag.caseId}`}>{flag.caseNumber}</Link>
              </th>
              <td>{flag.user.name}</td>
              <td className="admin-break">{flag.reason}</td>
              <td className="text-nowrap">
                <time dateTime={flag.grantedAt}>{format.dateTime(flag.grantedAt)}</time>
              </td>
              <td className="text-nowrap">
                <time dateTime={flag.expiresAt}>{format.dateTime(flag.expiresAt)}</time>
              </td>
              <td>
                {flag.reviewedAt ? (
                  t('emergency.table.reviewedAt', { date: format.dateTime(flag.reviewedAt) })
                ) : (
                  <>
                    <strong className="admin-status-open">{t('emergency.table.notReviewed')}</strong>
                    <button
                      type="button"
                      className="button button-secondary admin-review-button"
                      aria-disabled={pendingId === flag.id || undefined}
                      onClick={() => {
                        if (pendingId !== flag.id) onMarkReviewed(flag);
                      }}
                    >
                      {pendingId === flag.id && <Spinner />}
                      <span>
                        {t('emergency.markReviewed')}
                        <span className="sr-only">
                          {', '}
                          {t('emergency.markReviewedFor', { caseNumber: flag.caseNumber, name: flag.user.name })}
                        </span>
                      </span>
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
