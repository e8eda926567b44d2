import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { authKeys, fetchSession } from '../../api/auth';
import { onCsrfRejected, onUnauthorized, setCsrfToken } from '../../api/sessionEvents';
import { LOGIN_PATH, loginPathFor } from './redirect';

export interface LoginLocationState {
  notice?: 'expired' | 'loggedOut';
  /** Move focus to the login page's heading (the control the user was on is gone). */
  focusHeading?: boolean;
}

/**
 * The root of every route. When any API call answers 401 the session has ended (idle, absolute
 * lifetime, logged out elsewhere, deactivated): forget all cached data and go to the login
 * page, which brings the user back here afterwards. A 403 csrf means the token went stale: fetch
 * a fresh one (once per rejection); the failed action tells the user to try again.
 */
export function SessionEvents() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);

  useEffect(() => {
    locationRef.current = location;
  }, [location]);

  useEffect(() => {
    const stopUnauthorized = onUnauthorized(() => {
      const current = locationRef.current;
      if (current.pathname === LOGIN_PATH) return;
      setCsrfToken(null);
      const state: LoginLocationState = { notice: 'expired', focusHeading: true };
      navigate(loginPathFor(current), { replace: true, state });
      // After leaving the protected pages: nothing of the previous session may stay in memory.
      queueMicrotask(() => queryClient.removeQueries());
    });
    const stopCsrf = onCsrfRejected(() => {
      // Once per rejection; fetchSession stores the new token for the next write.
      queryClient.fetchQuery({ queryKey: authKeys.session, queryFn: () => fetchSession(), staleTime: 0 }).catch(() => {
        // A 401 here is handled like any other: the next request sends the user to the login page.
      });
    });
    return () => {
      stopUnauthorized();
      stopCsrf();
    };
  }, [navigate, queryClient]);

  return <Outlet />;
}
