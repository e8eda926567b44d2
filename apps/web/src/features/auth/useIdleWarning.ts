import type { SessionInfo } from '@inddrag/contracts';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../api/ApiError';
import { fetchSession } from '../../api/auth';
import { getLastActivityAt, notifyUnauthorized } from '../../api/sessionEvents';
import { idleState, sessionDeadline, type IdleState } from './idle';

const CHECK_EVERY_MS = 5_000;
/** Ask the server a moment after our estimate, so the session has surely ended there too. */
const EXPIRY_GRACE_MS = 2_000;

function sameState(a: IdleState, b: IdleState): boolean {
  return a.kind === b.kind && (a.kind !== 'warning' || b.kind !== 'warning' || a.minutesLeft === b.minutesLeft);
}

/**
 * Watches the idle clock of the session. Shortly before the server ends an idle session it
 * returns a warning; `stay()` makes a request, which restarts the server's clock. At the end it
 * asks the server: a 401 sends the user to the login page through the usual route.
 */
export function useIdleWarning(session: SessionInfo) {
  const { idleTimeoutSeconds, expiresAt } = session;
  const [state, setState] = useState<IdleState>({ kind: 'active' });

  useEffect(() => {
    let checkedExpiry = false;
    const check = () => {
      const deadline = sessionDeadline(getLastActivityAt(), idleTimeoutSeconds, expiresAt);
      const next = idleState(Date.now() - EXPIRY_GRACE_MS, deadline);
      setState((current) => (sameState(current, next) ? current : next));
      if (next.kind !== 'expired') {
        checkedExpiry = false;
        return;
      }
      if (checkedExpiry) return;
      checkedExpiry = true;
      fetchSession().catch((error: unknown) => {
        if (isApiError(error) && error.status === 401) notifyUnauthorized(error);
      });
    };
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [idleTimeoutSeconds, expiresAt]);

  const stay = useCallback(() => {
    fetchSession()
      .then(() => setState({ kind: 'active' }))
      .catch((error: unknown) => {
        if (isApiError(error) && error.status === 401) notifyUnauthorized(error);
      });
  }, []);

  return { state, stay };
}
