import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../api/ApiError';

/**
 * Puts the API's field errors (`body.source`, `body.groundIds.0`) on the form's fields, in the
 * API's Danish words. Returns whether any error found a field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!isApiError(error)) return false;
  let placed = false;
  for (const fieldError of error.fieldErrors) {
    const field = fieldError.path.replace(/^body\./, '').split('.')[0] as Path<T>;
    if (fields.includes(field)) {
      setError(field, { type: 'server', message: fieldError.message });
      placed = true;
    }
  }
  return placed;
}
