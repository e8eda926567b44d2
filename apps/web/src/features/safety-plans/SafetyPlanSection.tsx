import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSafetyPlans } from '../../api/safetyPlans';
import { copenhagenToday } from '../../i18n/today';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { safetyPlanPaths } from './paths';
import './safetyPlans.css';

/** "Sikkerhedsplan" on the case page: the plan in force (or the draft), its next review and links. */
export function SafetyPlanSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('safetyPlans');
  const format = useFormatters();
  const headingId = useId();
  const plans = useSafetyPlans(caseId);
  const items = plans.data?.items ?? [];
  const plan = items.find((p) => p.status === 'ACTIVE') ?? items.find((p) => p.status === 'DRAFT');
  const overdue = plan?.status === 'ACTIVE' && plan.nextReviewOn !== null && plan.nextReviewOn < copenhagenToday();
  const none = t('list.none');

  return (
    <section className="case-section safety-plan-section" aria-labelledby={headingId} data-testid="safety-plan-section">
      <h2 id={headingId}>{t('section.heading')}</h2>
      <StatusMessage busy={plans.isPending}>{plans.isPending ? t('section.loading') : ''}</StatusMessage>
      {plans.isError && <ErrorBanner error={plans.error} heading={t('section.loadError')} onRetry={() => void plans.refetch()} />}
      {plans.isSuccess && !plan && <p>{t('section.none')}</p>}
      {plan && (
        <dl className="safety-plan-facts">
          <div>
            <dt>{t('section.status')}</dt>
            <dd>
              {t(`status.${plan.status}`)}
              {plan.immediate ? ` (${t('list.immediateTag')})` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('section.startsOn')}</dt>
            <dd>{plan.startsOn ? format.calendarDate(plan.startsOn) : none}</dd>
          </div>
          <div>
            <dt>{t('section.nextReview')}</dt>
            <dd className={overdue ? 'safety-plan-overdue' : undefined}>
              {plan.nextReviewOn
                ? overdue
                  ? t('section.overdue', { date: format.calendarDate(plan.nextReviewOn) })
                  : format.calendarDate(plan.nextReviewOn)
                : none}
            </dd>
          </div>
          <div>
            <dt>{t('section.counts')}</dt>
            <dd>{t('section.countsValue', { rules: plan.ruleCount, network: plan.networkCount })}</dd>
          </div>
        </dl>
      )}
      <p className="safety-plan-buttons">
        {plan && <Link to={safetyPlanPaths.editor(caseId, plan.id)}>{t('section.open')}</Link>}
        {plan && <Link to={safetyPlanPaths.print(caseId, plan.id)}>{t('section.print')}</Link>}
        {plans.data?.can.create && !plan && (
          <Link to={safetyPlanPaths.list(caseId)} className="button button-secondary">
            {t('section.create')}
          </Link>
        )}
        {items.length > 0 && <Link to={safetyPlanPaths.list(caseId)}>{t('section.all')}</Link>}
      </p>
    </section>
  );
}
