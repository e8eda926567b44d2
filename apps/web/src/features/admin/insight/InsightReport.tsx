import type { InsightExportResponse } from '@inddrag/contracts';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { AdminIcon } from '../components/AdminIcon';

const COLUMNS = ['occurredAt', 'what', 'purpose', 'unit'] as const;

/**
 * The printable insight into the log of one child's case: dates, what happened, purpose and unit,
 * never the employees' names (Datatilsynet's practice). The print stylesheet prints only this.
 */
export function InsightReport({ report }: { report: InsightExportResponse }) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const none = t('insight.report.none');

  // A new export: move focus to its heading so the result is read out.
  useEffect(() => {
    headingRef.current?.focus();
  }, [report]);

  return (
    <article className="insight-report" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="insight-report-title">
        {t('insight.report.title')}
      </h2>
      <dl className="insight-report-facts">
        <div>
          <dt>{t('insight.report.child')}</dt>
          <dd>{report.childName}</dd>
        </div>
        <div>
          <dt>{t('insight.report.caseNumber')}</dt>
          <dd>{report.caseNumber}</dd>
        </div>
        <div>
          <dt>{t('insight.report.generatedAt')}</dt>
          <dd>
            <time dateTime={report.generatedAt}>{format.dateTime(report.generatedAt)}</time>
          </dd>
        </div>
      </dl>
      <p className="insight-report-note">{t('insight.report.note')}</p>
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          <AdminIcon name="print" />
          <span>{t('insight.report.print')}</span>
        </button>
      </p>
      {report.entries.length === 0 ? (
        <p>{t('insight.report.empty')}</p>
      ) : (
        <table className="table table--compact admin-table insight-report-table">
          <caption>{t('insight.report.caption', { caseNumber: report.caseNumber })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(`insight.report.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.entries.map((entry, index) => (
              <tr key={`${entry.occurredAt}-${index}`}>
                <td className="text-nowrap">
                  <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
                </td>
                <td>{entry.what}</td>
                <td>{entry.purpose ?? none}</td>
                <td>{entry.unitName ?? none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
