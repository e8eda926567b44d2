// The authorization matrix of the meeting routes (POLICY kind 'meeting', a `:meetingId` in the
// path), generated like the case routes' in authorization-matrix.test.ts: every meeting route ×
// every role × every situation a user can be in towards the meeting's case, plus the coordinator's
// own: a family group conference he coordinates. A new meeting route enters by itself; one without
// a known valid request (MEETING_ROUTE_REQUESTS) fails the matrix.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem, type CaseRole } from '@inddrag/contracts';
import {
  appRouteTable,
  caseRoleIn,
  createBareCase,
  createSituationCase,
  describeUser,
  inMatrixOrder,
  MATRIX_USERS,
  outcome,
  policyAllows,
  policyEntry,
  prepareMatrixWorld,
  routeKey,
  situationsFor,
  type MatrixUser,
  type MatrixWorld,
  type Situation,
} from '../testing/matrix-fixtures';
import { loginAs, type TestSession } from '../testing/session';
import { createTestApp, type TestApp } from '../testing/test-app';
import { createMatrixMeeting, MEETING_ROUTE_REQUESTS, type MatrixMeeting } from '../modules/meetings/matrix-requests';
import { POLICY, type Action } from './policy';

const now = new Date('2026-11-24T10:00:00Z');

const ROUTES = (await appRouteTable()).filter((r) => r.url.startsWith('/api'));
const MEETING_ROUTES = inMatrixOrder(ROUTES.filter((r) => policyEntry(r.access)?.kind === 'meeting'));

/**
 * The case situations, and two of the coordinator's: the user is the coordinator of a conference on
 * a case he is otherwise outside of (in his municipality, and in another).
 */
type MeetingSituation = Situation | 'coordinates' | 'coordinatesOtherMunicipality';
const meetingSituationsFor = (user: MatrixUser): MeetingSituation[] => [
  ...situationsFor(user),
  'coordinates',
  'coordinatesOtherMunicipality',
];

/** POLICY for a meeting: a `coordinated` grant reaches only conferences the user coordinates; every other grant goes through the case. */
function meetingPolicyAllows(action: Action, user: MatrixUser, situation: MeetingSituation): boolean {
  const scope = (POLICY[action].grants as Partial<Record<string, string>>)[user.role];
  if (!scope) return false;
  if (scope === 'coordinated') return situation === 'coordinates';
  if (situation === 'coordinates' || situation === 'coordinatesOtherMunicipality') return false;
  return policyAllows(action, user.role, situation);
}

let t: TestApp;
let world: MatrixWorld;
const sessions = new Map<string, TestSession>();
const meetings = new Map<string, MatrixMeeting>();
const meetingKey = (user: MatrixUser, situation: MeetingSituation, caseRole: CaseRole | null) =>
  `${user.email}|${situation}|${caseRole ?? '-'}`;
let notFoundBody: Omit<Problem, 'instance' | 'requestId'>;

const comparable = (body: string) => {
  const { instance: _instance, requestId: _requestId, ...rest } = Problem.parse(JSON.parse(body));
  return rest;
};
const session = (user: MatrixUser) => {
  const found = sessions.get(user.email);
  if (!found) throw new Error(`no session for ${user.email}`);
  return found;
};

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  world = await prepareMatrixWorld(t.prisma);
  // The conferences of the case situations are coordinated by someone else, so a coordinator's
  // place on a case team (which gives him nothing) is tested too.
  const otherCoordinator = await t.prisma.user.create({
    data: {
      municipalityId: world.municipalityId,
      email: 'matrix.coordinator@demo.inddrag.dk',
      name: 'Matrix Samordner',
      role: 'COORDINATOR',
      passwordHash: 'not-a-login',
    },
  });
  const actions = [...new Set(MEETING_ROUTES.map((r) => r.access as Action))];
  for (const user of MATRIX_USERS) {
    const userId = world.userIds[user.email] as string;
    for (const action of actions) {
      for (const situation of situationsFor(user)) {
        const caseRole = caseRoleIn(situation, action, user.role);
        const key = meetingKey(user, situation, caseRole);
        if (meetings.has(key)) continue;
        const kase = await createSituationCase(t.prisma, world, user, situation, caseRole, now);
        meetings.set(key, await createMatrixMeeting(t.prisma, kase, otherCoordinator.id, now));
      }
    }
    const own = await createBareCase(t.prisma, world, { now });
    meetings.set(meetingKey(user, 'coordinates', null), await createMatrixMeeting(t.prisma, own, userId, now));
    const foreign = await createBareCase(t.prisma, world, { now, municipalityId: world.otherMunicipalityId });
    meetings.set(meetingKey(user, 'coordinatesOtherMunicipality', null), await createMatrixMeeting(t.prisma, foreign, userId, now));
  }
  for (const user of MATRIX_USERS) sessions.set(user.email, await loginAs(t.app, user.email));
  const missing = await session(MATRIX_USERS.find((u) => u.role === 'CASEWORKER') as MatrixUser).inject({
    method: 'GET',
    url: `/api/meetings/${crypto.randomUUID()}`,
  });
  expect(missing.statusCode).toBe(404);
  notFoundBody = comparable(missing.body);
});
afterAll(async () => t?.close());

describe('meeting routes: POLICY × role × situation (generated)', () => {
  it('the app has meeting routes, and MEETING_ROUTE_REQUESTS knows a valid request for every one of them', () => {
    expect(MEETING_ROUTES.length).toBeGreaterThanOrEqual(5);
    const missing = MEETING_ROUTES.map(routeKey).filter((key) => !MEETING_ROUTE_REQUESTS[key]);
    expect(missing, 'add a valid request for these routes to apps/api/src/modules/meetings/matrix-requests.ts').toEqual([]);
  });

  for (const route of MEETING_ROUTES) {
    const action = route.access as Action;
    describe(`${routeKey(route)} (${action})`, () => {
      for (const user of MATRIX_USERS) {
        const allowedIn = meetingSituationsFor(user).filter((s) => meetingPolicyAllows(action, user, s));
        const name = allowedIn.length
          ? `${describeUser(user)}: allowed only when ${allowedIn.join(', ')}; otherwise 404 exactly as for a missing meeting`
          : `${describeUser(user)}: 404 in every situation, exactly as for a missing meeting`;
        it(name, async () => {
          const build = MEETING_ROUTE_REQUESTS[routeKey(route)];
          if (!build) throw new Error(`no valid request known for ${routeKey(route)}: add one to MEETING_ROUTE_REQUESTS`);
          const expected: Record<string, string> = {};
          const actual: Record<string, string> = {};
          for (const situation of meetingSituationsFor(user)) {
            const caseRole =
              situation === 'coordinates' || situation === 'coordinatesOtherMunicipality' ? null : caseRoleIn(situation, action, user.role);
            const meeting = meetings.get(meetingKey(user, situation, caseRole));
            if (!meeting) throw new Error(`no meeting for ${user.email} in ${situation}`);
            const request = await build(t.prisma, meeting);
            const response = await session(user).inject({
              method: route.method as InjectOptions['method'],
              url: request.url,
              ...(request.payload ? { payload: request.payload } : {}),
              ...(request.headers ? { headers: request.headers } : {}),
            });
            let seen: string = outcome(response.statusCode);
            if (response.statusCode === 404 && route.method !== 'HEAD') {
              if (JSON.stringify(comparable(response.body)) !== JSON.stringify(notFoundBody))
                seen = `404 with a body unlike a missing meeting's: ${response.body}`;
            }
            if (seen.startsWith('unexpected')) seen += `: ${response.body}`;
            actual[situation] = seen;
            expected[situation] = meetingPolicyAllows(action, user, situation) ? 'allowed' : 'denied (404)';
          }
          expect(actual).toEqual(expected);
        });
      }
    });
  }
});
