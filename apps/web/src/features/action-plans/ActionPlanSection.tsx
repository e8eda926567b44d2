import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Barnets plan" on the case page (the action-plan helper fills it in). */
export function ActionPlanSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('actionPlans');
  const headingId = useId();
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="action-plan-section" data-case-id={caseId}>
      <h2 id={headingId}>{t('heading')}</h2>
    </section>
  );
}
