import { zodResolver } from '@hookform/resolvers/zod';
import type { ActionPlanDetail } from '@inddrag/contracts';
import { useEffect, useId, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/ApiError';
import { isActionPlanConflict, useCreateActionPlan, useSaveActionPlan } from '../../../api/actionPlans';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { ErrorSummary, type SummaryItem } from '../../../ui/ErrorSummary';
import { Spinner } from '../../../ui/Spinner';
import { TextAreaField } from '../../../ui/TextField';
import { ConflictNotice } from './ConflictNotice';
import { GoalsFieldset } from './GoalsFieldset';
import { NetworkSection, PlanBasics } from './PlanBasics';
import {
  applyServerErrors,
  emptyPlanValues,
  fieldIdOf,
  formValuesOf,
  PlanForm as PlanFormSchema,
  toPlanInput,
  toSaveRequest,
  type PlanFormOutput,
  type PlanFormValues,
} from './planForm';
import { rebaseOnto } from './taskSources';
import type { usePlanOptions } from './usePlanOptions';

interface PlanFormProps {
  caseId: string;
  /** The plan as loaded; null when starting the case's plan. */
  plan: ActionPlanDetail | null;
  options: ReturnType<typeof usePlanOptions>;
  onDirtyChange?: (dirty: boolean) => void;
  onSaved: (plan: ActionPlanDetail) => void;
}

/** Every message of the client-side validation, with the id of its field, for the error summary. */
function summaryOf(errors: FieldErrors<PlanFormValues>, formId: string): SummaryItem[] {
  const items: SummaryItem[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && path)
      items.push({ fieldId: fieldIdOf(formId, path.replace(/\.root$/, '')), message });
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref' || key === 'message' || key === 'type' || key === 'types') continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return items;
}

/** The plan as one form: the whole document is saved at once as the plan's next version. */
export function PlanForm({ caseId, plan, options, onDirtyChange, onSaved }: PlanFormProps) {
  const { t } = useTranslation('actionPlans');
  const formId = `plan${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const create = useCreateActionPlan(caseId);
  const save = useSaveActionPlan(caseId, plan?.id ?? '');
  const write = plan ? save : create;
  const [attempt, setAttempt] = useState(0);
  const [serverItems, setServerItems] = useState<SummaryItem[]>([]);
  const [serverMessage, setServerMessage] = useState<string | undefined>();
  /** The other person's version after a refused save; the next save builds on it. */
  const [conflict, setConflict] = useState<ActionPlanDetail | null>(null);
  const disabled = plan ? !plan.can.edit : false;

  const { control, register, handleSubmit, setError, setValue, getValues, reset, formState } = useForm<
    PlanFormValues,
    unknown,
    PlanFormOutput
  >({
    resolver: zodResolver(PlanFormSchema),
    defaultValues: plan ? formValuesOf(plan) : emptyPlanValues(),
    shouldFocusError: false,
  });
  const { errors, isDirty } = formState;
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);
  // A status action answers a new version of the plan: start from it unless the user is editing.
  const planVersion = plan?.version;
  useEffect(() => {
    if (plan && !formState.isDirty) reset(formValuesOf(plan));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [planVersion]);

  const failed = (error: unknown) => {
    const items = applyServerErrors(error, setError);
    setServerItems(
      items.flatMap((item) => (item.path ? [{ fieldId: fieldIdOf(formId, item.path), message: item.message }] : [])),
    );
    const unplaced = items.filter((item) => !item.path).map((item) => item.message);
    setServerMessage(unplaced.length > 0 ? unplaced.join(' ') : undefined);
    setAttempt((n) => n + 1);
  };

  const submit = handleSubmit(
    (values) => {
      setServerItems([]);
      setServerMessage(undefined);
      const done = (saved: ActionPlanDetail) => {
        setConflict(null);
        reset(formValuesOf(saved));
        onSaved(saved);
      };
      if (!plan) {
        create.mutate(toPlanInput(values), { onSuccess: done, onError: failed });
        return;
      }
      const request = toSaveRequest(values, conflict?.version ?? plan.version);
      save.mutate(conflict ? rebaseOnto(request, conflict) : request, {
        onSuccess: done,
        onError: (error) => {
          if (isActionPlanConflict(error)) setConflict(error.current);
          else failed(error);
        },
      });
    },
    () => setAttempt((n) => n + 1),
  );

  const clientItems = summaryOf(errors, formId).filter((item) => !serverItems.some((s) => s.message === item.message));
  const items = [...serverItems, ...clientItems];
  const otherError =
    write.isError &&
    !isActionPlanConflict(write.error) &&
    !(isApiError(write.error) && write.error.fieldErrors.length > 0);
  const parts = { formId, control, register, setValue, getValues, errors, disabled, options };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-label={t('planName')} className="action-plan-form">
      {attempt > 0 && (items.length > 0 || serverMessage) && (
        <ErrorSummary heading={t('editor.errorsHeading')} items={items} message={serverMessage} focusKey={attempt} />
      )}
      {otherError && <ErrorBanner error={write.error} heading={t('editor.saveError')} />}
      {conflict && <ConflictNotice current={conflict} />}
      <PlanBasics {...parts} />
      <GoalsFieldset {...parts} />
      <NetworkSection {...parts} />
      {!disabled && (
        <div className="action-plan-savebar">
          {plan && (
            <TextAreaField
              id={fieldIdOf(formId, 'changeNote')}
              label={t('editor.changeNote')}
              hint={t('editor.changeNoteHint')}
              error={errors.changeNote?.message}
              rows={2}
              {...register('changeNote')}
            />
          )}
          {plan && plan.status !== 'DRAFT' && <p className="form-hint">{t('editor.savedProposedNote')}</p>}
          <button type="submit" className="button button-primary" disabled={write.isPending}>
            {write.isPending ? (
              <>
                <Spinner /> {t('editor.saving')}
              </>
            ) : conflict ? (
              t('editor.conflict.retry', { number: conflict.number })
            ) : plan ? (
              t('editor.save')
            ) : (
              t('editor.create')
            )}
          </button>
        </div>
      )}
    </form>
  );
}
