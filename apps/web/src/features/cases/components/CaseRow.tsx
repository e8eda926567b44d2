import type { CaseSummary } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/useFormatters';
import { DeadlineLine } from './DeadlineLine';
import { HonourConflictTag } from './HonourConflictTag';

export function CaseRow({ item }: { item: CaseSummary }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const { child } = item;
  return (
    <tr>
      <th scope="row">
        <Link to={`/sager/${item.id}`}>{item.caseNumber}</Link>
      </th>
      <td>
        <span className="case-child-name">
          {child.firstName} {child.lastName}
        </span>
        <span className="case-child-cpr">
          <span className="sr-only">{t('table.cpr')} </span>
          {child.cprMasked}
        </span>
        {item.honourConflictSuspected && <HonourConflictTag />}
      </td>
      <td className="text-nowrap">{t('table.age', { count: child.age })}</td>
      <td>{t(`phase.${item.phase}`)}</td>
      <td>
        {item.nextDeadline ? <DeadlineLine {...item.nextDeadline} /> : <em>{t('deadline.none')}</em>}
      </td>
      <td>{item.responsibleUnit.name}</td>
      <td>{item.responsibleCaseworker?.name ?? <em>{t('table.noCaseworker')}</em>}</td>
      <td className="text-nowrap">
        <time dateTime={item.phaseChangedAt}>{format.date(item.phaseChangedAt)}</time>
      </td>
    </tr>
  );
}
