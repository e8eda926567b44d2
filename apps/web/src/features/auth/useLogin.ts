import type { LoginRequest } from '@inddrag/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { authKeys, login } from '../../api/auth';
import { homePathFor } from './permissions';
import { NEXT_PARAM, sanitizeNext } from './redirect';

/** Logs in, then goes back to `naeste` (a path on this site) or to the user's start page. */
export function useLogin() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = sanitizeNext(search.get(NEXT_PARAM));

  return useMutation({
    mutationFn: (credentials: LoginRequest) => login(credentials),
    onSuccess: (session) => {
      // Nothing a previous user fetched in this tab may be shown to the new one.
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.session, session);
      navigate(next ?? homePathFor(session.user), { replace: true, state: { focusHeading: true } });
    },
  });
}
