import { zodResolver } from '@hookform/resolvers/zod';
import { CaseParams, MeetingType, Uuid } from '@inddrag/contracts';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useMeetingOptions, usePlanMeeting } from '../../../api/meetings';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Icon } from '../../../ui/Icon';
import { PageHeading } from '../../../ui/PageHeading';
import { Spinner } from '../../../ui/Spinner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { usePageTitle } from '../../../ui/usePageTitle';
import { meetingPaths } from '../paths';
import { usePlanFormErrors } from './formSummary';
import { PlanFields } from './PlanFields';
import {
  newPlanValues,
  PlanForm,
  toPlanRequest,
  type PlanFormOutput,
  type PlanFormValues,
} from './planForm';
import './planning.css';

/** `/sager/:caseId/moeder/nyt`: planning a meeting. */
export function PlanMeetingPage() {
  const { t } = useTranslation('meetings');
  usePageTitle(t('plan.heading'));
  const parsed = CaseParams.safeParse(useParams());
  if (!parsed.success) {
    return (
      <>
        <PageHeading>{t('plan.heading')}</PageHeading>
        <ErrorBanner error={null} heading={t('plan.optionsError')} />
      </>
    );
  }
  return <PlanMeeting caseId={parsed.data.caseId} />;
}

function PlanMeeting({ caseId }: { caseId: string }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const formId = useId().replace(/:/g, '');
  const options = useMeetingOptions(caseId);
  const planMeeting = usePlanMeeting(caseId);
  // ?type=…&followUpOf=… preselect a follow-up (the conference page's "Planlæg opfølgende familierådslagning").
  const [search] = useSearchParams();
  const presetType = MeetingType.safeParse(search.get('type'));
  const presetFollowUp = Uuid.safeParse(search.get('followUpOf'));
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PlanFormValues, unknown, PlanFormOutput>({
    resolver: zodResolver(PlanForm),
    defaultValues: {
      ...newPlanValues(presetType.success ? presetType.data : undefined),
      ...(presetFollowUp.success ? { followUpOfId: presetFollowUp.data } : {}),
    },
    shouldFocusError: false,
  });
  const formErrors = usePlanFormErrors(formId, errors, setError);

  const submit = handleSubmit(
    (values) => {
      formErrors.clearServerErrors();
      planMeeting.mutate(toPlanRequest(values), {
        onSuccess: (meeting) => void navigate(meetingPaths.meeting(meeting.id)),
        onError: (error) => {
          formErrors.onServerError(error);
        },
      });
    },
    formErrors.onInvalid,
  );
  const { items, attempt } = formErrors;
  const otherError =
    planMeeting.isError && !(isApiError(planMeeting.error) && planMeeting.error.fieldErrors.length > 0);

  return (
    <div className="meeting-planning">
      <Link to={meetingPaths.caseList(caseId)} className="back-link">
        <Icon name="chevron-left" />
        {t('list.back')}
      </Link>
      <PageHeading>{t('plan.heading')}</PageHeading>
      <p>{t('plan.intro')}</p>
      <StatusMessage busy={options.isPending}>{options.isPending ? t('plan.loadingOptions') : ''}</StatusMessage>
      {options.isError && (
        <ErrorBanner error={options.error} heading={t('plan.optionsError')} onRetry={() => void options.refetch()} />
      )}
      <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('plan.heading')}>
        {items.length > 0 && attempt > 0 && (
          <ErrorSummary heading={t('plan.errorsHeading')} items={items} focusKey={attempt} />
        )}
        {otherError && <ErrorBanner error={planMeeting.error} heading={t('plan.saveError')} />}
        <PlanFields
          formId={formId}
          control={control}
          register={register}
          errors={errors}
          options={options.data}
          isNew
        />
        <div className="meeting-buttons">
          <button type="submit" className="button button-primary" disabled={planMeeting.isPending}>
            {planMeeting.isPending ? (
              <>
                <Spinner /> {t('plan.saving')}
              </>
            ) : (
              t('plan.submit')
            )}
          </button>
          <Link to={meetingPaths.caseList(caseId)}>{t('plan.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
