import type { CaseDetail } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { CprValue } from './CprValue';
import { DeadlinesTable } from './DeadlinesTable';
import { HonourAlert } from './HonourAlert';
import { HonourConflictFlag } from './HonourConflictFlag';
import { NextSteps } from './NextSteps';

/** "Overblik": the child, the phase, who holds the case, its flags, its deadlines and what is next. */
export function CaseOverview({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation(['cases', 'caseRegister']);
  const format = useFormatters();
  const headingId = useId();
  const { child, can } = detail;
  const childName = `${child.firstName} ${child.lastName}`;

  return (
    <section className="case-section case-overview" aria-labelledby={headingId} id="overblik">
      <h2 id={headingId}>{t('cases:overview.heading')}</h2>
      <HonourAlert honour={detail.honour} />
      <dl className="case-facts">
        <dt>{t('cases:overview.child')}</dt>
        <dd>{childName}</dd>
        <dt>{t('cases:overview.cpr')}</dt>
        <dd>
          <CprValue caseId={detail.id} masked={child.cprMasked} canReveal={can.revealCpr} />
        </dd>
        <dt>{t('cases:overview.age')}</dt>
        <dd data-testid="child-age">
          {t('cases:overview.ageValue', { count: child.age, date: format.calendarDate(child.dateOfBirth) })}
        </dd>
        <dt>{t('caseRegister:overview.address')}</dt>
        <dd>{detail.childAddress ?? <em>{t('caseRegister:overview.noAddress')}</em>}</dd>
        <dt>{t('cases:overview.phase')}</dt>
        <dd data-testid="case-phase">
          {t('cases:overview.phaseSince', {
            phase: t(`cases:phase.${detail.phase}`),
            date: format.date(detail.phaseChangedAt),
          })}
          {detail.closedAt && <> · {t('cases:overview.closed', { date: format.date(detail.closedAt) })}</>}
        </dd>
        <dt>{t('cases:overview.unit')}</dt>
        <dd>{detail.responsibleUnit.name}</dd>
        <dt>{t('cases:overview.caseworker')}</dt>
        <dd>{detail.responsibleCaseworker?.name ?? <em>{t('cases:table.noCaseworker')}</em>}</dd>
        <dt>{t('cases:overview.awareOn')}</dt>
        <dd>{format.calendarDate(detail.awareOn)}</dd>
        <dt>{t('cases:overview.flags')}</dt>
        <dd>
          <HonourConflictFlag detail={detail} canUpdate={can.update} />
        </dd>
      </dl>
      <div className="case-overview-columns">
        <DeadlinesTable deadlines={detail.deadlines} />
        <NextSteps steps={detail.nextSteps} />
      </div>
    </section>
  );
}
