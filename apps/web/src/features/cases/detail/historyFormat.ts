import { CasePhase, CaseRole } from '@inddrag/contracts';

/** A changed value, classified so the page can show it in words rather than as raw data. */
export type ChangeValue =
  | { kind: 'empty' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'caseRole'; value: CaseRole }
  | { kind: 'phase'; value: CasePhase }
  | { kind: 'user'; name: string | null }
  | { kind: 'dateTime'; iso: string }
  | { kind: 'text'; text: string };

const USER_FIELDS = new Set(['userId', 'responsibleCaseworkerId']);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Classifies one side of a field change. User ids become names when the page knows them
 * (`names`: user id → name); an unknown id is shown as "another user", never as an id.
 */
export function classifyChangeValue(field: string, value: unknown, names: ReadonlyMap<string, string>): ChangeValue {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (USER_FIELDS.has(field) && typeof value === 'string') return { kind: 'user', name: names.get(value) ?? null };
  if (field === 'role') {
    const role = CaseRole.safeParse(value);
    if (role.success) return { kind: 'caseRole', value: role.data };
  }
  if (field === 'phase') {
    const phase = CasePhase.safeParse(value);
    if (phase.success) return { kind: 'phase', value: phase.data };
  }
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return { kind: 'dateTime', iso: value };
  if (typeof value === 'string' || typeof value === 'number') return { kind: 'text', text: String(value) };
  return { kind: 'text', text: JSON.stringify(value) };
}

/** Known field names have a label in the `cases` messages (history.fields.*). */
export const LABELLED_FIELDS = [
  'honourConflictSuspected',
  'responsibleCaseworkerId',
  'phase',
  'role',
  'userId',
  'removedAt',
] as const;
export type LabelledField = (typeof LABELLED_FIELDS)[number];

export function isLabelledField(field: string): field is LabelledField {
  return (LABELLED_FIELDS as readonly string[]).includes(field);
}

/** Entity types that have a label in the `cases` messages (entity.*). */
export const LABELLED_ENTITIES = [
  'Case',
  'CaseTeamMember',
  'CaseAccessLog',
  'ChangeHistory',
  'EmergencyAccess',
  'InsightExport',
] as const;
export type LabelledEntity = (typeof LABELLED_ENTITIES)[number];

export function isLabelledEntity(entityType: string): entityType is LabelledEntity {
  return (LABELLED_ENTITIES as readonly string[]).includes(entityType);
}
