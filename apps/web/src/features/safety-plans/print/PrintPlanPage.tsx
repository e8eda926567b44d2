import { SafetyPlanParams, type SafetyPlanDetail } from '@inddrag/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { documentContentUrl } from '../../../api/documents';
import { useSafetyPlan } from '../../../api/safetyPlans';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { LabelledSection } from '../../../ui/LabelledSection';
import { PageHeading } from '../../../ui/PageHeading';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { safetyPlanPaths } from '../paths';
import './print.css';

/**
 * `/sager/:caseId/sikkerhedsplaner/:planId/udskriv`: the plan for the family and the network, in plain
 * Danish, printable on A4 portrait. Names and relations only: no contact details, never a CPR number.
 */
export function PrintPlanPage() {
  const { t } = useTranslation('safetyPlans');
  usePageTitle(t('print.title'));
  const parsed = SafetyPlanParams.safeParse(useParams());
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
  const { t } = useTranslation('safetyPlans');
  const plan = useSafetyPlan(caseId, planId);
  return (
    <div className="safety-plan-print">
      <p className="no-print safety-plan-buttons">
        <Link to={safetyPlanPaths.editor(caseId, planId)} className="back-link">
          <Icon name="chevron-left" />
          {t('print.back')}
        </Link>
        {plan.data && (
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('print.print')}
          </button>
        )}
      </p>
      <PageHeading>{plan.data ? t('print.heading', { name: plan.data.child.firstName }) : t('print.title')}</PageHeading>
      <StatusMessage busy={plan.isPending}>{plan.isPending ? t('editor.loading') : ''}</StatusMessage>
      {plan.isError && <ErrorBanner error={plan.error} heading={t('editor.loadError')} onRetry={() => void plan.refetch()} />}
      {plan.data && <PrintedPlan plan={plan.data} />}
    </div>
  );
}

function PrintedPlan({ plan }: { plan: SafetyPlanDetail }) {
  const { t } = useTranslation('safetyPlans');
  const format = useFormatters();
  const child = plan.child.firstName;
  const names = (persons: readonly { name: string; relation: string }[]) =>
    persons.length ? persons.map((p) => `${p.name} (${p.relation})`).join(', ') : t('print.noOne');
  return (
    <>
      <p>
        {t('print.status', { status: t(`status.${plan.status}`) })}{' '}
        {plan.startsOn ? t('print.startsOn', { date: format.calendarDate(plan.startsOn) }) : t('print.noStart')}{' '}
        {plan.immediate && t('print.immediate')}
      </p>

      <LabelledSection heading={t('print.worries')}>
        {plan.statements.length === 0 && <p>{t('print.none')}</p>}
        {plan.statements.map((pair) => (
          <div key={pair.id} className="print-worry">
            <h3>{t('print.worry', { number: pair.number })}</h3>
            <dl>
              <dt>{t('print.worryText')}</dt>
              <dd className="print-text">{`${pair.behaviour} ${pair.impactOnChild} ${pair.ifNothingChanges}`}</dd>
              <dt>{t('print.parentsWill')}</dt>
              <dd className="print-text">{pair.goalParentsWill}</dd>
              <dt>{t('print.childWillExperience', { name: child })}</dt>
              <dd className="print-text">{pair.goalChildWillExperience}</dd>
              <dt>{t('print.professionalsWillSee')}</dt>
              <dd className="print-text">{pair.goalProfessionalsWillSee}</dd>
              <dt>{t('print.duration')}</dt>
              <dd>{pair.goalDuration}</dd>
            </dl>
          </div>
        ))}
      </LabelledSection>

      <LabelledSection heading={t('print.rules')}>
        {plan.rules.length === 0 && <p>{t('print.none')}</p>}
        {plan.rules.map((rule, index) => (
          <div key={rule.id} className="print-rule" data-testid="print-rule">
            <h3>{t('print.rule', { number: index + 1 })}</h3>
            <p className="print-text">{rule.text}</p>
            <dl>
              <dt>{t('print.responsible')}</dt>
              <dd>{names(rule.responsible)}</dd>
              <dt>{t('print.monitoredBy')}</dt>
              <dd className="print-text">{rule.monitoredBy}</dd>
              {rule.warningSigns && (
                <>
                  <dt>{t('print.warningSigns')}</dt>
                  <dd className="print-text">{rule.warningSigns}</dd>
                </>
              )}
              <dt>{t('print.ifBroken')}</dt>
              <dd className="print-text">{rule.ifBroken}</dd>
            </dl>
          </div>
        ))}
      </LabelledSection>

      <LabelledSection heading={t('print.network')}>
        {plan.network.length === 0 ? (
          <p>{t('print.none')}</p>
        ) : (
          <ul>
            {plan.network.map((person) => (
              <li key={person.id}>
                {person.name} ({person.relation}){person.role ? ` – ${person.role}` : ''}
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>

      <LabelledSection heading={t('print.checks')}>
        {plan.checks.length === 0 ? (
          <p>{t('print.none')}</p>
        ) : (
          <ul>
            {plan.checks.map((check) => (
              <li key={check.id}>{t('print.checkLine', { who: check.who, what: check.what, schedule: check.schedule })}</li>
            ))}
          </ul>
        )}
      </LabelledSection>

      <LabelledSection heading={t('print.child', { name: child })}>
        {plan.childExplanation ? <p className="print-text">{plan.childExplanation}</p> : <p>{t('print.none')}</p>}
        {plan.images.map((image) => (
          <figure key={image.documentId}>
            <img src={documentContentUrl(plan.caseId, image.documentId)} alt={image.caption ?? image.fileName} />
            {image.caption && <figcaption>{image.caption}</figcaption>}
          </figure>
        ))}
      </LabelledSection>

      <LabelledSection heading={t('print.reviews')}>
        {plan.reviews.length === 0 ? (
          <p>{t('print.none')}</p>
        ) : (
          <ul>
            {plan.reviews.map((review) => (
              <li key={review.id}>
                {review.heldOn
                  ? t('print.reviewHeld', { date: format.calendarDate(review.dueOn) })
                  : t('print.review', { date: format.calendarDate(review.dueOn) })}
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>

      {plan.closureCriteria && (
        <LabelledSection heading={t('print.closure')}>
          <p className="print-text">{plan.closureCriteria}</p>
        </LabelledSection>
      )}
    </>
  );
}
