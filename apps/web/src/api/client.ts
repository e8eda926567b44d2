import { CSRF_HEADER, Problem, ProblemType } from '@inddrag/contracts';
import type { z } from 'zod';
import { ApiError, ClientProblemType } from './ApiError';
import { getCsrfToken, markActivity, notifyCsrfRejected, notifyUnauthorized } from './sessionEvents';

export const API_PREFIX = '/api';

type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * The caller handles the session's own failures itself — a 401 (wrong password at login, no
   * session yet at start-up) and a 403 csrf — so the app is neither sent to the login page nor
   * told to renew the token. Only for the auth calls.
   */
  handlesSessionErrors?: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `/cases` + `{ q: 'x', phase: undefined }` → `/api/cases?q=x`; empty values are left out. */
export function buildUrl(path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return `${API_PREFIX}${path}${qs ? `?${qs}` : ''}`;
}

/**
 * Calls the API and returns the body parsed with the contract schema.
 * Every failure becomes an `ApiError` carrying a `Problem`.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const { method = 'GET', query, body, signal, handlesSessionErrors = false } = options;
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // Every request that changes something proves it comes from our page (double-submit token).
  const csrfToken = getCsrfToken();
  if (!SAFE_METHODS.has(method) && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (cause) {
    // An abort is React Query cancelling the request: let it through unchanged.
    if (signal?.aborted) throw cause;
    throw new ApiError('network', { type: ClientProblemType.network, title: 'Network error', status: 0 }, { cause });
  }

  // Any answer but a 401 means the server saw a live session and restarted its idle clock.
  if (response.status !== 401) markActivity();
  if (!response.ok) {
    const error = await toApiError(response);
    if (!handlesSessionErrors) {
      if (error.status === 401) notifyUnauthorized(error);
      if (isCsrfRejection(error)) notifyCsrfRejected(error);
    }
    throw error;
  }

  const payload: unknown = response.status === 204 ? undefined : await readJson(response);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(
      'invalid-response',
      {
        type: ClientProblemType.invalidResponse,
        title: 'Response does not match the contract',
        status: response.status,
        detail: parsed.error.message,
      },
      { cause: parsed.error },
    );
  }
  return parsed.data;
}

/** 403 csrf: the token sent (or not sent) does not belong to the session the cookie names. */
export function isCsrfRejection(error: ApiError): boolean {
  return error.status === 403 && error.problem.type === ProblemType.csrf;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Turns a failed response into an `ApiError`, keeping the API's problem when it sent one. */
export async function toApiError(response: Response): Promise<ApiError> {
  const payload = await readJson(response).catch(() => undefined);
  const problem = Problem.safeParse(payload);
  if (problem.success) return new ApiError('problem', problem.data, { body: payload });
  return new ApiError('problem', {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  });
}
