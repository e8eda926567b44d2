import { useState } from 'react';
import type { FieldErrors, FieldValues, UseFormSetError } from 'react-hook-form';
import type { SummaryItem } from '../../../ui/ErrorSummary';
import { applyServerErrors, fieldIdOf, type PlanFormValues } from './planForm';

/** Every message of a form's errors, with the id of its field, for the error summary. */
export function summaryOf<T extends FieldValues>(errors: FieldErrors<T>, formId: string): SummaryItem[] {
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

/**
 * The planning forms' error summary: the server's field errors (mapped into the form) and the
 * form's own, with a key that moves focus to the summary after each failed attempt.
 */
export function usePlanFormErrors(formId: string, errors: FieldErrors<PlanFormValues>, setError: UseFormSetError<PlanFormValues>) {
  const [attempt, setAttempt] = useState(0);
  const [serverItems, setServerItems] = useState<SummaryItem[]>([]);
  const clientItems = summaryOf(errors, formId).filter((item) => !serverItems.some((s) => s.message === item.message));
  return {
    attempt,
    items: [...serverItems, ...clientItems],
    clearServerErrors: () => setServerItems([]),
    onInvalid: () => setAttempt((n) => n + 1),
    onServerError: (error: unknown) => {
      const items = applyServerErrors(error, setError);
      setServerItems(items.map((item) => ({ fieldId: fieldIdOf(formId, item.path ?? 'purpose'), message: item.message })));
      setAttempt((n) => n + 1);
    },
  };
}
