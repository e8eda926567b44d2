import type { CaseRole, UnitKind, UserRole } from '@inddrag/contracts';

/**
 * How far a role's grant reaches for one action.
 * - `team`: cases where the user is on the case team (or holds an active emergency access);
 * - `unit`: also cases held by the user's unit or referred to it and accepted;
 * - `municipality`: every case (or record) of the user's municipality;
 * - `self`: only the user's own records (sessions, profile);
 * - `coordinated`: only the family group conferences the user coordinates (the samordner).
 */
export type Scope = 'self' | 'team' | 'unit' | 'municipality' | 'coordinated';

/** `meeting`: a route with a `:meetingId`, checked against the meeting's case (or its coordinator). */
export type ActionKind = 'public' | 'authenticated' | 'case' | 'meeting' | 'municipality';

export interface PolicyEntry {
  kind: ActionKind;
  description: string;
  grants: Partial<Record<UserRole, Scope>>;
  /** For case actions: which case roles on the team may perform it (default: all). */
  teamRoles?: readonly CaseRole[];
  /**
   * How far a `unit` grant reaches: `held` for authority actions (only cases the unit itself holds),
   * `heldOrReferred` (default) also cases referred to the unit and accepted.
   */
  unitReach?: 'held' | 'heldOrReferred';
  /** The action is only for users whose unit is of one of these kinds (e.g. only Myndighed opens cases). */
  unitKinds?: readonly UnitKind[];
}

const CASE_WORKERS = {
  CASEWORKER: 'team',
  EXECUTOR: 'team',
  PPR: 'team',
  FACILITATOR: 'team',
  LEADER: 'unit',
} as const;
const WRITERS: readonly CaseRole[] = ['RESPONSIBLE', 'CO_WORKER', 'EXECUTOR', 'FACILITATOR'];
/**
 * Authority rights (myndighed): decisions, phases, referral, the case's facts. Myndighed keeps them
 * after a referral; the executor unit's leader and workers never get them.
 */
const AUTHORITY = {
  grants: { CASEWORKER: 'team', LEADER: 'unit' },
  teamRoles: ['RESPONSIBLE', 'CO_WORKER'],
  unitReach: 'held',
} as const;

/** The access policy, as data: read by the access hook, by the lists' filters and by the tests. */
export const POLICY = {
  'health.read': { kind: 'public', description: 'Driftsstatus', grants: {} },
  'docs.read': { kind: 'public', description: 'API-dokumentation', grants: {} },
  'auth.login': { kind: 'public', description: 'Log ind', grants: {} },
  'auth.session': { kind: 'authenticated', description: 'Egen session', grants: {} },
  'case.list': { kind: 'case', description: 'Søg i sager', grants: CASE_WORKERS },
  'case.read': { kind: 'case', description: 'Læs en sag', grants: CASE_WORKERS },
  'case.revealCpr': {
    kind: 'case',
    description: 'Vis fuldt CPR-nummer',
    grants: { CASEWORKER: 'team', EXECUTOR: 'team', PPR: 'team', FACILITATOR: 'team' },
    teamRoles: WRITERS,
  },
  'case.readAccessLog': {
    kind: 'case',
    description: 'Se hvem der har set sagen',
    grants: { CASEWORKER: 'team', LEADER: 'unit' },
    teamRoles: ['RESPONSIBLE', 'CO_WORKER'],
  },
  'case.update': { kind: 'case', description: 'Ændre sagens oplysninger', ...AUTHORITY },
  'case.create': {
    kind: 'municipality',
    description: 'Registrere en underretning og oprette en sag',
    grants: { CASEWORKER: 'unit', LEADER: 'unit' },
    unitKinds: ['MYNDIGHED'],
  },
  'case.changePhase': { kind: 'case', description: 'Flytte sagen til en ny fase', ...AUTHORITY },
  'case.registerNotification': { kind: 'case', description: 'Registrere en underretning på sagen', ...AUTHORITY },
  'case.recordDecision': { kind: 'case', description: 'Registrere en afgørelse', ...AUTHORITY },
  'case.manageParents': { kind: 'case', description: 'Ændre forældremyndighedsindehavere og forældre', ...AUTHORITY },
  'case.linkSiblings': { kind: 'case', description: 'Knytte søskendes sager sammen', ...AUTHORITY },
  'case.assessHonourRisk': { kind: 'case', description: 'Registrere risikovurdering (BL § 18, stk. 3)', ...AUTHORITY },
  'case.refer': { kind: 'case', description: 'Visitere sagen til FamilieCentret eller UngeCentret', ...AUTHORITY },
  'case.timeline': { kind: 'case', description: 'Se sagens tidslinje', grants: CASE_WORKERS },
  'case.readNotes': { kind: 'case', description: 'Læse journalnotater', grants: CASE_WORKERS },
  'case.writeNotes': { kind: 'case', description: 'Skrive journalnotater', grants: CASE_WORKERS, teamRoles: WRITERS },
  'case.readDocuments': { kind: 'case', description: 'Se og hente dokumenter', grants: CASE_WORKERS },
  'case.uploadDocuments': {
    kind: 'case',
    description: 'Vedhæfte dokumenter',
    grants: CASE_WORKERS,
    teamRoles: WRITERS,
  },
  'networkMap.read': { kind: 'case', description: 'Se netværkskort', grants: CASE_WORKERS },
  // Myndighed starts the map; after a referral is accepted the executor team continues it.
  'networkMap.edit': { kind: 'case', description: 'Tegne og ændre netværkskort', grants: CASE_WORKERS, teamRoles: WRITERS },
  'networkMap.manageConsent': {
    kind: 'case',
    description: 'Registrere og tilbagekalde samtykke til kontakt',
    grants: CASE_WORKERS,
    teamRoles: WRITERS,
  },
  // Signs of Safety: Myndighed writes grounds, statements and goals; the executor centre works with
  // them after a referral; PPR may write them too. Closing a safety plan is an authority decision.
  'concerns.read': {
    kind: 'case',
    description: 'Se bekymringsgrundlag, bekymringsudsagn, sikkerhedsmål og kortlægninger',
    grants: CASE_WORKERS,
  },
  'concerns.edit': {
    kind: 'case',
    description: 'Skrive bekymringsgrundlag, bekymringsudsagn, sikkerhedsmål og kortlægninger',
    grants: CASE_WORKERS,
    teamRoles: WRITERS,
  },
  'scaling.record': { kind: 'case', description: 'Registrere skaleringer', grants: CASE_WORKERS, teamRoles: WRITERS },
  'safetyPlan.read': { kind: 'case', description: 'Se sikkerhedsplaner', grants: CASE_WORKERS },
  'safetyPlan.edit': {
    kind: 'case',
    description: 'Udarbejde og følge op på sikkerhedsplaner',
    grants: CASE_WORKERS,
    teamRoles: WRITERS,
  },
  'safetyPlan.close': { kind: 'case', description: 'Beslutte at afslutte en sikkerhedsplan', ...AUTHORITY },
  // Meetings: anyone on the case team who may write plans and runs them (seed 002: anyone on the
  // team may invite); the independent coordinator (samordner) reaches only the conferences he
  // coordinates and nothing else of the case. Approving the family's plan is Myndighed's.
  'meeting.list': { kind: 'case', description: 'Se sagens møder', grants: CASE_WORKERS },
  'meeting.create': {
    kind: 'case',
    description: 'Planlægge et møde',
    grants: CASE_WORKERS,
    teamRoles: WRITERS,
  },
  'meeting.read': {
    kind: 'meeting',
    description: 'Se et møde, dets deltagere, noter og referat',
    grants: { ...CASE_WORKERS, COORDINATOR: 'coordinated' },
  },
  'meeting.edit': {
    kind: 'meeting',
    description: 'Planlægge, invitere til og afholde et møde',
    grants: { ...CASE_WORKERS, COORDINATOR: 'coordinated' },
    teamRoles: WRITERS,
  },
  'meeting.approvePlan': {
    kind: 'meeting',
    description: 'Godkende familiens plan fra en familierådslagning',
    ...AUTHORITY,
  },
  'meeting.mine': { kind: 'authenticated', description: 'Mine møder', grants: {} },
  // The child's action plan: the team writes and proposes it (executors too); Myndighed approves it
  // and holds the BL § 95 follow-up.
  'actionPlan.read': { kind: 'case', description: 'Se barnets plan', grants: CASE_WORKERS },
  'actionPlan.edit': {
    kind: 'case',
    description: 'Udarbejde og foreslå barnets plan',
    grants: CASE_WORKERS,
    teamRoles: WRITERS,
  },
  'actionPlan.approve': { kind: 'case', description: 'Godkende barnets plan', ...AUTHORITY },
  'actionPlan.followUp': { kind: 'case', description: 'Registrere opfølgning (BL § 95)', ...AUTHORITY },
  'referral.receive': {
    kind: 'municipality',
    description: 'Modtage visitationer til egen enhed',
    grants: { LEADER: 'unit' },
    unitKinds: ['FAMILIECENTER', 'UNGECENTER'],
  },
  'case.mine': { kind: 'case', description: 'Mine sager', grants: CASE_WORKERS },
  'case.history': { kind: 'case', description: 'Se ændringshistorik', grants: CASE_WORKERS },
  'case.manageTeam': {
    kind: 'case',
    description: 'Ændre sagens team',
    grants: { CASEWORKER: 'team', LEADER: 'unit' },
    teamRoles: ['RESPONSIBLE'],
  },
  'case.emergencyAccess': {
    kind: 'municipality',
    description: 'Nødadgang (bryd glasset)',
    grants: { CASEWORKER: 'municipality', LEADER: 'municipality' },
  },
  'emergencyAccess.review': { kind: 'municipality', description: 'Gennemse nødadgange', grants: { LEADER: 'unit' } },
  'audit.insightExport': {
    kind: 'municipality',
    description: 'Indsigt i logning (GDPR art. 15)',
    grants: { ADMIN: 'municipality' },
  },
  'audit.userActivity': {
    kind: 'municipality',
    description: 'En brugers aktivitet',
    grants: { ADMIN: 'municipality' },
  },
  'user.manage': { kind: 'municipality', description: 'Administrere brugere', grants: { ADMIN: 'municipality' } },
  'unit.list': { kind: 'authenticated', description: 'Se enheder', grants: {} },
  'user.directory': { kind: 'authenticated', description: 'Se kolleger (navn, rolle og enhed)', grants: {} },
  'alert.own': { kind: 'authenticated', description: 'Egne notifikationer', grants: {} },
  'municipality.settings': {
    kind: 'municipality',
    description: 'Kommunens indstillinger',
    grants: { ADMIN: 'municipality' },
  },
} as const satisfies Record<string, PolicyEntry>;

export type Action = keyof typeof POLICY;
