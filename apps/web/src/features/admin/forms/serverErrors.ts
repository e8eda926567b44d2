import { ProblemType, type FieldError } from '@inddrag/contracts';
import { isApiError } from '../../../api/ApiError';

/** Where the API put a field error, as the form's field name: `body.email` → `email`. */
export function formFieldOf(path: string): string | null {
  const [location, ...rest] = path.split('.');
  if (location !== 'body' || rest.length === 0) return null;
  return rest.join('.');
}

export interface SplitFieldErrors<F extends string> {
  /** One message per field of the form, in the order the API sent them. */
  fields: { name: F; message: string }[];
  /** Messages that belong to no field of the form (e.g. `params.userId`), for the error summary. */
  other: string[];
}

/**
 * Sorts the API's field errors into those the form can show next to a field and the rest.
 * A field with several messages keeps the first.
 */
export function splitFieldErrors<F extends string>(
  errors: readonly FieldError[],
  fields: readonly F[],
): SplitFieldErrors<F> {
  const known = new Set<string>(fields);
  const result: SplitFieldErrors<F> = { fields: [], other: [] };
  for (const error of errors) {
    const name = formFieldOf(error.path);
    if (name !== null && known.has(name)) {
      if (!result.fields.some((f) => f.name === name)) result.fields.push({ name: name as F, message: error.message });
    } else if (!result.other.includes(error.message)) {
      result.other.push(error.message);
    }
  }
  return result;
}

/** 409: someone else changed the record since it was read. */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && (error.status === 409 || error.problem.type === ProblemType.conflict);
}

/** A 4xx whose field errors the form can show itself (rather than a general error banner). */
export function hasFieldErrors(error: unknown): boolean {
  return isApiError(error) && error.isClientError && error.fieldErrors.length > 0;
}
