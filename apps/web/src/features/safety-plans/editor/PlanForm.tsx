import { zodResolver } from '@hookform/resolvers/zod';
import type { SafetyPlanDetail } from '@inddrag/contracts';
import { useEffect, useId, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { isSafetyPlanConflict, useSaveSafetyPlan } from '../../../api/safetyPlans';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../../ui/ErrorSummary';
import { Spinner } from '../../../ui/Spinner';
import { applyServerErrors, fieldIdOf, formValuesOf, PlanForm as PlanFormSchema, toSaveRequest, type PlanFormOutput, type PlanFormValues } from './planForm';
import { ChecksFieldset, ChildFieldset, DatesFieldset, NetworkFieldset, PairsFieldset } from './PlanSections';
import { RulesFieldset } from './RulesFieldset';

interface PlanFormProps {
  plan: SafetyPlanDetail;
  /** A save refused as stale: the user's values, to keep them visible after reloading. */
  onConflict: (values: PlanFormValues, current: SafetyPlanDetail | null) => void;
  /** Reports whether the form has unsaved changes (status actions wait for a save). */
  onDirtyChange: (dirty: boolean) => void;
  /** Called with the saved plan (the page says so: the form itself starts afresh on the new version). */
  onSaved: (plan: SafetyPlanDetail) => void;
}

/** Every message of the client-side validation, with the id of its field, for the error summary. */
function summaryOf(errors: FieldErrors<PlanFormValues>, formId: string): SummaryItem[] {
  const items: SummaryItem[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && path) items.push({ fieldId: fieldIdOf(formId, path.replace(/\.root$/, '')), message });
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref' || key === 'message' || key === 'type' || key === 'types') continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return items;
}

/** The plan as a form: the whole document is saved at once with the version it started from. */
export function PlanForm({ plan, onConflict, onDirtyChange, onSaved }: PlanFormProps) {
  const { t } = useTranslation('safetyPlans');
  const formId = useId().replace(/:/g, '');
  const save = useSaveSafetyPlan(plan.caseId, plan.id);
  const [attempt, setAttempt] = useState(0);
  const [serverItems, setServerItems] = useState<SummaryItem[]>([]);
  const disabled = !plan.can.edit;

  const {
    control,
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isDirty },
  } = useForm<PlanFormValues, unknown, PlanFormOutput>({
    resolver: zodResolver(PlanFormSchema),
    defaultValues: formValuesOf(plan),
    shouldFocusError: false,
  });
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  const submit = handleSubmit(
    (values) => {
      setServerItems([]);
      save.mutate(toSaveRequest(values, plan.version), {
        onSuccess: (saved) => {
          reset(formValuesOf(saved));
          onSaved(saved);
        },
        onError: (error) => {
          if (isSafetyPlanConflict(error)) {
            onConflict(getValues(), error.current);
            return;
          }
          const items = applyServerErrors(error, setError);
          setServerItems(items.map((item) => ({ fieldId: fieldIdOf(formId, item.path ?? 'startsOn'), message: item.message })));
          setAttempt((n) => n + 1);
        },
      });
    },
    () => setAttempt((n) => n + 1),
  );

  const clientItems = summaryOf(errors, formId).filter((item) => !serverItems.some((s) => s.message === item.message));
  const items = [...serverItems, ...clientItems];
  const linked = plan.statements.map((s) => s.id);
  const heldReviews = plan.reviews.filter((r) => r.heldOn !== null).map((r) => r.dueOn);
  const sectionProps = { formId, control, register, errors, disabled };
  const otherError = save.isError && !isSafetyPlanConflict(save.error) && !(isApiError(save.error) && save.error.fieldErrors.length > 0);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('list.planName')} className="safety-plan-form">
      {items.length > 0 && attempt > 0 && <ErrorSummary heading={t('editor.errorsHeading')} items={items} focusKey={attempt} />}
      {otherError && <ErrorBanner error={save.error} heading={t('editor.saveError')} />}
      <PairsFieldset {...sectionProps} caseId={plan.caseId} linked={linked} />
      <RulesFieldset {...sectionProps} candidates={plan.candidates} />
      <NetworkFieldset {...sectionProps} candidates={plan.candidates} />
      <ChecksFieldset {...sectionProps} />
      <ChildFieldset {...sectionProps} caseId={plan.caseId} />
      <DatesFieldset {...sectionProps} heldReviews={heldReviews} />
      {!disabled && (
        <div className="safety-plan-savebar">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? (
              <>
                <Spinner /> {t('editor.saving')}
              </>
            ) : (
              t('editor.save')
            )}
          </button>
        </div>
      )}
    </form>
  );
}
