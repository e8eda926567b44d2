// The authorization matrix, generated from POLICY and the app's registered routes: every case
// route × every role × every situation a user can be in towards a case, every role-gated route ×
// every role, and every non-public route without a session. A new route or policy entry enters
// the matrix by itself; a case route without a known valid request fails it.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseListResponse, Problem, ProblemType, type CaseRole } from '@inddrag/contracts';
import {
  appRouteTable,
  CASE_ROUTE_REQUESTS,
  caseRoleIn,
  createBareCase,
  createSituationCase,
  describeUser,
  inMatrixOrder,
  isCaseRoute,
  MATRIX_USERS,
  outcome,
  policyAllows,
  policyUnitKindAllows,
  policyEntry,
  prepareMatrixWorld,
  routeKey,
  situationsFor,
  urlWithRandomParams,
  type MatrixRequest,
  type MatrixUser,
  type MatrixWorld,
  type RegisteredRoute,
  type Situation,
  type SituationCase,
} from '../testing/matrix-fixtures';
import { loginAs, type TestSession } from '../testing/session';
import { createTestApp, type TestApp } from '../testing/test-app';
import { SAFETY_PLAN_ROUTE_REQUESTS } from '../modules/safety-plans/matrix-requests';
import { MEETING_CASE_ROUTE_REQUESTS } from '../modules/meetings/matrix-requests';
import { ACTION_PLAN_ROUTE_REQUESTS } from '../modules/action-plans/matrix-requests';
import { POLICY, type Action } from './policy';

Object.assign(CASE_ROUTE_REQUESTS, SAFETY_PLAN_ROUTE_REQUESTS, MEETING_CASE_ROUTE_REQUESTS, ACTION_PLAN_ROUTE_REQUESTS);

const now = new Date('2026-11-24T10:00:00Z');

// Collected before the tests are: the route table of the real app (built without a database).
const ROUTES = (await appRouteTable()).filter((r) => r.url.startsWith('/api'));
const kindOf = (route: RegisteredRoute) => policyEntry(route.access)?.kind;
const CASE_ROUTES = inMatrixOrder(ROUTES.filter(isCaseRoute));
/** Routes gated by the role's grant alone: municipality actions, and case actions without a case (the list). */
const ROLE_ROUTES = inMatrixOrder(
  ROUTES.filter((r) => kindOf(r) === 'municipality' || (kindOf(r) === 'case' && !isCaseRoute(r))),
);
const AUTHENTICATED_ROUTES = inMatrixOrder(ROUTES.filter((r) => kindOf(r) === 'authenticated'));
const NON_PUBLIC_ROUTES = ROUTES.filter((r) => kindOf(r) !== 'public');
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let t: TestApp;
let world: MatrixWorld;
const sessions = new Map<string, TestSession>();
const situationCases = new Map<string, SituationCase>();
const caseKey = (user: MatrixUser, situation: Situation, caseRole: CaseRole | null) =>
  `${user.email}|${situation}|${caseRole ?? '-'}`;
/** The problem body a case route answers for a case that does not exist: the one every refusal must match. */
let notFoundBody: Omit<Problem, 'instance' | 'requestId'>;
let extra: {
  targetUserId: string;
  emergencyTargetCaseNumber: string;
  seedCaseNumber: string;
  emergencyFlagByUnit: Map<string, string>;
};

const session = (user: MatrixUser) => {
  const found = sessions.get(user.email);
  if (!found) throw new Error(`no session for ${user.email}`);
  return found;
};

const comparable = (body: string) => {
  const { instance: _instance, requestId: _requestId, ...rest } = Problem.parse(JSON.parse(body));
  return rest;
};

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  world = await prepareMatrixWorld(t.prisma);

  // One case per (user, situation, case role) the matrix will visit, made before any request.
  for (const action of [...CASE_ROUTES.map((r) => r.access as Action), 'case.list' as const]) {
    for (const user of MATRIX_USERS) {
      for (const situation of situationsFor(user)) {
        const caseRole = caseRoleIn(situation, action, user.role);
        const key = caseKey(user, situation, caseRole);
        if (!situationCases.has(key))
          situationCases.set(key, await createSituationCase(t.prisma, world, user, situation, caseRole, now));
      }
    }
  }

  // For the role-gated routes: a user to administer, a case to break the glass on, and per unit
  // an unreviewed emergency access to one of the unit's cases.
  const target = await t.prisma.user.create({
    data: {
      municipalityId: world.municipalityId,
      unitId: world.unitIds.myndighed as string,
      email: 'matrix.target@demo.inddrag.dk',
      name: 'Matrix Target',
      role: 'CASEWORKER',
      passwordHash: 'not-a-login',
    },
  });
  const emergencyTarget = await createBareCase(t.prisma, world, { now });
  const seedCase = await t.prisma.case.findFirstOrThrow({
    where: { municipalityId: world.municipalityId, caseNumber: { startsWith: '2026-' } },
    orderBy: { caseNumber: 'asc' },
  });
  const emergencyFlagByUnit = new Map<string, string>();
  const raadgiverId = world.userIds['raadgiver@demo.inddrag.dk'] as string;
  for (const unitId of [...Object.values(world.unitIds), world.foreignUnitId]) {
    const held = await createBareCase(t.prisma, world, { now, unitId });
    const flag = await t.prisma.emergencyAccess.create({
      data: {
        caseId: held.caseId,
        userId: raadgiverId,
        unitId,
        reason: 'Akut henvendelse fra skolen',
        grantedAt: new Date(now.getTime() - 7_200_000),
        expiresAt: new Date(now.getTime() - 3_600_000),
      },
    });
    emergencyFlagByUnit.set(unitId, flag.id);
  }
  extra = {
    targetUserId: target.id,
    emergencyTargetCaseNumber: emergencyTarget.caseNumber,
    seedCaseNumber: seedCase.caseNumber,
    emergencyFlagByUnit,
  };

  for (const user of MATRIX_USERS) sessions.set(user.email, await loginAs(t.app, user.email));

  const missing = await session(MATRIX_USERS.find((u) => u.role === 'CASEWORKER') as MatrixUser).inject({
    method: 'GET',
    url: `/api/cases/${crypto.randomUUID()}`,
  });
  expect(missing.statusCode).toBe(404);
  notFoundBody = comparable(missing.body);
});
afterAll(async () => t?.close());

describe('case routes: POLICY × role × situation (generated)', () => {
  it('the app has case routes, and the fixtures know a valid request for every one of them', () => {
    expect(CASE_ROUTES.length).toBeGreaterThanOrEqual(8);
    expect(CASE_ROUTES.map(routeKey).filter((key) => !CASE_ROUTE_REQUESTS[key])).toEqual([]);
  });

  for (const route of CASE_ROUTES) {
    const action = route.access as Action;
    describe(`${routeKey(route)} (${action})`, () => {
      for (const user of MATRIX_USERS) {
        const allowedIn = situationsFor(user).filter((s) => policyAllows(action, user.role, s));
        const name = allowedIn.length
          ? `${describeUser(user)}: allowed only when ${allowedIn.join(', ')}; otherwise 404 exactly as for a missing case`
          : `${describeUser(user)}: 404 in every situation, exactly as for a missing case (the role holds no grant)`;
        it(name, async () => {
          const build = CASE_ROUTE_REQUESTS[routeKey(route)];
          if (!build) throw new Error(`no valid request known for ${routeKey(route)}: add one to CASE_ROUTE_REQUESTS`);
          const expected: Record<string, string> = {};
          const actual: Record<string, string> = {};
          for (const situation of situationsFor(user)) {
            const kase = situationCases.get(caseKey(user, situation, caseRoleIn(situation, action, user.role)));
            if (!kase) throw new Error(`no case for ${user.email} in ${situation}`);
            const request = await build(t.prisma, kase);
            const response = await session(user).inject({
              method: route.method as InjectOptions['method'],
              url: request.url,
              ...(request.payload ? { payload: request.payload } : {}),
              ...(request.headers ? { headers: request.headers } : {}),
            });
            let seen: string = outcome(response.statusCode);
            if (response.statusCode === 404 && route.method !== 'HEAD') {
              const body = comparable(response.body);
              if (JSON.stringify(body) !== JSON.stringify(notFoundBody))
                seen = `404 with a body unlike a missing case's: ${response.body}`;
            }
            if (seen.startsWith('unexpected')) seen += `: ${response.body}`;
            actual[situation] = seen;
            expected[situation] = policyAllows(action, user.role, situation) ? 'allowed' : 'denied (404)';
          }
          expect(actual).toEqual(expected);
        });
      }
    });
  }
});

describe('GET /api/cases lists only cases GET /api/cases/:caseId lets the same user read, following the same rule', () => {
  const listGrant = (user: MatrixUser) => (POLICY['case.list'].grants as Partial<Record<string, string>>)[user.role];

  async function listAll(user: MatrixUser): Promise<{ refused: boolean; listed: string[] }> {
    const listed: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await session(user).inject({
        method: 'GET',
        url: `/api/cases?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      });
      if (response.statusCode === 403) return { refused: true, listed };
      expect(response.statusCode, response.body).toBe(200);
      const page = CaseListResponse.parse(response.json());
      listed.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    return { refused: false, listed };
  }

  for (const user of MATRIX_USERS) {
    const title = listGrant(user)
      ? `${describeUser(user)}: every listed case reads 200; the list holds the user's cases exactly in the situations POLICY allows; every seeded case that reads 200 is listed`
      : `${describeUser(user)}: the list answers 403 (the role holds no grant), and no seeded case reads 200`;
    it(title, async () => {
      const { refused, listed } = await listAll(user);
      expect(refused).toBe(!listGrant(user));
      expect(new Set(listed).size).toBe(listed.length);

      // list ⊆ readable: every listed case opens.
      const notReadable: string[] = [];
      for (const id of listed) {
        const response = await session(user).inject({ method: 'GET', url: `/api/cases/${id}` });
        if (response.statusCode !== 200) notReadable.push(`${id}: ${response.statusCode}`);
      }
      expect(notReadable).toEqual([]);

      // The list follows POLICY in every situation the user can be in towards a case.
      const expected: Record<string, boolean> = {};
      const actual: Record<string, boolean> = {};
      for (const situation of situationsFor(user)) {
        const kase = situationCases.get(caseKey(user, situation, caseRoleIn(situation, 'case.list', user.role)));
        if (!kase) throw new Error(`no case for ${user.email} in ${situation}`);
        actual[situation] = listed.includes(kase.caseId);
        expected[situation] = policyAllows('case.list', user.role, situation);
      }
      expect(actual).toEqual(expected);

      // readable ⊆ list, on the seeded cases: what is not listed does not open either.
      const seeded = await t.prisma.case.findMany({
        where: { caseNumber: { startsWith: '2026-' } },
        select: { id: true },
      });
      expect(seeded.length).toBe(30);
      const readableButUnlisted: string[] = [];
      for (const { id } of seeded.filter((c) => !listed.includes(c.id))) {
        const response = await session(user).inject({ method: 'GET', url: `/api/cases/${id}` });
        expect([200, 404]).toContain(response.statusCode);
        if (response.statusCode === 200) readableButUnlisted.push(id);
      }
      expect(readableButUnlisted).toEqual([]);
    });
  }

  it("a cursor naming a case outside the user's access answers exactly as one naming no case (no existence or sort-position oracle)", async () => {
    // A caseworker removed from a case still knows its id. Handing it back as a list cursor must
    // not confirm the case exists, nor where its child's name, case number or last phase change
    // sorts among the caseworker's own cases.
    const caseworker = MATRIX_USERS.find((u) => u.role === 'CASEWORKER') as MatrixUser;
    const removedFrom = situationCases.get(
      caseKey(caseworker, 'removedFromTeam', caseRoleIn('removedFromTeam', 'case.list', 'CASEWORKER')),
    ) as SituationCase;
    const cursorFor = (id: string) => Buffer.from(JSON.stringify({ id })).toString('base64url');
    const answer = async (id: string, sort: string) => {
      const response = await session(caseworker).inject({
        method: 'GET',
        url: `/api/cases?limit=100&sort=${sort}&cursor=${cursorFor(id)}`,
      });
      return {
        status: response.statusCode,
        items:
          response.statusCode === 200 ? (response.json() as { items: { id: string }[] }).items.map((i) => i.id) : [],
      };
    };
    const differences: string[] = [];
    for (const sort of ['caseNumber', 'childName', 'phaseChangedAt']) {
      const foreign = await answer(removedFrom.caseId, sort);
      const missing = await answer(crypto.randomUUID(), sort);
      if (JSON.stringify(foreign) !== JSON.stringify(missing)) {
        differences.push(
          `sort=${sort}: foreign case → ${foreign.status} with ${foreign.items.length} items; missing case → ${missing.status} with ${missing.items.length} items`,
        );
      }
    }
    expect(differences).toEqual([]);
  });
});

describe('role-gated routes (municipality actions and the case list): granted roles pass, others get 403', () => {
  // (a grant restricted to some unit kinds holds only for users of such a unit)
  let created = 0;
  const version = async (userId: string) => (await t.prisma.user.findUniqueOrThrow({ where: { id: userId } })).version;
  /** A new referral, not yet answered, of a new case to the user's own unit (or, for users without one, to another). */
  const referralTo = async (user: MatrixUser) => {
    const toUnitId = user.unit ? (world.unitIds[user.unit] as string) : (world.unitIds.familiecenter as string);
    const kase = await createBareCase(t.prisma, world, { now });
    return t.prisma.referral.create({
      data: { caseId: kase.caseId, fromUnitId: world.foreignUnitId, toUnitId, status: 'SENT', sentAt: now },
    });
  };
  const REQUESTS: Record<string, (user: MatrixUser) => Promise<MatrixRequest> | MatrixRequest> = {
    'GET /api/cases': () => ({ url: '/api/cases?limit=5' }),
    'HEAD /api/cases': () => ({ url: '/api/cases?limit=5' }),
    'GET /api/cases/mine': () => ({ url: '/api/cases/mine?limit=5' }),
    'HEAD /api/cases/mine': () => ({ url: '/api/cases/mine?limit=5' }),
    'POST /api/cases': () => {
      created += 1;
      return {
        url: '/api/cases',
        payload: {
          child: {
            firstName: 'Matrix',
            lastName: `Barn ${created}`,
            cpr: `150315-4${String(created).padStart(3, '0')}`,
          },
          notification: { receivedOn: '2026-11-01', source: 'SCHOOL', content: 'Bekymring fra skolen.' },
        },
      };
    },
    'GET /api/users': () => ({ url: '/api/users' }),
    'HEAD /api/users': () => ({ url: '/api/users' }),
    'POST /api/users': () => {
      created += 1;
      return {
        url: '/api/users',
        payload: {
          name: `Ny Rådgiver ${created}`,
          email: `matrix.new${created}@demo.inddrag.dk`,
          role: 'CASEWORKER',
          unitId: world.unitIds.myndighed,
          password: 'et-langt-kodeord-123',
        },
      };
    },
    'PUT /api/users/:userId': async () => ({
      url: `/api/users/${extra.targetUserId}`,
      payload: {
        name: 'Matrix Target',
        role: 'CASEWORKER',
        unitId: world.unitIds.myndighed,
        version: await version(extra.targetUserId),
      },
    }),
    'POST /api/users/:userId/active': async () => ({
      url: `/api/users/${extra.targetUserId}/active`,
      payload: { active: true, version: await version(extra.targetUserId) },
    }),
    'POST /api/users/:userId/password': async () => ({
      url: `/api/users/${extra.targetUserId}/password`,
      payload: { password: 'et-nyt-langt-kodeord', version: await version(extra.targetUserId) },
    }),
    'POST /api/emergency-access': () => ({
      url: '/api/emergency-access',
      payload: { caseNumber: extra.emergencyTargetCaseNumber, reason: 'Barnet er bragt på skadestuen i nat' },
    }),
    'GET /api/emergency-access': () => ({ url: '/api/emergency-access' }),
    'HEAD /api/emergency-access': () => ({ url: '/api/emergency-access' }),
    // Reviewing is for the leader of the unit holding the case: each user is given their own unit's flag.
    'POST /api/emergency-access/:id/reviewed': (user) => ({
      url: `/api/emergency-access/${extra.emergencyFlagByUnit.get(user.unit ? (world.unitIds[user.unit] as string) : world.foreignUnitId)}/reviewed`,
    }),
    'GET /api/audit/users/:userId': () => ({ url: `/api/audit/users/${world.userIds['raadgiver@demo.inddrag.dk']}` }),
    'HEAD /api/audit/users/:userId': () => ({ url: `/api/audit/users/${world.userIds['raadgiver@demo.inddrag.dk']}` }),
    'POST /api/audit/insight-export': () => ({
      url: '/api/audit/insight-export',
      payload: { caseNumber: extra.seedCaseNumber, reason: 'Indsigtsanmodning fra forælder' },
    }),
    // Receiving referrals: each user is given a fresh referral to their own unit.
    'GET /api/referrals': () => ({ url: '/api/referrals?status=SENT' }),
    'HEAD /api/referrals': () => ({ url: '/api/referrals?status=SENT' }),
    'GET /api/referrals/:referralId': async (user) => ({ url: `/api/referrals/${(await referralTo(user)).id}` }),
    'HEAD /api/referrals/:referralId': async (user) => ({ url: `/api/referrals/${(await referralTo(user)).id}` }),
    'POST /api/referrals/:referralId/accept': async (user) => {
      const referral = await referralTo(user);
      const worker = await t.prisma.user.findFirst({
        where: { unitId: referral.toUnitId, role: 'EXECUTOR', active: true },
      });
      return {
        url: `/api/referrals/${referral.id}/accept`,
        payload: { assignedWorkerId: worker?.id ?? crypto.randomUUID(), version: referral.version },
      };
    },
    'POST /api/referrals/:referralId/return': async (user) => {
      const referral = await referralTo(user);
      return {
        url: `/api/referrals/${referral.id}/return`,
        payload: { reason: 'Sagen hører til en anden enhed.', version: referral.version },
      };
    },
    'GET /api/municipality/settings': () => ({ url: '/api/municipality/settings' }),
    'HEAD /api/municipality/settings': () => ({ url: '/api/municipality/settings' }),
    'PATCH /api/municipality/settings': async () => {
      const row = await t.prisma.municipality.findUniqueOrThrow({ where: { id: world.municipalityId } });
      return {
        url: '/api/municipality/settings',
        payload: { youthUnitFromAge: row.youthUnitFromAge === 14 ? 15 : 14, version: row.version },
      };
    },
  };

  it('the app has role-gated routes, and the fixtures know a valid request for every one of them', () => {
    expect(ROLE_ROUTES.length).toBeGreaterThanOrEqual(10);
    expect(ROLE_ROUTES.map(routeKey).filter((key) => !REQUESTS[key])).toEqual([]);
  });

  for (const route of ROLE_ROUTES) {
    const action = route.access as Action;
    const entry = POLICY[action];
    describe(`${routeKey(route)} (${action})`, () => {
      for (const user of MATRIX_USERS) {
        const granted = user.role in entry.grants && policyUnitKindAllows(action, user);
        it(`${describeUser(user)}: ${granted ? 'succeeds (2xx)' : '403'}`, async () => {
          const build = REQUESTS[routeKey(route)];
          if (!build) throw new Error(`no valid request known for ${routeKey(route)}: add one to REQUESTS`);
          const request = await build(user);
          const response = await session(user).inject({
            method: route.method as InjectOptions['method'],
            url: request.url,
            ...(request.payload ? { payload: request.payload } : {}),
          });
          const seen =
            response.statusCode >= 200 && response.statusCode < 300 ? '2xx' : `${response.statusCode} ${response.body}`;
          expect(seen).toBe(granted ? '2xx' : `403 ${response.body}`);
          if (!granted && route.method !== 'HEAD')
            expect(Problem.parse(response.json()).type).toBe(ProblemType.forbidden);
        });
      }
    });
  }

  it("a leader reviews only emergency accesses to the own unit's cases: another unit's flag is refused and not listed", async () => {
    const familieLeader = MATRIX_USERS.find((u) => u.email === 'leder.familiecenter@demo.inddrag.dk') as MatrixUser;
    const myndighedFlag = extra.emergencyFlagByUnit.get(world.unitIds.myndighed as string) as string;
    const ownFlag = extra.emergencyFlagByUnit.get(world.unitIds.familiecenter as string) as string;
    const list = await session(familieLeader).inject({ method: 'GET', url: '/api/emergency-access' });
    const ids = (list.json() as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids).toContain(ownFlag);
    expect(ids).not.toContain(myndighedFlag);
    const review = await session(familieLeader).inject({
      method: 'POST',
      url: `/api/emergency-access/${myndighedFlag}/reviewed`,
    });
    expect(review.statusCode).toBe(403);
  });
});

describe('references across cases and municipalities', () => {
  it('a team member of another case can be neither changed nor removed through a case one manages (404, member untouched)', async () => {
    const caseworker = MATRIX_USERS.find((u) => u.role === 'CASEWORKER') as MatrixUser;
    const managed = situationCases.get(
      caseKey(caseworker, 'team', caseRoleIn('team', 'case.manageTeam', 'CASEWORKER')),
    ) as SituationCase;
    const other = situationCases.get(caseKey(caseworker, 'outside', null)) as SituationCase;
    const before = await t.prisma.caseTeamMember.findUniqueOrThrow({ where: { id: other.bystanderMemberId } });
    const patch = await session(caseworker).inject({
      method: 'PATCH',
      url: `/api/cases/${managed.caseId}/team/${other.bystanderMemberId}`,
      payload: { role: 'CO_WORKER', version: before.version },
    });
    const remove = await session(caseworker).inject({
      method: 'DELETE',
      url: `/api/cases/${managed.caseId}/team/${other.bystanderMemberId}?version=${before.version}`,
    });
    expect([patch.statusCode, remove.statusCode]).toEqual([404, 404]);
    expect(await t.prisma.caseTeamMember.findUniqueOrThrow({ where: { id: other.bystanderMemberId } })).toEqual(before);
  });

  it("the admin's user management and log insight stop at the municipality's border (404)", async () => {
    const admin = session(MATRIX_USERS.find((u) => u.role === 'ADMIN') as MatrixUser);
    const foreignUser = await t.prisma.user.findUniqueOrThrow({ where: { id: world.bystanderIds.other } });
    const foreignCase = await t.prisma.case.findFirstOrThrow({ where: { municipalityId: world.otherMunicipalityId } });
    const answers = {
      update: (
        await admin.inject({
          method: 'PUT',
          url: `/api/users/${foreignUser.id}`,
          payload: {
            name: 'Overtaget',
            role: 'CASEWORKER',
            unitId: world.otherMunicipalityUnitId,
            version: foreignUser.version,
          },
        })
      ).statusCode,
      deactivate: (
        await admin.inject({
          method: 'POST',
          url: `/api/users/${foreignUser.id}/active`,
          payload: { active: false, version: foreignUser.version },
        })
      ).statusCode,
      password: (
        await admin.inject({
          method: 'POST',
          url: `/api/users/${foreignUser.id}/password`,
          payload: { password: 'et-overtaget-kodeord', version: foreignUser.version },
        })
      ).statusCode,
      activity: (await admin.inject({ method: 'GET', url: `/api/audit/users/${foreignUser.id}` })).statusCode,
      insight: (
        await admin.inject({
          method: 'POST',
          url: '/api/audit/insight-export',
          payload: { caseNumber: foreignCase.caseNumber, reason: 'Indsigtsanmodning' },
        })
      ).statusCode,
      list: (await admin.inject({ method: 'GET', url: '/api/users' }))
        .json()
        .items.some((u: { id: string }) => u.id === foreignUser.id),
    };
    expect(answers).toEqual({ update: 404, deactivate: 404, password: 404, activity: 404, insight: 404, list: false });
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: foreignUser.id } })).toEqual(foreignUser);
  });

  it("breaking the glass stops at the municipality's border (404, no access granted)", async () => {
    const caseworker = MATRIX_USERS.find((u) => u.role === 'CASEWORKER') as MatrixUser;
    const foreignCase = await t.prisma.case.findFirstOrThrow({ where: { municipalityId: world.otherMunicipalityId } });
    const response = await session(caseworker).inject({
      method: 'POST',
      url: '/api/emergency-access',
      payload: { caseNumber: foreignCase.caseNumber, reason: 'Barnet er bragt på skadestuen i nat' },
    });
    expect(response.statusCode).toBe(404);
    expect(await t.prisma.emergencyAccess.count({ where: { caseId: foreignCase.id } })).toBe(0);
  });
});

describe('without a session', () => {
  it('every non-public route answers 401', async () => {
    const answers: Record<string, number> = {};
    for (const route of NON_PUBLIC_ROUTES) {
      const response = await t.app.inject({
        method: route.method as InjectOptions['method'],
        url: urlWithRandomParams(route.url),
        ...(WRITE_METHODS.has(route.method) ? { payload: {} } : {}),
      });
      answers[routeKey(route)] = response.statusCode;
    }
    expect(Object.keys(answers).length).toBeGreaterThan(25);
    expect(Object.entries(answers).filter(([, status]) => status !== 401)).toEqual([]);
  });

  it('a forged or revoked session cookie counts as none: every non-public route answers 401', async () => {
    const answers: Record<string, number> = {};
    for (const route of NON_PUBLIC_ROUTES) {
      const response = await t.app.inject({
        method: route.method as InjectOptions['method'],
        url: urlWithRandomParams(route.url),
        headers: { cookie: 'inddrag_session=forged-token', 'x-csrf-token': 'forged' },
        ...(WRITE_METHODS.has(route.method) ? { payload: {} } : {}),
      });
      answers[routeKey(route)] = response.statusCode;
    }
    expect(Object.entries(answers).filter(([, status]) => status !== 401)).toEqual([]);
  });

  it('the public routes (health, API docs) answer without one', async () => {
    for (const url of ['/api/health', '/api/openapi.json', '/api/docs/json']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
    }
  });
});

describe('CSRF', () => {
  it('refuses every state-changing route with 403 (csrf) when the token header is missing, even for a user the action is granted to', async () => {
    const admin = session(MATRIX_USERS.find((u) => u.role === 'ADMIN') as MatrixUser);
    const answers: Record<string, string> = {};
    for (const route of NON_PUBLIC_ROUTES.filter((r) => WRITE_METHODS.has(r.method))) {
      const response = await t.app.inject({
        method: route.method as InjectOptions['method'],
        url: urlWithRandomParams(route.url),
        headers: { cookie: admin.cookie },
        payload: {},
      });
      answers[routeKey(route)] =
        `${response.statusCode} ${response.statusCode === 403 ? Problem.parse(response.json()).type : ''}`;
    }
    expect(Object.entries(answers).filter(([, answer]) => answer !== `403 ${ProblemType.csrf}`)).toEqual([]);
  });
});

// Last: the logout route ends each user's sessions.
describe('routes for any logged-in user', () => {
  const REQUESTS: Record<string, MatrixRequest> = {
    'GET /api/auth/me': { url: '/api/auth/me' },
    'HEAD /api/auth/me': { url: '/api/auth/me' },
    'GET /api/units': { url: '/api/units' },
    'HEAD /api/units': { url: '/api/units' },
    'GET /api/users/directory': { url: '/api/users/directory' },
    'HEAD /api/users/directory': { url: '/api/users/directory' },
    'GET /api/alerts': { url: '/api/alerts' },
    'HEAD /api/alerts': { url: '/api/alerts' },
    'GET /api/alerts/summary': { url: '/api/alerts/summary' },
    'HEAD /api/alerts/summary': { url: '/api/alerts/summary' },
    'POST /api/alerts/read': { url: '/api/alerts/read', payload: { all: true } },
    'POST /api/auth/logout': { url: '/api/auth/logout' },
    'GET /api/meetings/mine': { url: '/api/meetings/mine?include=all' },
    'HEAD /api/meetings/mine': { url: '/api/meetings/mine' },
  };

  it('the colleague directory every role may read holds name, role and unit, but not e-mail or account status', async () => {
    const coordinator = session(MATRIX_USERS.find((u) => u.role === 'COORDINATOR') as MatrixUser);
    const response = await coordinator.inject({ method: 'GET', url: '/api/users/directory' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as { items: Record<string, unknown>[] };
    expect(items.length).toBeGreaterThan(5);
    expect(
      items.every((item) => typeof item.name === 'string' && typeof item.role === 'string' && 'unit' in item),
    ).toBe(true);
    // POLICY: 'user.directory' — "Se kolleger (navn, rolle og enhed)"; users/service.ts: "no e-mail or status".
    expect(response.body).not.toContain('@demo.inddrag.dk');
    expect(items.filter((item) => 'email' in item || 'active' in item).map((item) => item.name)).toEqual([]);
  });

  for (const route of AUTHENTICATED_ROUTES) {
    describe(`${routeKey(route)} (${String(route.access)})`, () => {
      for (const user of MATRIX_USERS) {
        it(`${describeUser(user)}: succeeds (2xx)`, async () => {
          const request = REQUESTS[routeKey(route)];
          if (!request) throw new Error(`no valid request known for ${routeKey(route)}: add one to REQUESTS`);
          const response = await session(user).inject({
            method: route.method as InjectOptions['method'],
            url: request.url,
            ...(request.payload ? { payload: request.payload } : {}),
          });
          expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
          expect(response.statusCode, response.body).toBeLessThan(300);
        });
      }
    });
  }
});
