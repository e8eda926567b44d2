import type { NextStep } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Hvad er det næste": the API's next steps, most pressing first, in words. */
export function NextSteps({ steps }: { steps: readonly NextStep[] }) {
  const { t } = useTranslation('caseRegister');
  const headingId = useId();
  return (
    <div className="case-subsection" data-testid="case-next-steps">
      <h3 id={headingId}>{t('nextSteps.heading')}</h3>
      {steps.length === 0 ? (
        <p>{t('nextSteps.none')}</p>
      ) : (
        <ol className="next-steps" aria-labelledby={headingId}>
          {steps.map((step) => (
            <li key={step}>{t(`nextSteps.${step}`)}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
