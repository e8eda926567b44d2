import { zodResolver } from '@hookform/resolvers/zod';
import type { MeetingDetail, UserRef } from '@inddrag/contracts';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { useUpdateMeetingPlan } from '../../../api/meetingPlanning';
import { useMeetingOptions } from '../../../api/meetings';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Spinner } from '../../../ui/Spinner';
import { useSession } from '../../auth/useSession';
import { usePlanFormErrors } from './formSummary';
import { PlanFields } from './PlanFields';
import {
  PlanForm,
  planValuesOf,
  toPlanRequest,
  type PlanFormOutput,
  type PlanFormValues,
} from './planForm';
import type { ConflictHandler } from './useMeetingConflict';

interface EditPlanFormProps {
  meeting: MeetingDetail;
  onConflict: ConflictHandler;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** "Ret planen": the planning fields with the plan's values; saved with the version it started from. */
export function EditPlanForm({ meeting, onConflict, onDone, onCancel }: EditPlanFormProps) {
  const { t } = useTranslation('meetings');
  const formId = useId().replace(/:/g, '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { user } = useSession({ fetch: false });
  // A coordinator reaches the conference, not the case: he has no planning options to load.
  const options = useMeetingOptions(meeting.caseId, user?.permissions.includes('meeting.create') ?? false);
  const update = useUpdateMeetingPlan(meeting.id);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PlanFormValues, unknown, PlanFormOutput>({
    resolver: zodResolver(PlanForm),
    defaultValues: planValuesOf(meeting),
    shouldFocusError: false,
  });
  const formErrors = usePlanFormErrors(formId, errors, setError);
  useEffect(() => headingRef.current?.focus(), []);

  const current = [meeting.inviter.user, meeting.leader.user, meeting.noteTaker.user, meeting.coordinator].filter(
    (u): u is UserRef => u !== null,
  );
  const submit = handleSubmit(
    (values) => {
      formErrors.clearServerErrors();
      const { type: _type, policeDocumentationOn: _police, followUpOfId: _followUp, ...fields } = toPlanRequest(values);
      update.mutate(
        {
          ...fields,
          coordinatorId: meeting.type === 'FAMILY_GROUP_CONFERENCE' ? (fields.coordinatorId ?? null) : null,
          version: meeting.version,
        },
        {
          onSuccess: (saved) => onDone(t('meeting.planSaved', { version: saved.version })),
          onError: (error) => {
            if (onConflict(error)) return;
            formErrors.onServerError(error);
          },
        },
      );
    },
    formErrors.onInvalid,
  );
  const { items, attempt } = formErrors;
  const otherError =
    update.isError &&
    !(isApiError(update.error) && update.error.fieldErrors.length > 0) &&
    !(isApiError(update.error) && update.error.status === 409);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {t('meeting.editPlan')}
      </h3>
      {items.length > 0 && attempt > 0 && (
        <ErrorSummary heading={t('plan.errorsHeading')} items={items} focusKey={attempt} />
      )}
      {otherError && <ErrorBanner error={update.error} heading={t('plan.saveError')} />}
      <PlanFields
        formId={formId}
        control={control}
        register={register}
        errors={errors}
        options={options.data}
        isNew={false}
        current={current}
      />
      <div className="meeting-buttons">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          {update.isPending ? (
            <>
              <Spinner /> {t('plan.saving')}
            </>
          ) : (
            t('meeting.savePlan')
          )}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('meeting.cancelEdit')}
        </button>
      </div>
    </form>
  );
}
