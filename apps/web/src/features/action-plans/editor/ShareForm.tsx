import { zodResolver } from '@hookform/resolvers/zod';
import { ShareActionPlanRequest, type ActionPlanDetail, OptionalDateInputValue } from '@inddrag/contracts';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isApiError } from '../../../api/ApiError';
import { useShareActionPlan } from '../../../api/actionPlans';
import { copenhagenToday } from '../../../i18n/today';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextAreaField, TextField } from '../../../ui/TextField';

const ShareForm_ = z.object({
  sharedWithChildOn: OptionalDateInputValue,
  sharedWithParentsOn: OptionalDateInputValue,
  childComments: ShareActionPlanRequest.shape.childComments.unwrap().unwrap(),
  parentComments: ShareActionPlanRequest.shape.parentComments.unwrap().unwrap(),
});
type ShareValues = z.input<typeof ShareForm_>;
type ShareField = keyof ShareValues;

/** "Del med barnet og forældrene": the dates the plan was shared and the comments given. */
export function ShareForm({
  plan,
  unsaved,
  onDone,
}: {
  plan: ActionPlanDetail;
  unsaved: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('actionPlans');
  const formId = `share${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const share = useShareActionPlan(plan.caseId, plan.id);
  const [attempt, setAttempt] = useState(0);
  const today = copenhagenToday();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ShareValues, unknown, z.output<typeof ShareForm_>>({
    resolver: zodResolver(ShareForm_),
    defaultValues: {
      sharedWithChildOn: plan.sharedWithChildOn ?? '',
      sharedWithParentsOn: plan.sharedWithParentsOn ?? '',
      childComments: plan.childComments ?? '',
      parentComments: plan.parentComments ?? '',
    },
    shouldFocusError: false,
  });
  if (!plan.can.edit) return null;

  const id = (field: string) => `${formId}-${field}`;
  const submit = handleSubmit(
    (values) =>
      share.mutate(
        {
          version: plan.version,
          sharedWithChildOn: values.sharedWithChildOn || null,
          sharedWithParentsOn: values.sharedWithParentsOn || null,
          childComments: values.childComments || null,
          parentComments: values.parentComments || null,
        },
        {
          onSuccess: () => onDone(t('actions.share.saved')),
          onError: (error) => {
            if (isApiError(error))
              for (const fieldError of error.fieldErrors) {
                const field = fieldError.path.replace(/^body\./, '') as ShareField;
                if (field in ShareForm_.shape) setError(field, { type: 'server', message: fieldError.message });
              }
            setAttempt((n) => n + 1);
          },
        },
      ),
    () => setAttempt((n) => n + 1),
  );
  const items = (Object.keys(ShareForm_.shape) as ShareField[]).flatMap((field) =>
    errors[field]?.message ? [{ fieldId: id(field), message: errors[field].message }] : [],
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby={id('legend')}>
      <h3 id={id('legend')}>{t('actions.share.legend')}</h3>
      {attempt > 0 && items.length > 0 && (
        <ErrorSummary heading={t('actions.share.errorsHeading')} items={items} focusKey={attempt} />
      )}
      {share.isError && items.length === 0 && <ErrorBanner error={share.error} heading={t('actions.error')} />}
      <div className="action-plan-row">
        <TextField
          id={id('sharedWithChildOn')}
          type="date"
          max={today}
          label={t('actions.share.childOn')}
          error={errors.sharedWithChildOn?.message}
          width="m"
          {...register('sharedWithChildOn')}
        />
        <TextField
          id={id('sharedWithParentsOn')}
          type="date"
          max={today}
          label={t('actions.share.parentsOn')}
          error={errors.sharedWithParentsOn?.message}
          width="m"
          {...register('sharedWithParentsOn')}
        />
      </div>
      <TextAreaField
        id={id('childComments')}
        label={t('actions.share.childComments')}
        error={errors.childComments?.message}
        rows={2}
        {...register('childComments')}
      />
      <TextAreaField
        id={id('parentComments')}
        label={t('actions.share.parentComments')}
        error={errors.parentComments?.message}
        rows={2}
        {...register('parentComments')}
      />
      <button type="submit" className="button button-secondary" disabled={unsaved || share.isPending}>
        {share.isPending ? t('actions.share.saving') : t('actions.share.submit')}
      </button>
    </form>
  );
}
