import type { Control, FieldErrors, UseFormGetValues, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import type { PlanFormValues } from './planForm';
import type { usePlanOptions } from './usePlanOptions';

/** What every part of the plan form gets from it. */
export interface PlanFormParts {
  formId: string;
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  setValue: UseFormSetValue<PlanFormValues>;
  getValues: UseFormGetValues<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  disabled: boolean;
  options: ReturnType<typeof usePlanOptions>;
}

/** A list of tasks in the form: the network section's, or one goal's. */
export type TaskListName = 'networkTasks' | `goals.${number}.tasks`;
