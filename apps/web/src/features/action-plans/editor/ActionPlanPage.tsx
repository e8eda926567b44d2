import { ActionPlanParams, CaseParams } from '@inddrag/contracts';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useActionPlan } from '../../../api/actionPlans';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { FollowUpPanel } from '../followup/FollowUpPanel';
import { actionPlanPaths } from '../paths';
import { childNameOf } from '../planText';
import { PlanForm } from './PlanForm';
import { StatusActions } from './StatusActions';
import { usePlanOptions } from './usePlanOptions';
import { VersionHistory } from './VersionHistory';
import '../actionPlans.css';

function BackToCase({ caseId }: { caseId: string }) {
  const { t } = useTranslation('actionPlans');
  return (
    <Link to={`/sager/${caseId}`} className="back-link">
      <Icon name="chevron-left" />
      {t('editor.back')}
    </Link>
  );
}

/** What the form waits for: the choices (team, units, network, decisions, meetings). */
function OptionsState({ options }: { options: ReturnType<typeof usePlanOptions> }) {
  const { t } = useTranslation('actionPlans');
  return (
    <>
      <StatusMessage busy={options.loading}>{options.loading ? t('editor.optionsLoading') : ''}</StatusMessage>
      {options.failed && <ErrorBanner error={null} heading={t('editor.optionsError')} />}
    </>
  );
}

/** `/sager/:caseId/plan/ny`: starting the case's plan. */
export function NewActionPlanPage() {
  const { t } = useTranslation('actionPlans');
  usePageTitle(t('editor.createHeading'));
  const navigate = useNavigate();
  const parsed = CaseParams.safeParse(useParams());
  const caseId = parsed.success ? parsed.data.caseId : '';
  const options = usePlanOptions(caseId);
  return (
    <>
      {caseId && <BackToCase caseId={caseId} />}
      <PageHeading>{t('editor.createHeading')}</PageHeading>
      {!parsed.success && <ErrorBanner error={null} heading={t('editor.loadError')} />}
      {parsed.success && <OptionsState options={options} />}
      {parsed.success && !options.loading && (
        <PlanForm
          caseId={caseId}
          plan={null}
          options={options}
          onSaved={(plan) => void navigate(actionPlanPaths.editor(caseId, plan.id), { replace: true })}
        />
      )}
    </>
  );
}

/** `/sager/:caseId/plan/:planId`: the plan as a form, its status actions, versions and follow-ups. */
export function ActionPlanPage() {
  const { t } = useTranslation('actionPlans');
  usePageTitle(t('planName'));
  const parsed = ActionPlanParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('planName')}</PageHeading>
        <ErrorBanner error={null} heading={t('editor.loadError')} />
      </>
    );
  }
  return <PlanEditor key={parsed.data.planId} caseId={parsed.data.caseId} planId={parsed.data.planId} />;
}

function PlanEditor({ caseId, planId }: { caseId: string; planId: string }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const plan = useActionPlan(caseId, planId);
  const options = usePlanOptions(caseId);
  const [dirty, setDirty] = useState(false);
  const [savedMessage, setSavedMessage] = useState('');
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  const data = plan.data;

  return (
    <>
      <BackToCase caseId={caseId} />
      <PageHeading>{data ? t('editor.heading', { name: childNameOf(data) }) : t('planName')}</PageHeading>
      <StatusMessage busy={plan.isPending}>{plan.isPending ? t('editor.loading') : ''}</StatusMessage>
      {plan.isError && (
        <ErrorBanner error={plan.error} heading={t('editor.loadError')} onRetry={() => void plan.refetch()} />
      )}
      {data && (
        <>
          <p>
            <span className="action-plan-status" data-status={data.status} data-testid="plan-status">
              {t(`status.${data.status}`)}
            </span>{' '}
            {t('editor.meta', { number: data.number, time: format.dateTime(data.updatedAt) })} ·{' '}
            <Link to={actionPlanPaths.print(caseId, planId)}>{t('editor.print')}</Link>
          </p>
          {!data.can.edit && <p>{t('editor.readOnly')}</p>}
          <StatusMessage>{dirty ? '' : savedMessage}</StatusMessage>
          <StatusActions plan={data} unsaved={dirty} />
          <OptionsState options={options} />
          {!options.loading && (
            <PlanForm
              caseId={caseId}
              plan={data}
              options={options}
              onDirtyChange={onDirtyChange}
              onSaved={(saved) => setSavedMessage(t('editor.saved', { number: saved.number }))}
            />
          )}
          <FollowUpPanel plan={data} />
          <VersionHistory plan={data} />
        </>
      )}
    </>
  );
}
