import type { Deadline } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { DeadlineStatusTag } from '../components/DeadlineStatusTag';
import { sortDeadlines } from './deadlineStatus';

/** "Frister": each legal deadline with its paragraph, due date and status in words. */
export function DeadlinesTable({ deadlines }: { deadlines: readonly Deadline[] }) {
  const { t } = useTranslation('caseRegister');
  const format = useFormatters();
  const headingId = useId();
  return (
    <div className="case-subsection" data-testid="case-deadlines">
      <h3 id={headingId}>{t('deadlines.heading')}</h3>
      {deadlines.length === 0 ? (
        <p>{t('deadlines.empty')}</p>
      ) : (
        <div className="table--responsive-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="table table--compact deadlines-table">
            <caption className="sr-only">{t('deadlines.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deadlines.columns.kind')}</th>
                <th scope="col">{t('deadlines.columns.legalBasis')}</th>
                <th scope="col">{t('deadlines.columns.dueOn')}</th>
                <th scope="col">{t('deadlines.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {sortDeadlines(deadlines).map((deadline) => {
                return (
                  <tr key={`${deadline.kind}-${deadline.dueOn}`}>
                    <th scope="row">{t(`deadlines.kind.${deadline.kind}`)}</th>
                    <td>{deadline.legalBasis}</td>
                    <td className="text-nowrap">
                      <time dateTime={deadline.dueOn}>{format.calendarDate(deadline.dueOn)}</time>
                    </td>
                    <td>
                      <DeadlineStatusTag status={deadline.status} metLate={deadline.metLate} />
                      {deadline.metOn && (
                        <span className="deadline-met-on small-text">
                          {t('deadlines.metOn', { date: format.calendarDate(deadline.metOn) })}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
