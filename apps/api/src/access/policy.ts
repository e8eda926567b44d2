import type { CaseRole, UserRole } from '@inddrag/contracts';

/**
 * How far a role's grant reaches for one action.
 * - `team`: cases where the user is on the case team (or holds an active emergency access);
 * - `unit`: also cases held by the user's unit or referred to it and accepted;
 * - `municipality`: every case (or record) of the user's municipality;
 * - `self`: only the user's own records (sessions, profile).
 */
export type Scope = 'self' | 'team' | 'unit' | 'municipality';

export type ActionKind = 'public' | 'authenticated' | 'case' | 'municipality';

export interface PolicyEntry {
  kind: ActionKind;
  description: string;
  grants: Partial<Record<UserRole, Scope>>;
  /** For case actions: which case roles on the team may perform it (default: all). */
  teamRoles?: readonly CaseRole[];
}

const CASE_WORKERS = { CASEWORKER: 'team', EXECUTOR: 'team', PPR: 'team', FACILITATOR: 'team', LEADER: 'unit' } as const;
const WRITERS: readonly CaseRole[] = ['RESPONSIBLE', 'CO_WORKER', 'EXECUTOR', 'FACILITATOR'];

/** The access policy, as data: read by the access hook, by the lists' filters and by the tests. */
export const POLICY = {
  'health.read': { kind: 'public', description: 'Driftsstatus', grants: {} },
  'docs.read': { kind: 'public', description: 'API-dokumentation', grants: {} },
  'auth.login': { kind: 'public', description: 'Log ind', grants: {} },
  'auth.session': { kind: 'authenticated', description: 'Egen session', grants: {} },
  'case.list': { kind: 'case', description: 'Søg i sager', grants: CASE_WORKERS },
  'case.read': { kind: 'case', description: 'Læs en sag', grants: CASE_WORKERS },
  'case.revealCpr': { kind: 'case', description: 'Vis fuldt CPR-nummer', grants: { CASEWORKER: 'team', EXECUTOR: 'team', PPR: 'team', FACILITATOR: 'team' }, teamRoles: WRITERS },
  'case.readAccessLog': { kind: 'case', description: 'Se hvem der har set sagen', grants: { CASEWORKER: 'team', LEADER: 'unit' }, teamRoles: ['RESPONSIBLE', 'CO_WORKER'] },
  'case.update': { kind: 'case', description: 'Ændre sagens oplysninger', grants: { CASEWORKER: 'team', LEADER: 'unit' }, teamRoles: ['RESPONSIBLE', 'CO_WORKER'] },
  'case.history': { kind: 'case', description: 'Se ændringshistorik', grants: CASE_WORKERS },
  'case.manageTeam': { kind: 'case', description: 'Ændre sagens team', grants: { CASEWORKER: 'team', LEADER: 'unit' }, teamRoles: ['RESPONSIBLE'] },
  'case.emergencyAccess': { kind: 'municipality', description: 'Nødadgang (bryd glasset)', grants: { CASEWORKER: 'municipality', LEADER: 'municipality' } },
  'emergencyAccess.review': { kind: 'municipality', description: 'Gennemse nødadgange', grants: { LEADER: 'unit' } },
  'audit.insightExport': { kind: 'municipality', description: 'Indsigt i logning (GDPR art. 15)', grants: { ADMIN: 'municipality' } },
  'audit.userActivity': { kind: 'municipality', description: 'En brugers aktivitet', grants: { ADMIN: 'municipality' } },
  'user.manage': { kind: 'municipality', description: 'Administrere brugere', grants: { ADMIN: 'municipality' } },
  'unit.list': { kind: 'authenticated', description: 'Se enheder', grants: {} },
  'user.directory': { kind: 'authenticated', description: 'Se kolleger (navn, rolle og enhed)', grants: {} },
} as const satisfies Record<string, PolicyEntry>;

export type Action = keyof typeof POLICY;
