import type { CaseDetail } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { CprValue } from './CprValue';
import { HonourConflictFlag } from './HonourConflictFlag';

interface CaseOverviewProps {
  detail: CaseDetail;
  canRevealCpr: boolean;
  canUpdate: boolean;
}

export function CaseOverview({ detail, canRevealCpr, canUpdate }: CaseOverviewProps) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const headingId = useId();
  const { child } = detail;
  const childName = `${child.firstName} ${child.lastName}`;

  return (
    <section className="case-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.heading')}</h2>
      <dl className="case-facts">
        <dt>{t('overview.child')}</dt>
        <dd>{childName}</dd>
        <dt>{t('overview.cpr')}</dt>
        <dd>
          <CprValue caseId={detail.id} masked={child.cprMasked} canReveal={canRevealCpr} />
        </dd>
        <dt>{t('overview.age')}</dt>
        <dd>{t('overview.ageValue', { count: child.age, date: format.calendarDate(child.dateOfBirth) })}</dd>
        <dt>{t('overview.phase')}</dt>
        <dd>
          {t('overview.phaseSince', { phase: t(`phase.${detail.phase}`), date: format.date(detail.phaseChangedAt) })}
          {detail.closedAt && <> · {t('overview.closed', { date: format.date(detail.closedAt) })}</>}
        </dd>
        <dt>{t('overview.unit')}</dt>
        <dd>{detail.responsibleUnit.name}</dd>
        <dt>{t('overview.caseworker')}</dt>
        <dd>{detail.responsibleCaseworker?.name ?? <em>{t('table.noCaseworker')}</em>}</dd>
        <dt>{t('overview.awareOn')}</dt>
        <dd>{format.calendarDate(detail.awareOn)}</dd>
        <dt>{t('overview.flags')}</dt>
        <dd>
          <HonourConflictFlag detail={detail} canUpdate={canUpdate} />
        </dd>
      </dl>
    </section>
  );
}
