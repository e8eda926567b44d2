import type { ApiError } from './ApiError';

/**
 * The API client's link to the session, kept outside React so that every request can use it:
 * the CSRF token it sends on writes, when the server last saw the session, and who to tell when
 * the session has ended (401) or the CSRF token went stale (403 csrf).
 */
type Listener = (error: ApiError) => void;

let csrfToken: string | null = null;
let lastActivityAt = Date.now();
const unauthorizedListeners = new Set<Listener>();
const csrfListeners = new Set<Listener>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** A request reached the API with a live session: the server's idle clock starts again. */
export function markActivity(at: number = Date.now()): void {
  lastActivityAt = at;
}

export function getLastActivityAt(): number {
  return lastActivityAt;
}

export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function onCsrfRejected(listener: Listener): () => void {
  csrfListeners.add(listener);
  return () => csrfListeners.delete(listener);
}

export function notifyUnauthorized(error: ApiError): void {
  for (const listener of unauthorizedListeners) listener(error);
}

export function notifyCsrfRejected(error: ApiError): void {
  for (const listener of csrfListeners) listener(error);
}
