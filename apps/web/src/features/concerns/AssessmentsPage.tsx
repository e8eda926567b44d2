import { CaseParams, type SafetyAssessmentSummary } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCaseConcerns, useSafetyAssessments } from '../../api/concerns';
import { useFormatters } from '../../i18n/useFormatters';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Icon } from '../../ui/Icon';
import { PageHeading } from '../../ui/PageHeading';
import { StatusMessage } from '../../ui/StatusMessage';
import { usePageTitle } from '../../ui/usePageTitle';
import { AssessmentForm } from './AssessmentForm';
import { concernPaths } from './paths';
import './concerns.css';

/** `/sager/:caseId/kortlaegninger`: the case's assessments and "Ny kortlægning". */
export function AssessmentsPage() {
  const { t } = useTranslation('concerns');
  usePageTitle(t('assessments.heading'));
  const parsed = CaseParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('assessments.heading')}</PageHeading>
        <ErrorBanner error={null} heading={t('assessments.loadError')} />
      </>
    );
  }
  return <Assessments key={parsed.data.caseId} caseId={parsed.data.caseId} />;
}

function Assessments({ caseId }: { caseId: string }) {
  const { t } = useTranslation('concerns');
  const navigate = useNavigate();
  const list = useSafetyAssessments(caseId);
  const concerns = useCaseConcerns(caseId);
  const [creating, setCreating] = useState(false);
  const items = list.data?.items ?? [];
  return (
    <>
      <Link to={`/sager/${caseId}`} className="back-link">
        <Icon name="chevron-left" />
        {t('page.backToCase')}
      </Link>
      <PageHeading>{t('assessments.heading')}</PageHeading>
      <p className="font-lead">{t('assessments.intro')}</p>
      <p>
        <Link to={concernPaths.concerns(caseId)}>{t('assessments.concernsLink')}</Link>
      </p>
      <StatusMessage busy={list.isPending}>{list.isPending ? t('assessments.loading') : ''}</StatusMessage>
      {list.isError && <ErrorBanner error={list.error} heading={t('assessments.loadError')} onRetry={() => void list.refetch()} />}
      {list.isSuccess && items.length === 0 && <p>{t('assessments.empty')}</p>}
      {items.length > 0 && <AssessmentTable caseId={caseId} items={items} />}
      {list.data?.can.edit && !creating && (
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          {t('assessments.create')}
        </button>
      )}
      {creating && concerns.data && (
        <AssessmentForm
          caseId={caseId}
          assessment={null}
          statements={concerns.data.statements}
          onSaved={(created) => void navigate(concernPaths.assessment(caseId, created.id))}
          onCancel={() => setCreating(false)}
        />
      )}
      {creating && concerns.isError && <ErrorBanner error={concerns.error} heading={t('page.loadError')} />}
    </>
  );
}

function AssessmentTable({ caseId, items }: { caseId: string; items: readonly SafetyAssessmentSummary[] }) {
  const { t } = useTranslation('concerns');
  const format = useFormatters();
  const captionId = useId();
  return (
    <div className="table--responsive-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table table--compact">
        <caption id={captionId}>{t('assessments.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessments.date')}</th>
            <th scope="col">{t('assessments.purpose')}</th>
            <th scope="col">{t('assessments.by')}</th>
            <th scope="col">{t('assessments.version')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={concernPaths.assessment(caseId, item.id)}>{format.calendarDate(item.assessedOn)}</Link>
              </th>
              <td>{item.purpose}</td>
              <td>{`${item.createdBy.name}, ${item.createdUnit.name}`}</td>
              <td>{item.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
