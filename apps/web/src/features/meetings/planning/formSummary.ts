import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { SummaryItem } from '../../../ui/ErrorSummary';
import { fieldIdOf } from './planForm';

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
