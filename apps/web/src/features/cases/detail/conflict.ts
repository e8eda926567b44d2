import { ProblemType } from '@inddrag/contracts';
import { isApiError } from '../../../api/ApiError';

/** 409: the record changed since the page fetched it (or the change was already made by someone). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && (error.status === 409 || error.problem.type === ProblemType.conflict);
}
