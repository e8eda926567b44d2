import type { SafetyPlanPerson } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFormValues } from './planForm';

/** After a conflict and reload: what the user had written and not saved, so nothing is lost silently. */
export function UnsavedText({ values, candidates, onDismiss }: { values: PlanFormValues; candidates: readonly SafetyPlanPerson[]; onDismiss: () => void }) {
  const { t } = useTranslation('safetyPlans');
  const headingId = useId();
  const nameOf = (id: string) => candidates.find((c) => c.id === id)?.name ?? id;
  return (
    <section className="safety-plan-unsaved" aria-labelledby={headingId} data-testid="safety-plan-unsaved">
      <h2 id={headingId}>{t('editor.conflict.yourText')}</h2>
      <p className="form-hint">{t('editor.conflict.yourTextHint')}</p>
      <dl>
        {(values.rules ?? []).map((rule, index) => (
          <div key={index}>
            <dt>{t('editor.rules.rule', { number: index + 1 })}</dt>
            <dd>
              {rule.text}
              {(rule.responsiblePersonIds ?? []).length > 0 && ` (${(rule.responsiblePersonIds ?? []).map(nameOf).join(', ')})`}
              {rule.monitoredBy && ` – ${t('editor.rules.monitoredBy')}: ${rule.monitoredBy}`}
              {rule.warningSigns && ` – ${t('editor.rules.warningSigns')}: ${rule.warningSigns}`}
              {rule.ifBroken && ` – ${t('editor.rules.ifBroken')}: ${rule.ifBroken}`}
            </dd>
          </div>
        ))}
        {(values.checks ?? []).map((check, index) => (
          <div key={`check-${index}`}>
            <dt>{t('editor.checks.check', { number: index + 1 })}</dt>
            <dd>{[check.who, check.what, check.schedule].filter(Boolean).join(' – ')}</dd>
          </div>
        ))}
        {values.childExplanation && (
          <div>
            <dt>{t('editor.child.text')}</dt>
            <dd>{values.childExplanation}</dd>
          </div>
        )}
        {values.closureCriteria && (
          <div>
            <dt>{t('editor.closure.criteria')}</dt>
            <dd>{values.closureCriteria}</dd>
          </div>
        )}
      </dl>
      <button type="button" className="button button-tertiary" onClick={onDismiss}>
        {t('editor.conflict.dismiss')}
      </button>
    </section>
  );
}
