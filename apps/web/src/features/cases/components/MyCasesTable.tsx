import type { MyCase } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/useFormatters';
import { meetingPaths } from '../../meetings/paths';
import { DeadlineLine } from './DeadlineLine';
import { HonourConflictTag } from './HonourConflictTag';

const COLUMNS = ['caseNumber', 'child', 'phase', 'role', 'deadlines', 'meeting'] as const;

/** "Mine sager": each case with every deadline still to meet and its next meeting, in the case list's table style. */
export function MyCasesTable({ cases }: { cases: readonly MyCase[] }) {
  const { t } = useTranslation(['cases', 'meetings']);
  const format = useFormatters();
  const captionId = useId();
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact case-table my-cases-table">
        <caption id={captionId}>{t('mine.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`mine.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/sager/${item.id}`}>{item.caseNumber}</Link>
              </th>
              <td>
                <span className="case-child-name">
                  {item.child.firstName} {item.child.lastName}
                </span>
                <span className="case-child-cpr">
                  <span className="sr-only">{t('table.cpr')} </span>
                  {item.child.cprMasked}
                </span>
                {item.honourConflictSuspected && <HonourConflictTag />}
              </td>
              <td>{t(`phase.${item.phase}`)}</td>
              <td>{t(`caseRole.${item.caseRole}`)}</td>
              <td>
                {item.deadlines.length === 0 ? (
                  <em>{t('mine.noDeadlines')}</em>
                ) : (
                  <ul className="deadline-list">
                    {item.deadlines.map((deadline) => (
                      <li key={deadline.kind}>
                        <DeadlineLine kind={deadline.kind} dueOn={deadline.dueOn} status={deadline.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {item.nextMeeting ? (
                  <Link to={meetingPaths.meeting(item.nextMeeting.id)}>
                    {t(`meetings:type.${item.nextMeeting.type}`)}, {format.dateTime(item.nextMeeting.startsAt)}
                  </Link>
                ) : (
                  <em>{t('mine.noMeeting')}</em>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
