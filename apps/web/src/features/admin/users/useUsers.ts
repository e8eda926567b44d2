import type { UserListResponse, UserSummary } from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { adminKeys } from '../api/keys';
import { createUser, fetchUnits, fetchUsers, resetUserPassword, setUserActive, updateUser } from '../api/users';
import { isConflict } from '../forms/serverErrors';

/** The list out of its `{ items }` envelope. */
const toItems = <T>(data: { items: T[] }) => data.items;

export function useUsers() {
  return useQuery({
    queryKey: adminKeys.users(),
    queryFn: ({ signal }) => fetchUsers(signal),
    select: toItems,
  });
}

export function useUnits() {
  return useQuery({
    queryKey: adminKeys.units(),
    queryFn: ({ signal }) => fetchUnits(signal),
    select: toItems,
    staleTime: 5 * 60_000,
  });
}

/** Puts the API's answer into the cached list at once, then refetches the list in the background. */
function storeUser(queryClient: QueryClient, user: UserSummary) {
  queryClient.setQueryData<UserListResponse>(adminKeys.users(), (current) => {
    if (!current) return current;
    const exists = current.items.some((u) => u.id === user.id);
    const items = exists ? current.items.map((u) => (u.id === user.id ? user : u)) : [...current.items, user];
    return { items: items.sort((a, b) => a.name.localeCompare(b.name, 'da')) };
  });
  void queryClient.invalidateQueries({ queryKey: adminKeys.users() });
}

/** A user mutation: the cache follows success; a 409 reloads the list so the row shows the other person's change. */
function useUserMutation<V>(mutationFn: (variables: V) => Promise<UserSummary>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (user) => storeUser(queryClient, user),
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
}

export const useCreateUser = () => useUserMutation(createUser);

export const useUpdateUser = () =>
  useUserMutation((v: { userId: string; body: Parameters<typeof updateUser>[1] }) => updateUser(v.userId, v.body));

export const useSetUserActive = () =>
  useUserMutation((v: { userId: string; body: Parameters<typeof setUserActive>[1] }) =>
    setUserActive(v.userId, v.body),
  );

export const useResetPassword = () =>
  useUserMutation((v: { userId: string; body: Parameters<typeof resetUserPassword>[1] }) =>
    resetUserPassword(v.userId, v.body),
  );

/**
 * Reads one user from the cached list. After a 409 the mutation has already reloaded the list
 * (its onError is awaited before mutateAsync rejects), so this is the other person's version.
 */
export function useCachedUser() {
  const queryClient = useQueryClient();
  return useCallback(
    (userId: string): UserSummary | undefined =>
      queryClient.getQueryData<UserListResponse>(adminKeys.users())?.items.find((u) => u.id === userId),
    [queryClient],
  );
}
