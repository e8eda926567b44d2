import type { ActionPlanDetail } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/useFormatters';
import { StatusMessage } from '../../../ui/StatusMessage';
import { FollowUpForm } from './FollowUpForm';

/** The plan's follow-ups, newest first, and "Registrér en opfølgning" for an approved plan. */
export function FollowUpPanel({ plan }: { plan: ActionPlanDetail }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const goalText = new Map(plan.goals.map((goal, index) => [goal.id, `${index + 1}. ${goal.goal}`]));
  const past = [...plan.followUps].sort((a, b) => b.heldOn.localeCompare(a.heldOn));

  return (
    <section className="action-plan-panel" aria-labelledby={headingId} data-testid="follow-ups">
      <h2 id={headingId}>{t('followUp.heading')}</h2>
      <StatusMessage>{message}</StatusMessage>
      {plan.status !== 'APPROVED' && <p>{t('followUp.onlyApproved')}</p>}
      {plan.can.followUp && !open && (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setMessage('');
            setOpen(true);
          }}
        >
          {t('followUp.start')}
        </button>
      )}
      {open && (
        <FollowUpForm
          plan={plan}
          onCancel={() => setOpen(false)}
          onDone={(text) => {
            setOpen(false);
            setMessage(text);
          }}
        />
      )}
      <h3>{t('followUp.pastHeading')}</h3>
      {past.length === 0 && <p>{t('followUp.none')}</p>}
      <ul className="nobullet-list">
        {past.map((followUp) => (
          <li key={followUp.id} className="action-plan-goal">
            <p>
              <strong>
                {t('followUp.past', {
                  date: format.calendarDate(followUp.heldOn),
                  decision: t(`decision.${followUp.decision}`),
                })}
              </strong>
              {followUp.nextFollowUpOn && (
                <> · {t('followUp.pastNext', { date: format.calendarDate(followUp.nextFollowUpOn) })}</>
              )}
            </p>
            <p>{t('followUp.pastBy', { name: followUp.createdBy.name })}</p>
            <p>{followUp.childView}</p>
            <ul>
              {followUp.goals.map((goal) => (
                <li key={goal.goalId}>
                  {t('followUp.pastGoal', {
                    goal: goalText.get(goal.goalId) ?? '',
                    progress: t(`progress.${goal.progress}`),
                  })}
                  {goal.score !== null && t('followUp.pastScore', { score: goal.score })}
                  {goal.note ? ` – ${goal.note}` : ''}
                </li>
              ))}
            </ul>
            {followUp.decisionNote && <p>{followUp.decisionNote}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
