import { ProblemType, type FieldError, type Problem } from '@inddrag/contracts';

/**
 * Why a call failed:
 * - `problem`: the API answered with an error (problem+json, or a bare status we wrapped);
 * - `network`: no answer at all (offline, server down, request aborted by the browser);
 * - `invalid-response`: the API answered 2xx but the body did not match the contract.
 */
export type ApiErrorKind = 'problem' | 'network' | 'invalid-response';

/** Client-side problem types for failures that never reached or never came from the API. */
export const ClientProblemType = {
  network: 'urn:inddrag:client:network',
  invalidResponse: 'urn:inddrag:client:invalid-response',
} as const;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when there was no response. */
  readonly status: number;
  readonly problem: Problem;
  /** The whole problem body as the API sent it, with any extension members (e.g. a map save's `conflict`). */
  readonly body: unknown;

  constructor(kind: ApiErrorKind, problem: Problem, options?: { cause?: unknown; body?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.kind = kind;
    this.status = problem.status;
    this.problem = problem;
    this.body = options?.body ?? problem;
  }

  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }

  get isUnauthorized(): boolean {
    return this.status === 401 || this.problem.type === ProblemType.unauthorized;
  }

  /** Field errors keyed by path, for mapping into a form. */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
