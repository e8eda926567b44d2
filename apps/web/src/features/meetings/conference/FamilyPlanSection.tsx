import type { MeetingDetail } from '@inddrag/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Conference = NonNullable<MeetingDetail['conference']>;

/** The family's plan and its answers to the questions, to read (written on the meeting screen). */
export function FamilyPlanSection({ conference }: { conference: Conference }) {
  const { t } = useTranslation('conferences');
  const headingId = useId();
  const answersId = useId();
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="conference-plan">
      <h2 id={headingId}>{t('plan.heading')}</h2>
      <p>{t('plan.intro')}</p>
      {conference.familyPlan ? <p className="preserve-lines">{conference.familyPlan}</p> : <p>{t('plan.none')}</p>}
      {conference.questions.length > 0 && (
        <>
          <h3 id={answersId}>{t('plan.answers')}</h3>
          <dl aria-labelledby={answersId}>
            {conference.questions.map((question) => (
              <div key={question.id}>
                <dt>{question.text}</dt>
                <dd className="preserve-lines">{question.answer || t('plan.noAnswer')}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
