/** Audit entity types the admin sees in a user's activity, with a name in the UI. */
export const KNOWN_ENTITY_TYPES = [
  'Case',
  'CaseAccessLog',
  'CaseTeamMember',
  'ChangeHistory',
  'EmergencyAccess',
  'InsightExport',
  'Session',
  'User',
  'UserActivity',
] as const;
export type KnownEntityType = (typeof KNOWN_ENTITY_TYPES)[number];

/** The entity type as a known one, or null: a type added later by the API is shown as it is. */
export function knownEntityType(entityType: string): KnownEntityType | null {
  return (KNOWN_ENTITY_TYPES as readonly string[]).includes(entityType) ? (entityType as KnownEntityType) : null;
}
