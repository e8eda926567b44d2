/** Warn this long before the session ends for inactivity. */
export const IDLE_WARNING_MS = 2 * 60_000;

/**
 * When the server will end the session: `idleTimeoutSeconds` after the last request it saw, but
 * never later than the absolute expiry. The server's own clock starts at or before our
 * `lastActivityAt`, so this is never earlier than the real end.
 */
export function sessionDeadline(lastActivityAt: number, idleTimeoutSeconds: number, expiresAt: string): number {
  const idleEnd = lastActivityAt + idleTimeoutSeconds * 1000;
  const absoluteEnd = Date.parse(expiresAt);
  return Number.isNaN(absoluteEnd) ? idleEnd : Math.min(idleEnd, absoluteEnd);
}

export type IdleState = { kind: 'active' } | { kind: 'warning'; minutesLeft: number } | { kind: 'expired' };

export function idleState(now: number, deadline: number, warnBeforeMs: number = IDLE_WARNING_MS): IdleState {
  const left = deadline - now;
  if (left <= 0) return { kind: 'expired' };
  if (left <= warnBeforeMs) return { kind: 'warning', minutesLeft: Math.max(1, Math.ceil(left / 60_000)) };
  return { kind: 'active' };
}
