import { SafetyPlanParams, type SafetyPlanDetail } from '@inddrag/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { safetyPlanKeys, useSafetyPlan } from '../../../api/safetyPlans';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { safetyPlanPaths } from '../paths';
import { PlanActions } from './PlanActions';
import { PlanForm } from './PlanForm';
import type { PlanFormValues } from './planForm';
import { UnsavedText } from './UnsavedText';
import '../safetyPlans.css';

/** `/sager/:caseId/sikkerhedsplaner/:planId`: the plan as a form, with its status actions. */
export function SafetyPlanPage() {
  const { t } = useTranslation('safetyPlans');
  usePageTitle(t('list.planName'));
  const parsed = SafetyPlanParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('list.planName')}</PageHeading>
        <ErrorBanner error={null} heading={t('editor.loadError')} />
      </>
    );
  }
  return <PlanEditor key={parsed.data.planId} caseId={parsed.data.caseId} planId={parsed.data.planId} />;
}

interface Conflict {
  values: PlanFormValues;
  current: SafetyPlanDetail | null;
}

function PlanEditor({ caseId, planId }: { caseId: string; planId: string }) {
  const { t } = useTranslation('safetyPlans');
  const format = useFormatters();
  const queryClient = useQueryClient();
  const plan = useSafetyPlan(caseId, planId);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reloaded, setReloaded] = useState<PlanFormValues | null>(null);
  const [dirty, setDirty] = useState(false);
  const [savedMessage, setSavedMessage] = useState('');
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);

  const reload = () => {
    if (!conflict) return;
    setReloaded(conflict.values);
    if (conflict.current) queryClient.setQueryData(safetyPlanKeys.detail(caseId, planId), conflict.current);
    else void plan.refetch();
    setConflict(null);
  };

  const data = plan.data;
  return (
    <>
      <Link to={safetyPlanPaths.list(caseId)} className="back-link">
        <Icon name="chevron-left" />
        {t('backToPlans')}
      </Link>
      <PageHeading>{data ? t('editor.heading', { name: data.child.firstName }) : t('list.planName')}</PageHeading>
      <StatusMessage busy={plan.isPending}>{plan.isPending ? t('editor.loading') : ''}</StatusMessage>
      {plan.isError && <ErrorBanner error={plan.error} heading={t('editor.loadError')} onRetry={() => void plan.refetch()} />}
      {data && (
        <>
          <p className="safety-plan-meta">
            <span className="safety-plan-status" data-status={data.status}>
              {t(`status.${data.status}`)}
            </span>{' '}
            {t('editor.meta', { version: data.version, time: format.dateTime(data.updatedAt), name: data.updatedBy.name })}
          </p>
          <p>
            <Link to={safetyPlanPaths.print(caseId, planId)}>{t('editor.print')}</Link>
          </p>
          {data.status === 'CLOSED' && data.closedOn && <p>{t('editor.closedNotice', { date: format.calendarDate(data.closedOn) })}</p>}
          {!data.can.edit && data.status !== 'CLOSED' && <p>{t('editor.readOnly')}</p>}
          {conflict && (
            <div className="alert alert-warning" role="alert">
              <Icon name="warning" className="alert-icon" />
              <div className="alert-body">
                <p className="alert-heading">{t('editor.conflict.heading')}</p>
                <p className="alert-text">{t('editor.conflict.text', { version: conflict.current?.version ?? data.version + 1 })}</p>
                <button type="button" className="button button-secondary mt-4" onClick={reload}>
                  {t('editor.conflict.reload')}
                </button>
              </div>
            </div>
          )}
          {reloaded && <UnsavedText values={reloaded} candidates={data.candidates} onDismiss={() => setReloaded(null)} />}
          <StatusMessage>{dirty ? '' : savedMessage}</StatusMessage>
          <PlanActions plan={data} unsaved={dirty} />
          <PlanForm
            key={data.version}
            plan={data}
            onDirtyChange={onDirtyChange}
            onSaved={(saved) => setSavedMessage(t('editor.saved', { version: saved.version }))}
            onConflict={(values, current) => setConflict({ values, current })}
          />
        </>
      )}
    </>
  );
}
