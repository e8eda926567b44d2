import type { CaseSummary } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseRow } from './CaseRow';

interface CaseTableProps {
  cases: readonly CaseSummary[];
  filtered: boolean;
  busy: boolean;
}

const COLUMNS = ['caseNumber', 'child', 'age', 'phase', 'nextDeadline', 'unit', 'caseworker', 'phaseChangedAt'] as const;

export function CaseTable({ cases, filtered, busy }: CaseTableProps) {
  const { t } = useTranslation('cases');
  const captionId = useId();
  return (
    // The wrapper scrolls sideways on narrow screens; it is focusable so keyboard users can scroll it.
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table
        className={busy ? 'table table--compact case-table loading-dimmed' : 'table table--compact case-table'}
        aria-busy={busy}
      >
        <caption id={captionId}>{filtered ? t('table.captionFiltered') : t('table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`table.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <CaseRow key={item.id} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
