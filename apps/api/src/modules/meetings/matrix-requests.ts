// Valid requests for the meeting routes, for the authorization matrices
// (apps/api/src/access/authorization-matrix.test.ts for the case routes,
// apps/api/src/access/meeting-matrix.test.ts for the /meetings/:meetingId routes). Each answers 2xx,
// 409 or 422 to a user the access checks let through, so a 400 never stands in for an access decision.
import type { PrismaClient } from '@inddrag/db';
import type { MatrixRequest, SituationCase } from '../../testing/matrix-fixtures';

type CaseBuilder = (prisma: PrismaClient, c: SituationCase) => Promise<MatrixRequest>;

/** A meeting the matrix visits: a family group conference on a situation case. */
export interface MatrixMeeting {
  meetingId: string;
  caseId: string;
}
type MeetingBuilder = (prisma: PrismaClient, m: MatrixMeeting) => Promise<MatrixRequest>;

const casePath = (c: SituationCase) => `/api/cases/${c.caseId}/meetings`;

/** A plan any writer on the case may make: no roles held by users, so no team rule applies. */
const MATRIX_MEETING_PLAN = {
  type: 'NETWORK_MEETING',
  purpose: 'Matrixtest',
  startsAt: '2026-12-03T14:00:00.000Z',
  place: 'Medborgerhuset',
  initiator: 'Rådgiveren',
  leader: { userId: null, name: 'Matrix Mødeleder' },
};

export const MEETING_CASE_ROUTE_REQUESTS: Record<string, CaseBuilder> = {
  'GET /api/cases/:caseId/meetings': async (_p, c) => ({ url: casePath(c) }),
  'HEAD /api/cases/:caseId/meetings': async (_p, c) => ({ url: casePath(c) }),
  'GET /api/cases/:caseId/meetings/options': async (_p, c) => ({ url: `${casePath(c)}/options` }),
  'HEAD /api/cases/:caseId/meetings/options': async (_p, c) => ({ url: `${casePath(c)}/options` }),
  'POST /api/cases/:caseId/meetings': async (_p, c) => ({ url: casePath(c), payload: MATRIX_MEETING_PLAN }),
};

/**
 * A family group conference on the case, made directly in the database (by the case's bystander),
 * coordinated by `coordinatorId`: the meeting every /meetings/:meetingId route of the matrix is sent to.
 */
export async function createMatrixMeeting(
  prisma: PrismaClient,
  c: Pick<SituationCase, 'caseId' | 'bystanderMemberId'>,
  coordinatorId: string,
  now: Date,
): Promise<MatrixMeeting> {
  const member = await prisma.caseTeamMember.findUniqueOrThrow({ where: { id: c.bystanderMemberId }, select: { userId: true } });
  const meeting = await prisma.meeting.create({
    data: {
      caseId: c.caseId,
      type: 'FAMILY_GROUP_CONFERENCE',
      purpose: 'Matrixtest',
      startsAt: new Date('2026-12-03T14:00:00Z'),
      place: 'Medborgerhuset',
      initiator: 'Rådgiveren',
      coordinatorId,
      createdById: member.userId,
      updatedById: member.userId,
      createdAt: now,
      participants: {
        create: [
          { kind: 'CHILD', name: 'Matrix', relation: 'barnet', position: 0 },
          { kind: 'PROFESSIONAL', userId: member.userId, name: 'Matrix Bystander', relation: 'rådgiver', position: 1 },
        ],
      },
      questions: { create: [{ text: 'Hvordan får barnet en god hverdag?', position: 0 }] },
    },
    select: { id: true },
  });
  return { meetingId: meeting.id, caseId: c.caseId };
}

const meetingPath = (m: MatrixMeeting, suffix = '') => `/api/meetings/${m.meetingId}${suffix}`;
const versionOf = async (prisma: PrismaClient, m: MatrixMeeting) =>
  (await prisma.meeting.findUniqueOrThrow({ where: { id: m.meetingId }, select: { version: true } })).version;
const participantOf = async (prisma: PrismaClient, m: MatrixMeeting) =>
  prisma.meetingParticipant.findFirstOrThrow({
    where: { meetingId: m.meetingId, kind: 'PROFESSIONAL' },
    select: { id: true, version: true },
  });

/** A decision id the matrix's meeting does not have (its run writes are refused before it is looked up). */
const MATRIX_DECISION_ID = '00000000-0000-4000-8000-0000000000d1';

/** Requests for the /meetings/:meetingId routes; a route without one fails the matrix. */
export const MEETING_ROUTE_REQUESTS: Record<string, MeetingBuilder> = {
  // The meeting itself (helper: running). The matrix's conference is PLANNED: every run write answers
  // 422 (not started) or 409 (stale version), so it is considered and changes nothing.
  'POST /api/meetings/:meetingId/start': async (prisma, m) => ({
    url: meetingPath(m, '/start'),
    payload: { version: (await versionOf(prisma, m)) + 1000 },
  }),
  'PATCH /api/meetings/:meetingId/run': async (prisma, m) => ({
    url: meetingPath(m, '/run'),
    payload: { version: await versionOf(prisma, m), worries: 'Matrixtest' },
  }),
  'POST /api/meetings/:meetingId/decisions': async (prisma, m) => ({
    url: meetingPath(m, '/decisions'),
    payload: { version: await versionOf(prisma, m), what: 'Matrixtest', who: 'Mormor' },
  }),
  'PUT /api/meetings/:meetingId/decisions/:decisionId': async (prisma, m) => ({
    url: meetingPath(m, `/decisions/${MATRIX_DECISION_ID}`),
    payload: { version: await versionOf(prisma, m), what: 'Matrixtest', who: 'Mormor' },
  }),
  'DELETE /api/meetings/:meetingId/decisions/:decisionId': async (prisma, m) => ({
    url: meetingPath(m, `/decisions/${MATRIX_DECISION_ID}?version=${await versionOf(prisma, m)}`),
  }),
  'POST /api/meetings/:meetingId/agreements': async (_p, m) => ({
    url: meetingPath(m, '/agreements'),
    payload: { decisionIds: [MATRIX_DECISION_ID] },
  }),
  'POST /api/meetings/:meetingId/scores': async (_p, m) => ({
    url: meetingPath(m, '/scores'),
    payload: { scores: [{ scoredOn: '2026-11-24', perspective: 'NETWORK', respondent: 'Mormor', score: 5, question: 'Hvor er vi?' }] },
  }),
  'POST /api/meetings/:meetingId/finish': async (prisma, m) => ({
    url: meetingPath(m, '/finish'),
    payload: { version: await versionOf(prisma, m) },
  }),
  'PUT /api/meetings/:meetingId/fidelity': async (prisma, m) => ({
    url: meetingPath(m, '/fidelity'),
    payload: { version: await versionOf(prisma, m), items: [{ item: 'PLAN_APPROVED', done: true }] },
  }),
  'GET /api/meetings/:meetingId/minutes': async (_p, m) => ({ url: meetingPath(m, '/minutes') }),
  'HEAD /api/meetings/:meetingId/minutes': async (_p, m) => ({ url: meetingPath(m, '/minutes') }),
  'GET /api/meetings/:meetingId/minutes.pdf': async (_p, m) => ({ url: meetingPath(m, '/minutes.pdf?audience=NETWORK') }),
  'POST /api/meetings/:meetingId/minutes/share': async (prisma, m) => ({
    url: meetingPath(m, '/minutes/share'),
    payload: { version: await versionOf(prisma, m) },
  }),
  'GET /api/meetings/:meetingId': async (_p, m) => ({ url: meetingPath(m) }),
  'HEAD /api/meetings/:meetingId': async (_p, m) => ({ url: meetingPath(m) }),
  'PUT /api/meetings/:meetingId/conference/questions': async (prisma, m) => ({
    url: meetingPath(m, '/conference/questions'),
    payload: { version: await versionOf(prisma, m), questions: [{ text: 'Hvordan får barnet en god hverdag?' }] },
  }),
  // The conference has not started: 422 (the write was considered).
  'POST /api/meetings/:meetingId/conference/private-time': async (prisma, m) => ({
    url: meetingPath(m, '/conference/private-time'),
    payload: { version: await versionOf(prisma, m), action: 'START' },
  }),
  // No family plan yet: 422.
  'POST /api/meetings/:meetingId/conference/approval': async (prisma, m) => ({
    url: meetingPath(m, '/conference/approval'),
    payload: { version: await versionOf(prisma, m), decision: 'APPROVED' },
  }),
  'PATCH /api/meetings/:meetingId/participants/:participantId': async (prisma, m) => {
    const participant = await participantOf(prisma, m);
    return {
      url: meetingPath(m, `/participants/${participant.id}`),
      payload: { version: participant.version, reply: 'COMING' },
    };
  },
  // Planning (helper: planning). Writes that would change the meeting for the next requests send a
  // stale version and get 409: the write was considered.
  'PUT /api/meetings/:meetingId/plan': async (prisma, m) => {
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id: m.meetingId }, select: { version: true, coordinatorId: true } });
    const { type: _type, ...fields } = MATRIX_MEETING_PLAN;
    return { url: meetingPath(m, '/plan'), payload: { ...fields, coordinatorId: meeting.coordinatorId, version: meeting.version } };
  },
  'POST /api/meetings/:meetingId/participants': async (_p, m) => ({
    url: meetingPath(m, '/participants'),
    payload: { participants: [{ kind: 'CHILD' }] },
  }),
  'DELETE /api/meetings/:meetingId/participants/:participantId': async (prisma, m) => {
    const participant = await participantOf(prisma, m);
    return { url: meetingPath(m, `/participants/${participant.id}?version=${participant.version + 1000}`) };
  },
  'PUT /api/meetings/:meetingId/preparation': async (prisma, m) => ({
    url: meetingPath(m, '/preparation'),
    payload: { version: await versionOf(prisma, m), items: [{ item: 'ROLES_AGREED', done: true }] },
  }),
  'POST /api/meetings/:meetingId/cancel': async (_p, m) => ({
    url: meetingPath(m, '/cancel'),
    payload: { version: -1, reason: 'Matrixtest' },
  }),
  'GET /api/meetings/:meetingId/participants/:participantId/invitation': async (prisma, m) => ({
    url: meetingPath(m, `/participants/${(await participantOf(prisma, m)).id}/invitation`),
  }),
  'HEAD /api/meetings/:meetingId/participants/:participantId/invitation': async (prisma, m) => ({
    url: meetingPath(m, `/participants/${(await participantOf(prisma, m)).id}/invitation`),
  }),
  'GET /api/meetings/:meetingId/participants/:participantId/invitation.pdf': async (prisma, m) => ({
    url: meetingPath(m, `/participants/${(await participantOf(prisma, m)).id}/invitation.pdf`),
  }),
};
