import { SessionInfo, type LoginRequest } from '@inddrag/contracts';
import { z } from 'zod';
import { isApiError } from './ApiError';
import { apiRequest, isCsrfRejection } from './client';
import { setCsrfToken } from './sessionEvents';

export const authKeys = {
  session: ['auth', 'session'] as const,
};

const NoContent = z.unknown();

/** The logged-in user and the session's CSRF token; 401 (ApiError) when nobody is logged in. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo> {
  const info = await apiRequest('/auth/me', SessionInfo, {
    // Start-up without a session is normal: the session guard sends the user to /login itself.
    handlesSessionErrors: true,
    ...(signal ? { signal } : {}),
  });
  setCsrfToken(info.csrfToken);
  return info;
}

/**
 * The API checks the CSRF token whenever the browser still holds a live session cookie – also
 * on POST /auth/login, e.g. in a second tab that has no token yet. Then fetch that session's
 * token once and send the request again.
 */
async function withFreshCsrf<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!(isApiError(error) && isCsrfRejection(error))) throw error;
    // If the session ended in between, the server has cleared the cookie: just send again.
    await fetchSession().catch(() => setCsrfToken(null));
    return send();
  }
}

export async function login(credentials: LoginRequest): Promise<SessionInfo> {
  const info = await withFreshCsrf(() =>
    apiRequest('/auth/login', SessionInfo, { method: 'POST', body: credentials, handlesSessionErrors: true }),
  );
  setCsrfToken(info.csrfToken);
  return info;
}

/** Ends every session of the user (all devices). A 401 means it had already ended: fine too. */
export async function logout(): Promise<void> {
  try {
    await withFreshCsrf(() => apiRequest('/auth/logout', NoContent, { method: 'POST', handlesSessionErrors: true }));
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  } finally {
    setCsrfToken(null);
  }
}
