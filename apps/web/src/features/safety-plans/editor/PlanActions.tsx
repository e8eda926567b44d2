import type { SafetyPlanDetail } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { useActivateSafetyPlan } from '../../../api/safetyPlans';
import { copenhagenToday } from '../../../i18n/today';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Icon } from '../../../ui/Icon';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { ClosePlanForm } from './ClosePlanForm';
import { HoldReviewForm } from './HoldReviewForm';

type Open = { kind: 'none' } | { kind: 'hold'; reviewId: string } | { kind: 'close' };

/** The plan's status actions: "Sæt i kraft", the reviews with "Gennemfør opfølgning", "Afslut planen". */
export function PlanActions({ plan, unsaved }: { plan: SafetyPlanDetail; unsaved: boolean }) {
  const { t } = useTranslation('safetyPlans');
  const format = useFormatters();
  const headingId = useId();
  const activate = useActivateSafetyPlan(plan.caseId, plan.id);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [message, setMessage] = useState('');
  const today = copenhagenToday();
  const missing = isApiError(activate.error) ? activate.error.fieldErrors : [];
  const done = (text: string) => {
    setOpen({ kind: 'none' });
    setMessage(text);
  };

  return (
    <section className="safety-plan-actions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.heading')}</h2>
      <StatusMessage>{message}</StatusMessage>
      {plan.status === 'CLOSED' && plan.closedOn && (
        <p>
          {t('actions.closed', { date: format.calendarDate(plan.closedOn), name: plan.closedBy?.name ?? '' })}
          {plan.closureCriteriaMet !== null && (
            <span className="safety-plan-decision">
              {t(plan.closureCriteriaMet ? 'actions.criteriaWereMet' : 'actions.criteriaWereNotMet')}
            </span>
          )}
          {plan.closureDecision && <span className="safety-plan-decision">{plan.closureDecision}</span>}
        </p>
      )}
      {unsaved && plan.status !== 'CLOSED' && (plan.can.edit || plan.can.close) && <p className="form-hint">{t('actions.saveFirst')}</p>}

      {plan.status === 'DRAFT' && plan.can.edit && (
        <div className="safety-plan-activate">
          <p className="form-hint" id={`${headingId}-activate-hint`}>
            {t('actions.activateHint')}
          </p>
          {missing.length > 0 && (
            <div className="alert alert-warning" role="alert">
              <Icon name="warning" className="alert-icon" />
              <div className="alert-body">
                <p className="alert-heading">{t('actions.activateMissing')}</p>
                <ul className="alert-text">
                  {missing.map((problem) => (
                    <li key={`${problem.path}-${problem.message}`}>{problem.message}</li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          {activate.isError && missing.length === 0 && <ErrorBanner error={activate.error} heading={t('actions.activateError')} />}
          <button
            type="button"
            className="button button-primary"
            aria-describedby={`${headingId}-activate-hint`}
            disabled={activate.isPending || unsaved}
            onClick={() => activate.mutate({ version: plan.version }, { onSuccess: () => setMessage(t('actions.activated')) })}
          >
            {activate.isPending ? (
              <>
                <Spinner /> {t('actions.activating')}
              </>
            ) : (
              t('actions.activate')
            )}
          </button>
        </div>
      )}

      {plan.reviews.length > 0 && (
        <>
          <h3>{t('actions.reviews')}</h3>
          <ul className="safety-plan-reviews">
            {plan.reviews.map((review) => (
              <li key={review.id}>
                <strong>{t('actions.reviewDue', { date: format.calendarDate(review.dueOn) })}</strong>
                {review.overdue && <span className="safety-plan-overdue"> {t('actions.overdue')}</span>}
                {review.heldOn && (
                  <span>
                    {' – '}
                    {t('actions.held', { date: format.calendarDate(review.heldOn), name: review.heldBy?.name ?? '' })}
                    {' · '}
                    {t('actions.scores', { count: review.scores.length })}
                  </span>
                )}
                {review.notes && <p className="safety-plan-notes">{review.notes}</p>}
                {!review.heldOn && plan.can.recordScores && review.dueOn <= today && open.kind === 'none' && (
                  <button type="button" className="button button-secondary" disabled={unsaved} onClick={() => setOpen({ kind: 'hold', reviewId: review.id })}>
                    {t('actions.hold')}
                  </button>
                )}
                {open.kind === 'hold' && open.reviewId === review.id && (
                  <HoldReviewForm plan={plan} review={review} onDone={done} onCancel={() => setOpen({ kind: 'none' })} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {plan.can.close && open.kind === 'none' && (
        <button type="button" className="button button-secondary" disabled={unsaved} onClick={() => setOpen({ kind: 'close' })}>
          {t('actions.close')}
        </button>
      )}
      {open.kind === 'close' && <ClosePlanForm plan={plan} onDone={done} onCancel={() => setOpen({ kind: 'none' })} />}
    </section>
  );
}
