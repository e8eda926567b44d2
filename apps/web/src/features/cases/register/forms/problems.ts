import { ProblemType } from '@inddrag/contracts';
import { isApiError } from '../../../../api/ApiError';

/** 422: a domain rule refused the step; the API's `detail` says why (in Danish). */
export function isRuleViolation(error: unknown): boolean {
  return isApiError(error) && (error.status === 422 || error.problem.type === ProblemType.rule);
}

/** 409 caseExists: the child already has an open case (the detail names its number). */
export function isCaseExists(error: unknown): boolean {
  return isApiError(error) && error.problem.type === ProblemType.caseExists;
}

/** The case number the caseExists detail names, e.g. "… åben sag (2026-0012). …" → "2026-0012". */
export function caseNumberIn(detail: string | undefined): string | null {
  return detail?.match(/\b\d{4}-\d{3,}\b/)?.[0] ?? null;
}
