import { ActionPlanParams, type ActionPlanDetail, type PlanTask } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { actionPlanPdfUrl, useActionPlan } from '../../../api/actionPlans';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { LabelledSection } from '../../../ui/LabelledSection';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { actionPlanPaths } from '../paths';
import { childNameOf, nextFollowUpOf } from '../planText';
import './print.css';

/**
 * `/sager/:caseId/plan/:planId/udskriv`: the plan for the family in plain Danish, on A4, with the
 * same sections as the PDF. First names only: never a CPR number.
 */
export function PrintActionPlanPage() {
  const { t } = useTranslation('actionPlans');
  usePageTitle(t('print.title'));
  const parsed = ActionPlanParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('print.title')}</PageHeading>
        <ErrorBanner error={null} heading={t('editor.loadError')} />
      </>
    );
  }
  return <PrintView caseId={parsed.data.caseId} planId={parsed.data.planId} />;
}

function PrintView({ caseId, planId }: { caseId: string; planId: string }) {
  const { t } = useTranslation('actionPlans');
  const plan = useActionPlan(caseId, planId);
  const data = plan.data;
  return (
    <div className="action-plan-print">
      <p className="no-print action-plan-buttons">
        <Link to={actionPlanPaths.editor(caseId, planId)} className="back-link">
          <Icon name="chevron-left" />
          {t('print.back')}
        </Link>
        {data && (
          <>
            <button type="button" className="button button-primary" onClick={() => window.print()}>
              {t('print.print')}
            </button>
            <a
              className="button button-secondary"
              href={actionPlanPdfUrl(caseId, planId)}
              download
              data-testid="plan-pdf"
            >
              {t('print.pdf')}
            </a>
          </>
        )}
      </p>
      <PageHeading>
        {data ? t('print.heading', { type: t(`type.${data.type}`), name: childNameOf(data) }) : t('print.title')}
      </PageHeading>
      <StatusMessage busy={plan.isPending}>{plan.isPending ? t('editor.loading') : ''}</StatusMessage>
      {plan.isError && (
        <ErrorBanner error={plan.error} heading={t('editor.loadError')} onRetry={() => void plan.refetch()} />
      )}
      {data && <PrintedPlan plan={data} />}
    </div>
  );
}

function Text({ text }: { text: string }) {
  const { t } = useTranslation('actionPlans');
  return <p className="print-text">{text.trim() || t('print.none')}</p>;
}

function TaskTable({ caption, tasks }: { caption: string; tasks: readonly PlanTask[] }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('print.who')}</th>
          <th scope="col">{t('print.what')}</th>
          <th scope="col">{t('print.when')}</th>
          <th scope="col">{t('print.status_column')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id}>
            <td>{task.who}</td>
            <td>{task.what}</td>
            <td>{task.dueOn ? format.calendarDate(task.dueOn) : t('print.none')}</td>
            <td>{t(`taskStatus.${task.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintedPlan({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const name = childNameOf(plan);
  const next = nextFollowUpOf(plan);
  return (
    <>
      <p>{t('print.intro', { name })}</p>
      <dl>
        <dt>{t('print.covers')}</dt>
        <dd>{plan.children.map((child) => child.firstName).join(', ')}</dd>
        <dt>{t('print.legalBasis')}</dt>
        <dd>{plan.legalBasis}</dd>
        <dt>{t('print.status')}</dt>
        <dd>{t('section.statusValue', { status: t(`status.${plan.status}`), number: plan.number })}</dd>
        <dt>{t('print.expectedDuration')}</dt>
        <dd>{plan.expectedDuration}</dd>
        <dt>{t('print.nextFollowUp')}</dt>
        <dd>{next ? format.calendarDate(next) : t('print.none')}</dd>
      </dl>
      <LabelledSection heading={t('print.purpose')}>
        <Text text={plan.purpose} />
      </LabelledSection>
      <LabelledSection heading={t('print.goals')}>
        {plan.goals.length === 0 && <p>{t('print.noGoals')}</p>}
        {plan.goals.map((goal, index) => (
          <div key={goal.id} className="print-goal">
            <h3>{t('print.goalHeading', { number: index + 1, area: t(`area.${goal.area}`) })}</h3>
            <p className="print-text">{goal.goal}</p>
            <dl>
              <dt>{t('print.childSays', { name })}</dt>
              <dd>{goal.childWords || t('print.none')}</dd>
              <dt>{t('print.parentsSay')}</dt>
              <dd>{goal.parentsView || t('print.none')}</dd>
              <dt>{t('print.indicators')}</dt>
              <dd>{goal.indicators || t('print.none')}</dd>
              <dt>{t('print.reviewOn')}</dt>
              <dd>{goal.reviewOn ? format.calendarDate(goal.reviewOn) : t('print.none')}</dd>
            </dl>
            {goal.tasks.length > 0 && (
              <TaskTable caption={t('print.tasks', { number: index + 1 })} tasks={goal.tasks} />
            )}
          </div>
        ))}
      </LabelledSection>
      <LabelledSection heading={t('print.network')}>
        <Text text={plan.networkSection} />
        {plan.networkTasks.length > 0 && <TaskTable caption={t('print.networkTasks')} tasks={plan.networkTasks} />}
      </LabelledSection>
      <LabelledSection heading={t('print.familySupport')}>
        <Text text={plan.familySupport} />
      </LabelledSection>
    </>
  );
}
