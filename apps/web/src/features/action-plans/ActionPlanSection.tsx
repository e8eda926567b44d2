import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActionPlans } from '../../api/actionPlans';
import { caseKeys, fetchCase } from '../../api/cases';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusMessage } from '../../ui/StatusMessage';
import { actionPlanPaths } from './paths';
import './actionPlans.css';

/** "Barnets plan" on the case page: status and version, the plan deadline, the next follow-up, links. */
export function ActionPlanSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const headingId = useId();
  const plans = useActionPlans(caseId);
  // The case page has loaded the case already: read its deadlines from the cache, no second request.
  const kase = useQuery({
    queryKey: caseKeys.detail(caseId),
    queryFn: ({ signal }) => fetchCase(caseId, signal),
    staleTime: Infinity,
  });
  const items = plans.data?.items ?? [];
  const plan = items.find((p) => p.caseId === caseId) ?? items[0];
  const deadline = kase.data?.deadlines.find((d) => d.kind === 'PLAN');
  const nextFollowUp = kase.data?.deadlineDates.nextFollowUpOn ?? null;
  const none = t('section.none_value');

  return (
    <section
      className="case-section action-plan-section"
      aria-labelledby={headingId}
      data-testid="action-plan-section"
      data-case-id={caseId}
    >
      <h2 id={headingId}>{t('heading')}</h2>
      <StatusMessage busy={plans.isPending}>{plans.isPending ? t('section.loading') : ''}</StatusMessage>
      {plans.isError && (
        <ErrorBanner error={plans.error} heading={t('section.loadError')} onRetry={() => void plans.refetch()} />
      )}
      {plans.isSuccess && !plan && <p>{t('section.none')}</p>}
      {plan && plan.caseId !== caseId && <p>{t('section.sibling')}</p>}
      {(plan || deadline) && (
        <dl className="action-plan-facts">
          {plan && (
            <div>
              <dt>{t('section.status')}</dt>
              <dd data-testid="action-plan-status">
                {t('section.statusValue', { status: t(`status.${plan.status}`), number: plan.number })}
              </dd>
            </div>
          )}
          {deadline && (
            <div>
              <dt>{t('section.deadline')}</dt>
              <dd className={deadline.status === 'OVERDUE' ? 'action-plan-overdue' : undefined}>
                {deadline.status === 'MET'
                  ? t('section.deadlineMet')
                  : deadline.status === 'OVERDUE'
                    ? t('section.overdue', { date: format.calendarDate(deadline.dueOn) })
                    : format.calendarDate(deadline.dueOn)}
              </dd>
            </div>
          )}
          {plan && (
            <div>
              <dt>{t('section.nextFollowUp')}</dt>
              <dd data-testid="action-plan-next-follow-up">
                {nextFollowUp ? format.calendarDate(nextFollowUp) : none}
              </dd>
            </div>
          )}
          {plan && (
            <div>
              <dt>{t('section.goals')}</dt>
              <dd>{plan.goalCount}</dd>
            </div>
          )}
        </dl>
      )}
      <p className="action-plan-buttons">
        {plan && <Link to={actionPlanPaths.editor(plan.caseId, plan.id)}>{t('section.open')}</Link>}
        {plan && <Link to={actionPlanPaths.print(plan.caseId, plan.id)}>{t('section.print')}</Link>}
        {plans.data?.can.create && (
          <Link to={actionPlanPaths.create(caseId)} className="button button-secondary">
            {t('section.create')}
          </Link>
        )}
      </p>
    </section>
  );
}
