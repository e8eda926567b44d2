import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { logout } from '../../api/auth';
import { LOGIN_PATH } from './redirect';
import type { LoginLocationState } from './SessionEvents';

/** "Log ud": ends all the user's sessions, forgets every cached answer and goes to the login page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: logout,
    onSuccess: () => {
      const state: LoginLocationState = { notice: 'loggedOut', focusHeading: true };
      navigate(LOGIN_PATH, { replace: true, state });
      queueMicrotask(() => queryClient.removeQueries());
    },
  });
  return { run: () => mutation.mutate(), isPending: mutation.isPending, failed: mutation.isError };
}
