// Fixtures for the route-permission and authorization-matrix tests: the app's route table as
// registered, the situations a user can be in towards a case, and what POLICY says each
// situation allows. Everything here derives from POLICY and the registered routes, so a new
// route or policy entry enters the tests without anyone listing it again.
import { createHash, randomUUID } from 'node:crypto';
import dc from 'node:diagnostics_channel';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { CaseRole, UnitKind, UserRole } from '@inddrag/contracts';
import { DEMO_USERS, type PrismaClient } from '@inddrag/db';
import { POLICY, type Action, type PolicyEntry } from '../access/policy';
import { buildApp } from '../app';
import { loadConfig } from '../config';

// ---------------------------------------------------------------------------------------------
// The route table
// ---------------------------------------------------------------------------------------------

export interface RegisteredRoute {
  method: string;
  /** The full path as registered, e.g. `/api/cases/:caseId`. */
  url: string;
  /** `config.access` as the route ended up with it, after every onRoute hook had run. */
  access: string | undefined;
}

/** `GET /api/cases/:caseId` */
export const routeKey = (route: Pick<RegisteredRoute, 'method' | 'url'>) => `${route.method} ${route.url}`;

/**
 * Runs `build` while an onRoute hook records every route of the Fastify instance it creates.
 * The hook is attached through Fastify's documented `fastify.initialization` diagnostics channel,
 * i.e. the moment the instance exists, before any plugin or module registers a route — so no
 * route can slip past it, in the same way none can slip past the auth plugin's own onRoute hook.
 */
export async function recordRoutes<T>(build: () => Promise<T>): Promise<{ result: T; routes: RegisteredRoute[] }> {
  const seen: { method: string[]; url: string; options: RouteOptions }[] = [];
  const channel = dc.channel('fastify.initialization');
  let attached = false;
  const onInit = (message: unknown) => {
    if (attached) return; // only the instance `build` creates first: the app itself
    attached = true;
    const { fastify } = message as { fastify: FastifyInstance };
    fastify.addHook('onRoute', (options) => {
      // Snapshot method and url now (Fastify reuses the object for a prefix's trailing-slash twin);
      // read config later, after the auth plugin's own onRoute hook has had its say.
      seen.push({ method: ([] as string[]).concat(options.method as string | string[]), url: options.url, options });
    });
  };
  channel.subscribe(onInit);
  let result: T;
  try {
    result = await build();
  } finally {
    channel.unsubscribe(onInit);
  }
  if (!attached) throw new Error('recordRoutes: build() created no Fastify instance');
  const routes = seen.flatMap(({ method, url, options }) =>
    method.map((m) => ({ method: m, url, access: (options.config as { access?: string } | undefined)?.access })),
  );
  return { result, routes };
}

/** The real app, built on a database client that is never used: enough to see its routes. */
export async function buildAppWithoutDatabase(): Promise<FastifyInstance> {
  return buildApp({
    config: loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent' }),
    prisma: {} as PrismaClient,
    embeddedDatabase: true,
    expectedMigrations: [],
    logger: false,
  });
}

/** Every route of the real app, as registered (the app is built, made ready, and closed). */
export async function appRouteTable(): Promise<RegisteredRoute[]> {
  const { result: app, routes } = await recordRoutes(buildAppWithoutDatabase);
  try {
    await app.ready();
  } finally {
    await app.close();
  }
  return routes;
}

/**
 * The routes Fastify's router actually holds, read from its radix tree (`printRoutes()`): each
 * line is a path fragment to append to its parent line's path, with the methods ending there.
 */
export function routerRoutes(app: FastifyInstance): { method: string; url: string }[] {
  const tree = app.printRoutes({ includeHooks: false });
  const stack: string[] = [];
  const out: { method: string; url: string }[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const url = (stack[depth - 1] ?? '') + (match[2] ?? '');
    stack[depth] = url;
    stack.length = depth + 1;
    for (const method of (match[3] ?? '')
      .split(',')
      .map((m) => m.trim())
      .filter(Boolean))
      out.push({ method, url });
  }
  return out;
}

export function policyEntry(access: string | undefined): PolicyEntry | undefined {
  return access !== undefined && Object.hasOwn(POLICY, access)
    ? (POLICY as Record<string, PolicyEntry>)[access]
    : undefined;
}

/** A route the per-case check (the auth plugin's preHandler) applies to. */
export const isCaseRoute = (route: RegisteredRoute) =>
  policyEntry(route.access)?.kind === 'case' && route.url.includes(':caseId');

// ---------------------------------------------------------------------------------------------
// Users: one demo user per role, plus a leader of an executor unit for the referral reach
// ---------------------------------------------------------------------------------------------

export interface MatrixUser {
  email: string;
  role: UserRole;
  /** The demo unit key, null for users without a unit (admin, samordner). */
  unit: string | null;
}

const ROLES: UserRole[] = ['ADMIN', 'LEADER', 'CASEWORKER', 'EXECUTOR', 'PPR', 'FACILITATOR', 'COORDINATOR'];

export const MATRIX_USERS: MatrixUser[] = [
  ...ROLES.map((role) => {
    const user = DEMO_USERS.find((u) => u.role === role);
    if (!user) throw new Error(`no demo user has the role ${role}`);
    return { email: user.email, role, unit: user.unit };
  }),
  { email: 'leder.familiecenter@demo.inddrag.dk', role: 'LEADER', unit: 'familiecenter' },
];

export const describeUser = (user: MatrixUser) => `${user.role} ${user.email.split('@')[0]}`;

/** The case roles a user of each role holds on a team (mirrors team-service's eligibility rule). */
const NATURAL_CASE_ROLES: Partial<Record<UserRole, CaseRole[]>> = {
  CASEWORKER: ['RESPONSIBLE', 'CO_WORKER'],
  LEADER: ['CO_WORKER'],
  EXECUTOR: ['EXECUTOR'],
  PPR: ['CO_WORKER'],
  FACILITATOR: ['FACILITATOR'],
};

/**
 * The case role to give `role` on the team when testing `action`: one the action's teamRoles
 * allow (preferring one the user would really hold), so that a refusal can only come from the
 * role's grant, never from the choice of case role.
 */
export function teamRoleFor(action: Action, role: UserRole): CaseRole {
  const entry: PolicyEntry = POLICY[action];
  const natural = NATURAL_CASE_ROLES[role] ?? [];
  if (entry.teamRoles) return natural.find((r) => entry.teamRoles?.includes(r)) ?? (entry.teamRoles[0] as CaseRole);
  return natural[0] ?? 'CO_WORKER';
}

// ---------------------------------------------------------------------------------------------
// Situations and what POLICY says about them
// ---------------------------------------------------------------------------------------------

export const SITUATIONS = {
  team: 'on the case team, with a case role the action allows',
  teamReadOnly: 'on the case team as READ_ONLY',
  removedFromTeam: 'was on the case team, since removed',
  outside: 'not on the team; the case is held by another unit of the municipality and not referred to theirs',
  unitHolds: "not on the team; the case is held by the user's own unit",
  referredAccepted: "not on the team; the case is referred to the user's unit, and the referral accepted",
  referredPending: "not on the team; the case is referred to the user's unit, the referral not yet accepted",
  emergency: 'holds an active emergency access (bryd glasset)',
  emergencyExpired: 'held an emergency access that has expired',
  otherMunicipality: 'on the team (allowed case role) of a case in another municipality',
} as const;

export type Situation = keyof typeof SITUATIONS;

const UNIT_SITUATIONS: Situation[] = ['unitHolds', 'referredAccepted', 'referredPending'];

/** The situations that exist for a user: the unit ones only for users with a unit. */
export function situationsFor(user: MatrixUser): Situation[] {
  return (Object.keys(SITUATIONS) as Situation[]).filter((s) => user.unit !== null || !UNIT_SITUATIONS.includes(s));
}

/** The case role the user holds in a situation, if they are (or were) on the team. */
export function caseRoleIn(situation: Situation, action: Action, role: UserRole): CaseRole | null {
  if (situation === 'team' || situation === 'otherMunicipality' || situation === 'removedFromTeam')
    return teamRoleFor(action, role);
  if (situation === 'teamReadOnly') return 'READ_ONLY';
  return null;
}

/**
 * What POLICY says, read straight from the table:
 * no grant denies all; every reach stops at the municipality's border; `municipality` allows every
 * case of it; `team` allows cases where the user is on the team (restricted to the action's
 * teamRoles when it has them) and, for actions without teamRoles, an active emergency access;
 * `unit` allows that and the cases held by the unit or referred to it and accepted.
 */
const UNIT_KIND_OF: Record<string, UnitKind> = {
  myndighed: 'MYNDIGHED',
  familiecenter: 'FAMILIECENTER',
  ungecenter: 'UNGECENTER',
  ppr: 'PPR',
};

/** An action restricted to some unit kinds (policy `unitKinds`) is granted only to users of such a unit. */
export function policyUnitKindAllows(action: Action, user: Pick<MatrixUser, 'unit'>): boolean {
  const entry: PolicyEntry = POLICY[action];
  if (!entry.unitKinds) return true;
  const kind = user.unit ? UNIT_KIND_OF[user.unit] : undefined;
  return kind !== undefined && entry.unitKinds.includes(kind);
}

export function policyAllows(action: Action, role: UserRole, situation: Situation): boolean {
  const entry: PolicyEntry = POLICY[action];
  const scope = entry.grants[role];
  if (!scope || scope === 'self') return false;
  if (situation === 'otherMunicipality') return false;
  if (scope === 'municipality') return true;
  const caseRole = caseRoleIn(situation, action, role);
  switch (situation) {
    case 'team':
    case 'teamReadOnly':
      return !entry.teamRoles || entry.teamRoles.includes(caseRole as CaseRole);
    case 'emergency':
      return !entry.teamRoles;
    case 'unitHolds':
      return scope === 'unit';
    case 'referredAccepted':
      return scope === 'unit' && entry.unitReach !== 'held';
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The data: a case per (user, situation, case role), each with a bystander on its team
// ---------------------------------------------------------------------------------------------

export interface MatrixWorld {
  municipalityId: string;
  otherMunicipalityId: string;
  unitIds: Record<string, string>;
  /** A Myndighed unit no demo user belongs to: it holds the cases nobody reaches through a unit. */
  foreignUnitId: string;
  otherMunicipalityUnitId: string;
  userIds: Record<string, string>;
  /** Per municipality: a caseworker on every fixture case (the target of team changes) and one to add. */
  bystanderIds: { home: string; other: string };
  addableIds: { home: string; other: string };
}

export interface SituationCase {
  caseId: string;
  caseNumber: string;
  /** The bystander's team membership: what the team PATCH and DELETE routes change. */
  bystanderMemberId: string;
  addableUserId: string;
}

const HOUR = 3_600_000;
let caseCounter = 0;

async function helperUser(prisma: PrismaClient, municipalityId: string, unitId: string, email: string, name: string) {
  return prisma.user.create({
    data: { municipalityId, unitId, email, name, role: 'CASEWORKER', passwordHash: 'not-a-login' },
  });
}

/** Adds to the seeded demo municipality what the matrix needs: a unit nobody's in, another municipality, helpers. */
export async function prepareMatrixWorld(prisma: PrismaClient): Promise<MatrixWorld> {
  const municipality = await prisma.municipality.findUniqueOrThrow({
    where: { code: '0999' },
    include: { units: true },
  });
  const unitIds = Object.fromEntries(
    municipality.units.map((u) => [
      { Myndighedscentret: 'myndighed', FamilieCentret: 'familiecenter', UngeCentret: 'ungecenter', PPR: 'ppr' }[
        u.name
      ] ?? u.name,
      u.id,
    ]),
  );
  const foreign = await prisma.unit.create({
    data: { municipalityId: municipality.id, name: 'Myndighed Nord (matrix)', kind: 'MYNDIGHED' },
  });
  const other = await prisma.municipality.create({ data: { code: '0998', name: 'Anden Kommune (matrix)' } });
  const otherUnit = await prisma.unit.create({
    data: { municipalityId: other.id, name: 'Myndighed (anden kommune)', kind: 'MYNDIGHED' },
  });
  const users = await prisma.user.findMany({
    where: { municipalityId: municipality.id },
    select: { id: true, email: true },
  });
  const userIds = Object.fromEntries(users.map((u) => [u.email, u.id]));
  const bystanderHome = await helperUser(
    prisma,
    municipality.id,
    foreign.id,
    'matrix.bystander@demo.inddrag.dk',
    'Matrix Bystander',
  );
  const addableHome = await helperUser(
    prisma,
    municipality.id,
    foreign.id,
    'matrix.addable@demo.inddrag.dk',
    'Matrix Addable',
  );
  const bystanderOther = await helperUser(
    prisma,
    other.id,
    otherUnit.id,
    'matrix.bystander@anden.example',
    'Anden Bystander',
  );
  const addableOther = await helperUser(
    prisma,
    other.id,
    otherUnit.id,
    'matrix.addable@anden.example',
    'Anden Addable',
  );
  return {
    municipalityId: municipality.id,
    otherMunicipalityId: other.id,
    unitIds,
    foreignUnitId: foreign.id,
    otherMunicipalityUnitId: otherUnit.id,
    userIds,
    bystanderIds: { home: bystanderHome.id, other: bystanderOther.id },
    addableIds: { home: addableHome.id, other: addableOther.id },
  };
}

/** A new case with no team but the bystander, held by `unitId`. */
export async function createBareCase(
  prisma: PrismaClient,
  world: MatrixWorld,
  opts: { municipalityId?: string; unitId?: string; now: Date },
) {
  const municipalityId = opts.municipalityId ?? world.municipalityId;
  const home = municipalityId === world.municipalityId;
  caseCounter += 1;
  const caseNumber = `MATRIX-${String(caseCounter).padStart(4, '0')}`;
  const kase = await prisma.case.create({
    data: {
      municipalityId,
      caseNumber,
      childFirstName: 'Matrix',
      childLastName: `Barn ${caseCounter}`,
      childCpr: `0101154${String(caseCounter % 1000).padStart(3, '0')}`,
      childDateOfBirth: new Date('2015-01-01T00:00:00Z'),
      phase: 'AFDAEKNING',
      awareOn: new Date('2026-10-01T00:00:00Z'),
      responsibleUnitId: opts.unitId ?? (home ? world.foreignUnitId : world.otherMunicipalityUnitId),
      openedAt: new Date(opts.now.getTime() - 30 * 24 * HOUR),
    },
  });
  const bystander = await prisma.caseTeamMember.create({
    data: {
      caseId: kase.id,
      userId: home ? world.bystanderIds.home : world.bystanderIds.other,
      role: 'READ_ONLY',
      addedAt: opts.now,
    },
  });
  return {
    caseId: kase.id,
    caseNumber,
    bystanderMemberId: bystander.id,
    addableUserId: home ? world.addableIds.home : world.addableIds.other,
  };
}

/** The case that puts `user` in `situation` (the case role matters only for the team situations). */
export async function createSituationCase(
  prisma: PrismaClient,
  world: MatrixWorld,
  user: MatrixUser,
  situation: Situation,
  caseRole: CaseRole | null,
  now: Date,
): Promise<SituationCase> {
  const userId = world.userIds[user.email];
  if (!userId) throw new Error(`unknown user ${user.email}`);
  const ownUnitId = user.unit ? world.unitIds[user.unit] : undefined;
  if (UNIT_SITUATIONS.includes(situation) && !ownUnitId) throw new Error(`${situation} needs a user with a unit`);
  const kase = await createBareCase(prisma, world, {
    now,
    ...(situation === 'otherMunicipality' ? { municipalityId: world.otherMunicipalityId } : {}),
    ...(situation === 'unitHolds' ? { unitId: ownUnitId } : {}),
  });
  const member = (role: CaseRole, removedAt: Date | null = null) =>
    prisma.caseTeamMember.create({
      data: { caseId: kase.caseId, userId, role, addedAt: new Date(now.getTime() - 48 * HOUR), removedAt },
    });
  const referral = (status: 'ACCEPTED' | 'SENT') =>
    prisma.referral.create({
      data: {
        caseId: kase.caseId,
        fromUnitId: world.foreignUnitId,
        toUnitId: ownUnitId as string,
        status,
        sentAt: new Date(now.getTime() - 48 * HOUR),
        decidedAt: status === 'ACCEPTED' ? new Date(now.getTime() - 24 * HOUR) : null,
      },
    });
  const emergency = (expiresAt: Date) =>
    prisma.emergencyAccess.create({
      data: {
        caseId: kase.caseId,
        userId,
        unitId: world.foreignUnitId,
        reason: 'Akut henvendelse uden for åbningstid',
        grantedAt: new Date(expiresAt.getTime() - 4 * HOUR),
        expiresAt,
      },
    });
  switch (situation) {
    case 'team':
    case 'teamReadOnly':
    case 'otherMunicipality':
      await member(caseRole as CaseRole);
      break;
    case 'removedFromTeam':
      await member(caseRole as CaseRole, new Date(now.getTime() - HOUR));
      break;
    case 'referredAccepted':
      await referral('ACCEPTED');
      break;
    case 'referredPending':
      await referral('SENT');
      break;
    case 'emergency':
      await emergency(new Date(now.getTime() + 3 * HOUR));
      break;
    case 'emergencyExpired':
      await emergency(new Date(now.getTime() - HOUR));
      break;
    case 'outside':
    case 'unitHolds':
      break;
  }
  return kase;
}

// ---------------------------------------------------------------------------------------------
// Valid requests for every case route, so a 400 can never stand in for an access decision
// ---------------------------------------------------------------------------------------------

export interface MatrixRequest {
  url: string;
  /** A JSON body, or raw bytes (a document upload, sent with its own `headers`). */
  payload?: Record<string, unknown> | Buffer;
  headers?: Record<string, string>;
}

type CaseRequestBuilder = (prisma: PrismaClient, c: SituationCase) => Promise<MatrixRequest>;

const caseUrl = (c: SituationCase, suffix = '') => `/api/cases/${c.caseId}${suffix}`;

/**
 * A valid request for each case route, built from the current state (versions are read fresh,
 * so each write would succeed). The team DELETE removes the bystander: the matrix runs it last.
 */
/** A second case beside `c` in the same municipality and unit, e.g. a sibling's. */
async function siblingCaseOf(prisma: PrismaClient, c: SituationCase) {
  const kase = await prisma.case.findUniqueOrThrow({ where: { id: c.caseId } });
  caseCounter += 1;
  const { id: _id, caseNumber: _n, createdAt: _c, updatedAt: _u, version: _v, ...rest } = kase;
  return prisma.case.create({
    data: { ...rest, caseNumber: `MATRIX-S${String(caseCounter).padStart(4, '0')}`, childFirstName: 'Søskende' },
  });
}

/** The earliest date a phase change on `c` may carry: its last change's, or when the municipality became aware. */
async function phaseChangeDate(prisma: PrismaClient, c: SituationCase): Promise<string> {
  const last = await prisma.casePhaseChange.findFirst({ where: { caseId: c.caseId }, orderBy: { changedOn: 'desc' } });
  const kase = await prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { awareOn: true } });
  return (last?.changedOn ?? kase.awareOn).toISOString().slice(0, 10);
}

const registerPayload = (on: string) => ({
  receivedOn: on,
  source: 'SCHOOL',
  sourceName: 'Matrixskolen',
  content: 'Eleven virker bekymret.',
});

/**
 * Makes `c` referable (a decision on it, not closed, no unassessed honour suspicion — earlier
 * routes of the matrix may have closed it or flagged it) and picks an executor unit it is not
 * already referred to. Where no such unit exists (another municipality) the ids are random:
 * that request never gets past the access check.
 */
async function makeReferable(
  prisma: PrismaClient,
  c: SituationCase,
): Promise<{ decisionId: string; toUnitId: string }> {
  const kase = await prisma.case.findUniqueOrThrow({
    where: { id: c.caseId },
    select: { municipalityId: true, phase: true, honourConflictSuspected: true, honourRiskAssessedOn: true },
  });
  if (kase.phase === 'AFSLUTTET')
    await prisma.case.update({ where: { id: c.caseId }, data: { phase: 'INDSATS', closedAt: null } });
  if (kase.honourConflictSuspected && !kase.honourRiskAssessedOn) {
    await prisma.case.update({
      where: { id: c.caseId },
      data: { honourRiskAssessedOn: new Date('2026-11-01T00:00:00Z') },
    });
  }
  const decision =
    (await prisma.caseDecision.findFirst({ where: { caseId: c.caseId } })) ??
    (await prisma.caseDecision.create({
      data: {
        caseId: c.caseId,
        legalBasis: 'Barnets lov § 32, stk. 1, nr. 3',
        measure: 'Familiebehandling',
        purpose: 'At styrke forældrenes omsorg',
        expectedDuration: '6 måneder',
        decidedOn: new Date('2026-11-01T00:00:00Z'),
      },
    }));
  const active = await prisma.referral.findMany({
    where: { caseId: c.caseId, status: { in: ['SENT', 'ACCEPTED'] } },
    select: { toUnitId: true },
  });
  const unit = await prisma.unit.findFirst({
    where: {
      municipalityId: kase.municipalityId,
      kind: { in: ['FAMILIECENTER', 'UNGECENTER'] },
      id: { notIn: active.map((r) => r.toUnitId) },
    },
  });
  return { decisionId: decision.id, toUnitId: unit?.id ?? randomUUID() };
}

/** A map on `c` with one person and one consent, made by the bystander: what the map routes read and change. */
async function matrixMap(prisma: PrismaClient, c: SituationCase) {
  const existing = await prisma.networkMap.findFirst({
    where: { caseId: c.caseId },
    select: { id: true, version: true, entries: { select: { personId: true, person: { select: { consents: { select: { id: true, version: true }, where: { withdrawnOn: null } } } } } } },
  });
  if (existing && existing.entries[0]?.person.consents[0]) {
    return { mapId: existing.id, version: existing.version, personId: existing.entries[0].personId, consent: existing.entries[0].person.consents[0] };
  }
  const member = await prisma.caseTeamMember.findUniqueOrThrow({ where: { id: c.bystanderMemberId }, select: { userId: true, user: { select: { unitId: true } } } });
  const kase = await prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { responsibleUnitId: true } });
  const person = await prisma.networkPerson.create({
    data: { caseId: c.caseId, name: 'Matrix Mormor', relation: 'mormor', sector: 'FAMILY', createdById: member.userId },
  });
  const consent = await prisma.networkConsent.create({
    data: { personId: person.id, givenBy: 'Mor', scope: 'Kontakt', givenOn: new Date('2026-11-01T00:00:00Z'), recordedById: member.userId },
  });
  const map = await prisma.networkMap.create({
    data: {
      caseId: c.caseId,
      perspective: 'CHILD',
      createdById: member.userId,
      createdUnitId: member.user.unitId ?? kase.responsibleUnitId,
      entries: { create: { personId: person.id, ring: 'INNER', quality: 'SUPPORTIVE', qualityView: 'CHILD' } },
      versions: {
        create: {
          number: 1,
          occasion: 'BFU',
          authorId: member.userId,
          unitId: member.user.unitId ?? kase.responsibleUnitId,
          snapshot: { persons: [], ties: [] },
          personCount: 1,
          privateCount: 1,
          agreementCount: 0,
        },
      },
    },
  });
  return { mapId: map.id, version: map.version, personId: person.id, consent: { id: consent.id, version: consent.version } };
}

/** A note on `c` by the bystander: the matrix's PATCH answers 422 (not the author) to everyone let through. */
async function bystanderNote(prisma: PrismaClient, c: SituationCase) {
  const member = await prisma.caseTeamMember.findUniqueOrThrow({
    where: { id: c.bystanderMemberId },
    select: { userId: true },
  });
  return prisma.caseNote.create({
    data: {
      caseId: c.caseId,
      kind: 'PHONE_CALL',
      occurredOn: new Date('2026-11-01T00:00:00Z'),
      title: 'Matrixnotat',
      body: 'Telefonsamtale med skolen.',
      authorId: member.userId,
    },
  });
}

/** A score on `c` by the bystander, fresh each time: the matrix's withdrawal answers 200 to everyone let through. */
async function bystanderScore(prisma: PrismaClient, c: SituationCase) {
  const member = await prisma.caseTeamMember.findUniqueOrThrow({ where: { id: c.bystanderMemberId }, select: { userId: true, user: { select: { unitId: true } } } });
  const kase = await prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { responsibleUnitId: true } });
  return prisma.scaleScore.create({
    data: {
      caseId: c.caseId,
      scoredOn: new Date('2026-11-01T00:00:00Z'),
      perspective: 'PARENT',
      respondent: 'Mor',
      score: 4,
      question: 'Hvor er I på skalaen?',
      createdById: member.userId,
      createdUnitId: member.user.unitId ?? kase.responsibleUnitId,
    },
    select: { id: true, version: true },
  });
}

/** A ground, a statement/goal pair (with its version row) and an assessment on `c`, by the bystander; made once per case. */
async function matrixConcerns(prisma: PrismaClient, c: SituationCase) {
  const select = { id: true, version: true } as const;
  const existing = await prisma.safetyAssessment.findFirst({ where: { caseId: c.caseId }, select });
  if (existing) {
    return {
      ground: await prisma.concernGround.findFirstOrThrow({ where: { caseId: c.caseId }, select }),
      statement: await prisma.concernStatement.findFirstOrThrow({ where: { caseId: c.caseId }, select }),
      assessment: existing,
    };
  }
  const member = await prisma.caseTeamMember.findUniqueOrThrow({ where: { id: c.bystanderMemberId }, select: { userId: true, user: { select: { unitId: true } } } });
  const kase = await prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { responsibleUnitId: true } });
  const by = { createdById: member.userId, createdUnitId: member.user.unitId ?? kase.responsibleUnitId };
  const ground = await prisma.concernGround.create({
    data: { caseId: c.caseId, kind: 'OBSERVATION', occurredOn: new Date('2026-11-01T00:00:00Z'), source: 'Matrix', description: 'Matrix', ...by },
    select,
  });
  const texts = { whoIsWorried: 'Matrix', behaviour: 'Matrix', impactOnChild: 'Matrix', ifNothingChanges: 'Matrix', goalParentsWill: 'Matrix', goalChildWillExperience: 'Matrix', goalProfessionalsWillSee: 'Matrix', goalDuration: 'Matrix' };
  const statement = await prisma.concernStatement.create({
    data: { caseId: c.caseId, number: 1, kind: 'DANGER', ...texts, ...by, updatedById: by.createdById, updatedUnitId: by.createdUnitId },
    select,
  });
  await prisma.concernStatementVersion.create({
    data: { statementId: statement.id, number: 1, authorId: by.createdById, unitId: by.createdUnitId, snapshot: { kind: 'DANGER', ...texts, familyView: null, groundIds: [], status: 'ACTIVE', statusReason: null } },
  });
  const assessment = await prisma.safetyAssessment.create({
    data: { caseId: c.caseId, assessedOn: new Date('2026-11-01T00:00:00Z'), purpose: 'Matrix', participants: '', harm: '', complicatingFactors: '', strengths: '', existingSafety: '', nextSteps: '', ...by, updatedById: by.createdById },
    select,
  });
  return { ground, statement, assessment };
}

const MATRIX_GROUND = { kind: 'OBSERVATION', occurredOn: '2026-11-01', source: 'Matrix', description: 'Matrix' };
const MATRIX_PAIR = {
  kind: 'DANGER',
  whoIsWorried: 'Matrix',
  behaviour: 'Matrix',
  impactOnChild: 'Matrix',
  ifNothingChanges: 'Matrix',
  goalParentsWill: 'Matrix',
  goalChildWillExperience: 'Matrix',
  goalProfessionalsWillSee: 'Matrix',
  goalDuration: 'Matrix',
};
const MATRIX_ASSESSMENT = { assessedOn: '2026-11-01', purpose: 'Matrix' };

/** The smallest file the upload accepts: a PDF header and trailer. */
const MATRIX_PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

export const CASE_ROUTE_REQUESTS: Record<string, CaseRequestBuilder> = {
  'GET /api/cases/:caseId/network-maps': async (_p, c) => ({ url: caseUrl(c, '/network-maps') }),
  'HEAD /api/cases/:caseId/network-maps': async (_p, c) => ({ url: caseUrl(c, '/network-maps') }),
  'POST /api/cases/:caseId/network-maps': async (_p, c) => ({
    url: caseUrl(c, '/network-maps'),
    payload: { perspective: 'PROFESSIONAL', occasion: 'BFU' },
  }),
  'GET /api/cases/:caseId/network-maps/:mapId': async (prisma, c) => ({ url: caseUrl(c, `/network-maps/${(await matrixMap(prisma, c)).mapId}`) }),
  'HEAD /api/cases/:caseId/network-maps/:mapId': async (prisma, c) => ({ url: caseUrl(c, `/network-maps/${(await matrixMap(prisma, c)).mapId}`) }),
  'PUT /api/cases/:caseId/network-maps/:mapId': async (prisma, c) => {
    const map = await matrixMap(prisma, c);
    return { url: caseUrl(c, `/network-maps/${map.mapId}`), payload: { baseVersion: map.version, occasion: 'OTHER', document: { persons: [], ties: [] } } };
  },
  'GET /api/cases/:caseId/network-maps/:mapId/versions': async (prisma, c) => ({ url: caseUrl(c, `/network-maps/${(await matrixMap(prisma, c)).mapId}/versions`) }),
  'HEAD /api/cases/:caseId/network-maps/:mapId/versions': async (prisma, c) => ({ url: caseUrl(c, `/network-maps/${(await matrixMap(prisma, c)).mapId}/versions`) }),
  'GET /api/cases/:caseId/network-maps/:mapId/versions/:number': async (prisma, c) => ({ url: caseUrl(c, `/network-maps/${(await matrixMap(prisma, c)).mapId}/versions/1`) }),
  'HEAD /api/cases/:caseId/network-maps/:mapId/versions/:number': async (prisma, c) => ({ url: caseUrl(c, `/network-maps/${(await matrixMap(prisma, c)).mapId}/versions/1`) }),
  'GET /api/cases/:caseId/network-maps/:mapId/compare': async (prisma, c) => ({ url: caseUrl(c, `/network-maps/${(await matrixMap(prisma, c)).mapId}/compare?from=1&to=1`) }),
  'HEAD /api/cases/:caseId/network-maps/:mapId/compare': async (prisma, c) => ({ url: caseUrl(c, `/network-maps/${(await matrixMap(prisma, c)).mapId}/compare?from=1&to=1`) }),
  'POST /api/cases/:caseId/network-persons/:personId/consents': async (prisma, c) => ({
    url: caseUrl(c, `/network-persons/${(await matrixMap(prisma, c)).personId}/consents`),
    payload: { givenBy: 'Mor', scope: 'Kontakt og invitation', givenOn: '2026-11-01' },
  }),
  'POST /api/cases/:caseId/network-persons/:personId/consents/:consentId/withdraw': async (prisma, c) => {
    const map = await matrixMap(prisma, c);
    return {
      url: caseUrl(c, `/network-persons/${map.personId}/consents/${map.consent.id}/withdraw`),
      payload: { withdrawnOn: '2026-11-02', reason: null, version: map.consent.version },
    };
  },
  'GET /api/cases/:caseId/network-persons/:personId/contact-status': async (prisma, c) => ({ url: caseUrl(c, `/network-persons/${(await matrixMap(prisma, c)).personId}/contact-status`) }),
  'HEAD /api/cases/:caseId/network-persons/:personId/contact-status': async (prisma, c) => ({ url: caseUrl(c, `/network-persons/${(await matrixMap(prisma, c)).personId}/contact-status`) }),
  'GET /api/cases/:caseId/notes': async (_p, c) => ({ url: caseUrl(c, '/notes') }),
  'HEAD /api/cases/:caseId/notes': async (_p, c) => ({ url: caseUrl(c, '/notes') }),
  'POST /api/cases/:caseId/notes': async (_p, c) => ({
    url: caseUrl(c, '/notes'),
    payload: { kind: 'NOTE', occurredOn: '2026-11-01', title: 'Matrixnotat', body: 'Notat fra adgangsmatricen.' },
  }),
  'PATCH /api/cases/:caseId/notes/:noteId': async (prisma, c) => {
    const note = await bystanderNote(prisma, c);
    return { url: caseUrl(c, `/notes/${note.id}`), payload: { title: 'Rettet matrixnotat', version: note.version } };
  },
  'GET /api/cases/:caseId/scale-scores': async (_p, c) => ({ url: caseUrl(c, '/scale-scores') }),
  'HEAD /api/cases/:caseId/scale-scores': async (_p, c) => ({ url: caseUrl(c, '/scale-scores') }),
  'POST /api/cases/:caseId/scale-scores': async (_p, c) => ({
    url: caseUrl(c, '/scale-scores'),
    payload: { scores: [{ scoredOn: '2026-11-01', perspective: 'PROFESSIONAL', respondent: 'Sagsbehandler', score: 5, question: 'Hvor er I på skalaen?' }] },
  }),
  'POST /api/cases/:caseId/scale-scores/:scoreId/withdraw': async (prisma, c) => {
    const score = await bystanderScore(prisma, c);
    return { url: caseUrl(c, `/scale-scores/${score.id}/withdraw`), payload: { reason: 'Matrixtest', version: score.version } };
  },
  'GET /api/cases/:caseId/concerns': async (_p, c) => ({ url: caseUrl(c, '/concerns') }),
  'HEAD /api/cases/:caseId/concerns': async (_p, c) => ({ url: caseUrl(c, '/concerns') }),
  'POST /api/cases/:caseId/concern-grounds': async (_p, c) => ({ url: caseUrl(c, '/concern-grounds'), payload: MATRIX_GROUND }),
  'PUT /api/cases/:caseId/concern-grounds/:groundId': async (prisma, c) => {
    const { ground } = await matrixConcerns(prisma, c);
    return { url: caseUrl(c, `/concern-grounds/${ground.id}`), payload: { ...MATRIX_GROUND, version: ground.version } };
  },
  'POST /api/cases/:caseId/concern-statements': async (_p, c) => ({ url: caseUrl(c, '/concern-statements'), payload: MATRIX_PAIR }),
  'PUT /api/cases/:caseId/concern-statements/:statementId': async (prisma, c) => {
    const { statement } = await matrixConcerns(prisma, c);
    return { url: caseUrl(c, `/concern-statements/${statement.id}`), payload: { ...MATRIX_PAIR, version: statement.version } };
  },
  'POST /api/cases/:caseId/concern-statements/:statementId/status': async (prisma, c) => {
    const { statement } = await matrixConcerns(prisma, c);
    return { url: caseUrl(c, `/concern-statements/${statement.id}/status`), payload: { status: 'ACTIVE', reason: null, version: statement.version } };
  },
  'GET /api/cases/:caseId/concern-statements/:statementId/versions': async (prisma, c) => ({ url: caseUrl(c, `/concern-statements/${(await matrixConcerns(prisma, c)).statement.id}/versions`) }),
  'HEAD /api/cases/:caseId/concern-statements/:statementId/versions': async (prisma, c) => ({ url: caseUrl(c, `/concern-statements/${(await matrixConcerns(prisma, c)).statement.id}/versions`) }),
  'GET /api/cases/:caseId/safety-assessments': async (_p, c) => ({ url: caseUrl(c, '/safety-assessments') }),
  'HEAD /api/cases/:caseId/safety-assessments': async (_p, c) => ({ url: caseUrl(c, '/safety-assessments') }),
  'POST /api/cases/:caseId/safety-assessments': async (_p, c) => ({ url: caseUrl(c, '/safety-assessments'), payload: MATRIX_ASSESSMENT }),
  'GET /api/cases/:caseId/safety-assessments/:assessmentId': async (prisma, c) => ({ url: caseUrl(c, `/safety-assessments/${(await matrixConcerns(prisma, c)).assessment.id}`) }),
  'HEAD /api/cases/:caseId/safety-assessments/:assessmentId': async (prisma, c) => ({ url: caseUrl(c, `/safety-assessments/${(await matrixConcerns(prisma, c)).assessment.id}`) }),
  'PUT /api/cases/:caseId/safety-assessments/:assessmentId': async (prisma, c) => {
    const { assessment } = await matrixConcerns(prisma, c);
    return { url: caseUrl(c, `/safety-assessments/${assessment.id}`), payload: { ...MATRIX_ASSESSMENT, version: assessment.version } };
  },
  'GET /api/cases/:caseId/documents': async (_p, c) => ({ url: caseUrl(c, '/documents') }),
  'HEAD /api/cases/:caseId/documents': async (_p, c) => ({ url: caseUrl(c, '/documents') }),
  'POST /api/cases/:caseId/documents': async (_p, c) => ({
    url: caseUrl(c, '/documents?title=Matrixdokument&fileName=matrix.pdf'),
    payload: MATRIX_PDF,
    headers: { 'content-type': 'application/octet-stream' },
  }),
  'GET /api/cases/:caseId/documents/:documentId/content': async (prisma, c) => {
    const member = await prisma.caseTeamMember.findUniqueOrThrow({
      where: { id: c.bystanderMemberId },
      select: { userId: true },
    });
    const document = await prisma.caseDocument.create({
      data: {
        caseId: c.caseId,
        title: 'Matrixdokument',
        fileName: 'matrix.pdf',
        contentType: 'application/pdf',
        sizeBytes: MATRIX_PDF.length,
        sha256: createHash('sha256').update(MATRIX_PDF).digest('hex'),
        content: MATRIX_PDF as Buffer<ArrayBuffer>,
        uploadedById: member.userId,
      },
      select: { id: true },
    });
    return { url: caseUrl(c, `/documents/${document.id}/content`) };
  },
  'GET /api/cases/:caseId/notifications': async (_p, c) => ({ url: caseUrl(c, '/notifications') }),
  'HEAD /api/cases/:caseId/notifications': async (_p, c) => ({ url: caseUrl(c, '/notifications') }),
  'POST /api/cases/:caseId/notifications': async (prisma, c) => ({
    url: caseUrl(c, '/notifications'),
    payload: registerPayload(await phaseChangeDate(prisma, c)),
  }),
  'GET /api/cases/:caseId/phases': async (_p, c) => ({ url: caseUrl(c, '/phases') }),
  'HEAD /api/cases/:caseId/phases': async (_p, c) => ({ url: caseUrl(c, '/phases') }),
  'POST /api/cases/:caseId/phases': async (prisma, c) => {
    const row = await prisma.case.findUniqueOrThrow({
      where: { id: c.caseId },
      select: { version: true, phase: true },
    });
    const toPhase = row.phase === 'AFSLUTTET' ? 'SCREENING' : 'AFSLUTTET';
    return {
      url: caseUrl(c, '/phases'),
      payload: { toPhase, changedOn: await phaseChangeDate(prisma, c), reason: 'Matrixtest', version: row.version },
    };
  },
  'GET /api/cases/:caseId/decisions': async (_p, c) => ({ url: caseUrl(c, '/decisions') }),
  'HEAD /api/cases/:caseId/decisions': async (_p, c) => ({ url: caseUrl(c, '/decisions') }),
  'POST /api/cases/:caseId/decisions': async (prisma, c) => ({
    url: caseUrl(c, '/decisions'),
    payload: {
      legalBasis: 'Barnets lov § 32, stk. 1, nr. 3',
      measure: 'Familiebehandling',
      purpose: 'At styrke forældrenes omsorg',
      expectedDuration: '6 måneder',
      decidedOn: await phaseChangeDate(prisma, c),
    },
  }),
  'POST /api/cases/:caseId/parents': async (_p, c) => ({
    url: caseUrl(c, '/parents'),
    payload: { name: 'Matrix Forælder', relation: 'MOTHER', hasCustody: true },
  }),
  'PUT /api/cases/:caseId/parents/:parentId': async (prisma, c) => {
    const parent = await prisma.caseParent.create({
      data: { caseId: c.caseId, name: 'Matrix Far', relation: 'FATHER', hasCustody: false },
    });
    return {
      url: caseUrl(c, `/parents/${parent.id}`),
      payload: { name: 'Matrix Far', relation: 'FATHER', hasCustody: true, version: parent.version },
    };
  },
  'DELETE /api/cases/:caseId/parents/:parentId': async (prisma, c) => {
    const parent = await prisma.caseParent.create({
      data: { caseId: c.caseId, name: 'Matrix Stedfar', relation: 'STEP_PARENT', hasCustody: false },
    });
    return { url: caseUrl(c, `/parents/${parent.id}?version=${parent.version}`) };
  },
  'POST /api/cases/:caseId/siblings': async (prisma, c) => ({
    url: caseUrl(c, '/siblings'),
    payload: { caseNumber: (await siblingCaseOf(prisma, c)).caseNumber },
  }),
  'DELETE /api/cases/:caseId/siblings/:siblingCaseId': async (prisma, c) => {
    const sibling = await siblingCaseOf(prisma, c);
    const group = crypto.randomUUID();
    await prisma.case.updateMany({ where: { id: { in: [c.caseId, sibling.id] } }, data: { siblingGroupId: group } });
    return { url: caseUrl(c, `/siblings/${sibling.id}`) };
  },
  'POST /api/cases/:caseId/honour-risk-assessment': async (prisma, c) => {
    const row = await prisma.case.update({
      where: { id: c.caseId },
      data: { honourConflictSuspected: true },
      select: { version: true },
    });
    return {
      url: caseUrl(c, '/honour-risk-assessment'),
      payload: {
        assessedOn: await phaseChangeDate(prisma, c),
        summary: 'Ingen konkret risiko ved at inddrage netværket.',
        version: row.version,
      },
    };
  },
  'GET /api/cases/:caseId/timeline': async (_p, c) => ({ url: caseUrl(c, '/timeline') }),
  'HEAD /api/cases/:caseId/timeline': async (_p, c) => ({ url: caseUrl(c, '/timeline') }),
  'GET /api/cases/:caseId': async (_p, c) => ({ url: caseUrl(c) }),
  'HEAD /api/cases/:caseId': async (_p, c) => ({ url: caseUrl(c) }),
  'PATCH /api/cases/:caseId': async (prisma, c) => {
    const row = await prisma.case.findUniqueOrThrow({
      where: { id: c.caseId },
      select: { version: true, honourConflictSuspected: true },
    });
    return {
      url: caseUrl(c),
      payload: { version: row.version, honourConflictSuspected: !row.honourConflictSuspected },
    };
  },
  'POST /api/cases/:caseId/cpr': async (_p, c) => ({
    url: caseUrl(c, '/cpr'),
    payload: { reason: 'Kontrol af adgangsmatricen' },
  }),
  'GET /api/cases/:caseId/access-log': async (_p, c) => ({ url: caseUrl(c, '/access-log') }),
  'HEAD /api/cases/:caseId/access-log': async (_p, c) => ({ url: caseUrl(c, '/access-log') }),
  'GET /api/cases/:caseId/history': async (_p, c) => ({ url: caseUrl(c, '/history') }),
  'HEAD /api/cases/:caseId/history': async (_p, c) => ({ url: caseUrl(c, '/history') }),
  'POST /api/cases/:caseId/team': async (_p, c) => ({
    url: caseUrl(c, '/team'),
    payload: { userId: c.addableUserId, role: 'READ_ONLY' },
  }),
  'PATCH /api/cases/:caseId/team/:memberId': async (prisma, c) => {
    const m = await prisma.caseTeamMember.findUniqueOrThrow({ where: { id: c.bystanderMemberId } });
    return {
      url: caseUrl(c, `/team/${m.id}`),
      payload: { role: m.role === 'READ_ONLY' ? 'CO_WORKER' : 'READ_ONLY', version: m.version },
    };
  },
  'DELETE /api/cases/:caseId/team/:memberId': async (prisma, c) => {
    const m = await prisma.caseTeamMember.findUniqueOrThrow({ where: { id: c.bystanderMemberId } });
    return { url: caseUrl(c, `/team/${m.id}?version=${m.version}`) };
  },
  'GET /api/cases/:caseId/referral-options': async (_p, c) => ({ url: caseUrl(c, '/referral-options') }),
  'HEAD /api/cases/:caseId/referral-options': async (_p, c) => ({ url: caseUrl(c, '/referral-options') }),
  'GET /api/cases/:caseId/referrals': async (_p, c) => ({ url: caseUrl(c, '/referrals') }),
  'HEAD /api/cases/:caseId/referrals': async (_p, c) => ({ url: caseUrl(c, '/referrals') }),
  'POST /api/cases/:caseId/referrals': async (prisma, c) => {
    const { decisionId, toUnitId } = await makeReferable(prisma, c);
    return {
      url: caseUrl(c, '/referrals'),
      payload: { toUnitId, decisionId, assessmentSummary: 'Resumé af den børnefaglige undersøgelse.' },
    };
  },
  'POST /api/cases/:caseId/referrals/:referralId/withdraw': async (prisma, c) => {
    const kase = await prisma.case.findUniqueOrThrow({
      where: { id: c.caseId },
      select: { municipalityId: true, responsibleUnitId: true },
    });
    const executor = await prisma.unit.findFirst({
      where: { municipalityId: kase.municipalityId, kind: { in: ['FAMILIECENTER', 'UNGECENTER'] } },
    });
    const referral = await prisma.referral.create({
      data: {
        caseId: c.caseId,
        fromUnitId: kase.responsibleUnitId,
        toUnitId: executor?.id ?? kase.responsibleUnitId,
        status: 'SENT',
      },
    });
    return { url: caseUrl(c, `/referrals/${referral.id}/withdraw`), payload: { version: referral.version } };
  },
};

/** GET and HEAD first, DELETE last: reads never see a write's side effect they depend on missing. */
const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
export function inMatrixOrder<T extends { method: string; url: string }>(routes: T[]): T[] {
  return [...routes].sort(
    (a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method) || a.url.localeCompare(b.url),
  );
}

/** A URL with every path parameter replaced by a fresh UUID, for requests that never get past the auth hook. */
export function urlWithRandomParams(url: string): string {
  return url.replace(/:[A-Za-z]+/g, () => randomUUID()).replace(/\*$/, 'x');
}

/** Classifies a response the way the matrix asserts it: 2xx, 409 or 422 (the write was considered) means allowed. */
export function outcome(status: number): 'allowed' | 'denied (404)' | `unexpected ${number}` {
  // 422 is a domain rule refusing the step, which only a handler raises, i.e. after the access
  // check let the request through (e.g. referring a case an executor unit holds: only Myndighed refers).
  if ((status >= 200 && status < 300) || status === 409 || status === 422) return 'allowed';
  if (status === 404) return 'denied (404)';
  return `unexpected ${status}`;
}
