import type { CurrentUser, SessionInfo } from '@inddrag/contracts';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/ApiError';
import { authKeys, fetchSession } from '../../api/auth';
import { shouldRetry } from '../../api/queryClient';

export interface SessionState {
  session: SessionInfo | null;
  user: CurrentUser | null;
  isPending: boolean;
  /** The API answered 401: nobody is logged in (or the session ended). */
  isUnauthenticated: boolean;
  /** Any other failure (network, server): the session is unknown, not ended. */
  error: unknown;
  refetch: () => void;
}

/**
 * The logged-in user, from GET /auth/me. Fetched once and kept; a 401 anywhere clears it
 * (see SessionEvents). With `fetch: false` it only reads what is cached (the login page).
 */
export function useSession({ fetch = true }: { fetch?: boolean } = {}): SessionState {
  const query = useQuery({
    queryKey: authKeys.session,
    queryFn: ({ signal }) => fetchSession(signal),
    enabled: fetch,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: shouldRetry,
  });
  const isUnauthenticated = isApiError(query.error) && query.error.status === 401;
  return {
    session: query.data ?? null,
    user: query.data?.user ?? null,
    isPending: query.isPending && fetch,
    isUnauthenticated,
    error: isUnauthenticated ? null : query.error,
    refetch: () => void query.refetch(),
  };
}
