import type { CurrentUser } from '@inddrag/contracts';

/**
 * The policy actions (apps/api/src/access/policy.ts) the web shows or hides things by. The API
 * still decides every request; these only keep the user from seeing buttons they cannot use.
 */
export type Permission =
  | 'case.list'
  | 'case.read'
  | 'case.revealCpr'
  | 'case.readAccessLog'
  | 'case.update'
  | 'case.history'
  | 'case.manageTeam'
  | 'case.emergencyAccess'
  | 'emergencyAccess.review'
  | 'user.manage'
  | 'user.directory';

export function hasPermission(
  user: Pick<CurrentUser, 'permissions'> | null | undefined,
  permission: Permission,
): boolean {
  return user?.permissions.includes(permission) ?? false;
}

/** Where a user lands after login when no `naeste` was given. */
export function homePathFor(user: Pick<CurrentUser, 'permissions'>): string {
  if (hasPermission(user, 'case.list')) return '/sager';
  if (hasPermission(user, 'user.manage')) return '/admin/brugere';
  if (hasPermission(user, 'emergencyAccess.review')) return '/noedadgange';
  return '/start';
}
