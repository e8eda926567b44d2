import type { CaseWarning, CurrentUser } from '@inddrag/contracts';

/**
 * Who may register a notification and so open a case: caseworkers and leaders in a Myndighed
 * unit (the policy's `case.create`, which also requires the unit kind). The API checks regardless.
 */
export function canCreateCase(user: Pick<CurrentUser, 'permissions' | 'unit'> | null | undefined): boolean {
  return (user?.permissions.includes('case.create') ?? false) && user?.unit?.kind === 'MYNDIGHED';
}

/** What the registration hands the new case page through the navigation state. */
export interface CreatedCaseState {
  created: { caseNumber: string; warnings: CaseWarning[] };
}

/** Reads the navigation state defensively (it survives a reload and may come from anywhere). */
export function createdCaseState(state: unknown): CreatedCaseState['created'] | null {
  if (typeof state !== 'object' || state === null || !('created' in state)) return null;
  const created = (state as { created: unknown }).created;
  if (typeof created !== 'object' || created === null) return null;
  const { caseNumber, warnings } = created as { caseNumber?: unknown; warnings?: unknown };
  if (typeof caseNumber !== 'string') return null;
  const list = Array.isArray(warnings)
    ? warnings.filter(
        (w): w is CaseWarning =>
          typeof w === 'object' && w !== null && typeof (w as CaseWarning).code === 'string' && typeof (w as CaseWarning).message === 'string',
      )
    : [];
  return { caseNumber, warnings: list };
}
