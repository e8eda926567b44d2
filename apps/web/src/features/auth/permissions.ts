import type { CurrentUser } from '@inddrag/contracts';

/**
 * The policy actions (apps/api/src/access/policy.ts) the web shows or hides things by. The API
 * still decides every request; these only keep the user from seeing buttons they cannot use.
 */
export type Permission =
  | 'case.list'
  | 'case.mine'
  | 'case.read'
  | 'case.revealCpr'
  | 'case.readAccessLog'
  | 'case.update'
  | 'case.history'
  | 'case.manageTeam'
  | 'case.emergencyAccess'
  | 'emergencyAccess.review'
  | 'user.manage'
  | 'referral.receive'
  | 'municipality.settings'
  | 'user.directory'
  | 'meeting.read';

export function hasPermission(
  user: Pick<CurrentUser, 'permissions'> | null | undefined,
  permission: Permission,
): boolean {
  return user?.permissions.includes(permission) ?? false;
}

/**
 * Where a user lands after login when no `naeste` was given: those who work on cases land on
 * "Mine sager" (their own cases, the next deadline first); a leader, who is rarely on a case
 * team, on the unit's case list.
 */
export function homePathFor(user: Pick<CurrentUser, 'permissions' | 'role'>): string {
  // The coordinator reaches only the conferences he coordinates, never a case.
  if (user.role === 'COORDINATOR') return '/moeder';
  if (hasPermission(user, 'case.mine') && user.role !== 'LEADER') return '/mine-sager';
  if (hasPermission(user, 'case.list')) return '/sager';
  if (hasPermission(user, 'user.manage')) return '/admin/brugere';
  if (hasPermission(user, 'emergencyAccess.review')) return '/noedadgange';
  return '/start';
}
