import { CaseParams, type SafetyPlanSummary } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCreateSafetyPlan, useSafetyPlans } from '../../api/safetyPlans';
import { useFormatters } from '../../i18n/useFormatters';
import { CheckboxField } from '../../ui/CheckboxField';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { Spinner } from '../../ui/Spinner';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { safetyPlanPaths } from './paths';
import './safetyPlans.css';

/** `/sager/:caseId/sikkerhedsplaner`: the case's plans (status, start, next review) and "Ny sikkerhedsplan". */
export function SafetyPlansPage() {
  const { t } = useTranslation('safetyPlans');
  usePageTitle(t('list.heading'));
  const parsed = CaseParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('list.heading')}</PageHeading>
        <ErrorBanner error={null} heading={t('list.loadError')} />
      </>
    );
  }
  return <PlansList key={parsed.data.caseId} caseId={parsed.data.caseId} />;
}

function PlansList({ caseId }: { caseId: string }) {
  const { t } = useTranslation('safetyPlans');
  const plans = useSafetyPlans(caseId);
  const items = plans.data?.items ?? [];
  return (
    <>
      <Link to={`/sager/${caseId}`} className="back-link">
        <Icon name="chevron-left" />
        {t('backToCase')}
      </Link>
      <PageHeading>{t('list.heading')}</PageHeading>
      <p className="font-lead">{t('list.intro')}</p>
      <StatusMessage busy={plans.isPending}>{plans.isPending ? t('list.loading') : ''}</StatusMessage>
      {plans.isError && <ErrorBanner error={plans.error} heading={t('list.loadError')} onRetry={() => void plans.refetch()} />}
      {plans.isSuccess && items.length === 0 && <p>{t('list.empty')}</p>}
      {items.length > 0 && <PlansTable caseId={caseId} plans={items} />}
      {plans.data?.can.create && <CreatePlanForm caseId={caseId} />}
    </>
  );
}

function PlansTable({ caseId, plans }: { caseId: string; plans: readonly SafetyPlanSummary[] }) {
  const { t } = useTranslation('safetyPlans');
  const format = useFormatters();
  const captionId = useId();
  const date = (value: string | null) => (value ? format.calendarDate(value) : t('list.none'));
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact">
        <caption id={captionId}>{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.plan')}</th>
            <th scope="col">{t('list.statusColumn')}</th>
            <th scope="col">{t('list.startsOn')}</th>
            <th scope="col">{t('list.nextReview')}</th>
            <th scope="col">{t('list.rules')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">
                <Link to={safetyPlanPaths.editor(caseId, plan.id)}>
                  {t('list.planName')}
                  {plan.immediate ? ` (${t('list.immediateTag')})` : ''}
                </Link>
              </th>
              <td>{t(`status.${plan.status}`)}</td>
              <td>{date(plan.startsOn)}</td>
              <td>{plan.status === 'CLOSED' ? t('list.none') : date(plan.nextReviewOn)}</td>
              <td>{plan.ruleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Ny sikkerhedsplan": immediate or not; the rest is written in the editor. */
function CreatePlanForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation('safetyPlans');
  const headingId = useId();
  const navigate = useNavigate();
  const create = useCreateSafetyPlan(caseId);
  const [immediate, setImmediate] = useState(false);
  return (
    <section className="safety-plan-create" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('create.heading')}</h2>
      {create.isError && <ErrorBanner error={create.error} heading={t('create.error')} />}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ immediate }, { onSuccess: (plan) => void navigate(safetyPlanPaths.editor(caseId, plan.id)) });
        }}
      >
        <CheckboxField label={t('create.immediate')} hint={t('create.immediateHint')} checked={immediate} onChange={setImmediate} />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? (
            <>
              <Spinner /> {t('create.creating')}
            </>
          ) : (
            t('create.submit')
          )}
        </button>
      </form>
    </section>
  );
}
