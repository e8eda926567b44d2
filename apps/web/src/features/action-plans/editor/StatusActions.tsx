import type { ActionPlanDetail } from '@inddrag/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionPlanKeys,
  isActionPlanConflict,
  useApproveActionPlan,
  useProposeActionPlan,
} from '../../../api/actionPlans';
import { useFormatters } from '../../../i18n/useFormatters';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField } from '../../../ui/TextField';
import { ShareForm } from './ShareForm';

/** "Foreslå til godkendelse" (executors and Myndighed), "Godkend planen" (Myndighed only), sharing. */
export function StatusActions({ plan, unsaved }: { plan: ActionPlanDetail; unsaved: boolean }) {
  const { t } = useTranslation('actionPlans');
  const format = useFormatters();
  const headingId = useId();
  const queryClient = useQueryClient();
  const propose = useProposeActionPlan(plan.caseId, plan.id);
  const approve = useApproveActionPlan(plan.caseId, plan.id);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const failed = propose.error ?? approve.error;
  const onError = (error: unknown) => {
    // Someone changed the plan meanwhile: show the plan as it is now; the user tries again.
    if (isActionPlanConflict(error) && error.current)
      queryClient.setQueryData(actionPlanKeys.detail(plan.caseId, plan.id), error.current);
  };

  return (
    <section className="action-plan-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.heading')}</h2>
      <StatusMessage>{message}</StatusMessage>
      {plan.proposedAt && plan.proposedBy && plan.status !== 'DRAFT' && (
        <p>{t('actions.proposedBy', { name: plan.proposedBy.name, time: format.dateTime(plan.proposedAt) })}</p>
      )}
      {plan.status === 'APPROVED' && plan.approvedAt && (
        <p>
          {t('actions.approvedBy', {
            number: plan.approvedNumber ?? plan.number,
            name: plan.approvedBy?.name ?? '',
            time: format.dateTime(plan.approvedAt),
          })}
        </p>
      )}
      {unsaved && (plan.can.propose || plan.can.approve || plan.can.edit) && (
        <p className="form-hint">{t('actions.saveFirst')}</p>
      )}
      {failed &&
        (isActionPlanConflict(failed) ? (
          <p role="alert">{t('actions.conflict')}</p>
        ) : (
          <ErrorBanner error={failed} heading={t('actions.error')} />
        ))}
      <div className="action-plan-buttons">
        {plan.can.propose && (
          <>
            <p className="form-hint" id={`${headingId}-propose`}>
              {t('actions.proposeHint')}
            </p>
            <button
              type="button"
              className="button button-primary"
              aria-describedby={`${headingId}-propose`}
              disabled={unsaved || propose.isPending}
              onClick={() =>
                propose.mutate(plan.version, { onSuccess: () => setMessage(t('actions.proposed')), onError })
              }
            >
              {propose.isPending ? <Spinner /> : null}{' '}
              {propose.isPending ? t('actions.proposing') : t('actions.propose')}
            </button>
          </>
        )}
      </div>
      {plan.can.approve && (
        <div>
          <TextAreaField
            id={`${headingId}-note`}
            label={t('actions.approveNote')}
            hint={t('actions.approveNoteHint')}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <button
            type="button"
            className="button button-primary"
            disabled={unsaved || approve.isPending}
            onClick={() =>
              approve.mutate(
                { version: plan.version, note: note.trim() || null },
                {
                  onSuccess: () => {
                    setNote('');
                    setMessage(t('actions.approved'));
                  },
                  onError,
                },
              )
            }
          >
            {approve.isPending ? <Spinner /> : null} {approve.isPending ? t('actions.approving') : t('actions.approve')}
          </button>
        </div>
      )}
      <ShareForm plan={plan} unsaved={unsaved} onDone={setMessage} />
    </section>
  );
}
