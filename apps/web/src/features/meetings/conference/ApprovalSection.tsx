import { zodResolver } from '@hookform/resolvers/zod';
import { ApproveFamilyPlanRequest, PlanApproval, type MeetingDetail } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isApiError } from '../../../api/ApiError';
import { useApproveFamilyPlan } from '../../../api/conferences';
import { useFormatters } from '../../../i18n/useFormatters';
import { StatusMessage } from '../../../ui/StatusMessage';
import { TextAreaField } from '../../../ui/TextField';
import { useConflictRecovery, WriteError } from './conferenceWrites';

type Conference = NonNullable<MeetingDetail['conference']>;
type Values = z.input<typeof ApproveFamilyPlanRequest>;
type Output = z.output<typeof ApproveFamilyPlanRequest>;

/** The caseworker's decision on the family's plan: shown to everyone, decided by those who may. */
export function ApprovalSection({ meeting, conference }: { meeting: MeetingDetail; conference: Conference }) {
  const { t } = useTranslation('conferences');
  const format = useFormatters();
  const headingId = useId();
  const [saved, setSaved] = useState(false);
  // Kept here: a conflict reloads the meeting and remounts the form, the message stays.
  const approve = useApproveFamilyPlan(meeting.id);
  const decidable = meeting.can.approvePlan && (meeting.status === 'IN_PROGRESS' || meeting.status === 'HELD');
  return (
    <section className="case-section" aria-labelledby={headingId} data-testid="conference-approval">
      <h2 id={headingId}>{t('approval.heading')}</h2>
      {conference.approval ? (
        <div className={`alert ${conference.approval === 'REJECTED' ? 'alert-warning' : 'alert-success'}`} data-testid="approval-status">
          <div className="alert-body">
            <p className="alert-heading">{t(`approval.status.${conference.approval}`)}</p>
            {conference.approvedBy && conference.approvedAt && (
              <p className="alert-text">{t('approval.decidedBy', { name: conference.approvedBy.name, when: format.dateTime(conference.approvedAt) })}</p>
            )}
            {conference.approvalReason && (
              <p className="alert-text preserve-lines">
                <strong>{t('approval.reason')}:</strong> {conference.approvalReason}
              </p>
            )}
          </div>
        </div>
      ) : (
        <p data-testid="approval-status">{t('approval.status.none')}</p>
      )}
      <StatusMessage>{saved ? t('approval.saved') : ''}</StatusMessage>
      <WriteError error={approve.error} heading={t('approval.error')} />
      {decidable &&
        (conference.familyPlan.trim() ? (
          <ApprovalForm key={meeting.version} meeting={meeting} conference={conference} approve={approve} onSaved={() => setSaved(true)} />
        ) : (
          <p>{t('approval.needsPlan')}</p>
        ))}
    </section>
  );
}

interface FormProps {
  meeting: MeetingDetail;
  conference: Conference;
  approve: ReturnType<typeof useApproveFamilyPlan>;
  onSaved: () => void;
}

function ApprovalForm({ meeting, conference, approve, onSaved }: FormProps) {
  const { t } = useTranslation('conferences');
  const id = useId();
  const recover = useConflictRecovery();
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors },
  } = useForm<Values, unknown, Output>({
    resolver: zodResolver(ApproveFamilyPlanRequest),
    defaultValues: { version: meeting.version, decision: conference.approval ?? undefined, reason: '', revisedPlan: conference.familyPlan },
  });
  const decision = useWatch({ control, name: 'decision' });
  const submit = handleSubmit((values) =>
    approve.mutate(
      { ...values, version: meeting.version, revisedPlan: values.decision === 'REVISED' ? values.revisedPlan : null },
      {
        onSuccess: onSaved,
        onError: (error) => {
          recover(error);
          if (isApiError(error))
            for (const fieldError of error.fieldErrors) {
              const field = fieldError.path.replace(/^body\./, '');
              if (field === 'reason' || field === 'revisedPlan' || field === 'decision') setError(field, { type: 'server', message: fieldError.message });
            }
        },
      },
    ),
  );
  // The shared schema's enum message is not for users: say what to do.
  const decisionError = errors.decision ? t('approval.chooseDecision') : undefined;
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{conference.approval ? t('approval.changeHeading') : t('approval.formHeading')}</h3>
      <fieldset className={decisionError ? 'form-group form-error' : 'form-group'} aria-describedby={decisionError ? `${id}-decision-error` : undefined}>
        <legend className="form-label">{t('approval.decision')}</legend>
        {decisionError && (
          <span className="form-error-message" id={`${id}-decision-error`}>
            {decisionError}
          </span>
        )}
        {PlanApproval.options.map((option) => (
          <div className="form-group-radio" key={option}>
            <input id={`${id}-${option}`} type="radio" className="form-radio" value={option} {...register('decision')} />
            <label className="form-label" htmlFor={`${id}-${option}`}>
              {t(`approval.option.${option}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {decision && decision !== 'APPROVED' && (
        <TextAreaField id={`${id}-reason`} label={t('approval.reasonLabel')} hint={t('approval.reasonHint')} error={errors.reason?.message} rows={3} {...register('reason')} />
      )}
      {decision === 'REVISED' && (
        <TextAreaField id={`${id}-revised`} label={t('approval.revisedPlan')} error={errors.revisedPlan?.message} rows={8} {...register('revisedPlan')} />
      )}
      <button type="submit" className="button button-primary" disabled={approve.isPending}>
        {approve.isPending ? t('approval.saving') : t('approval.submit')}
      </button>
    </form>
  );
}
