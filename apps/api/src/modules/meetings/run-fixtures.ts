// Test fixtures for the meeting screen's integration tests (imported only by *.test.ts files).
import { MeetingDetail, type PlanMeetingRequest } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import type { DemoIds } from '../../testing/demo-case';
import type { TestSession } from '../../testing/session';
import { networkMeetingPlan, type MeetingCase } from './meeting-fixtures';

/** Plans a meeting through the API and invites mormor, nabo, træner and the mother (rows written directly). */
export async function plannedMeeting(
  prisma: PrismaClient,
  session: TestSession,
  c: MeetingCase,
  ids: DemoIds,
  extra: Partial<PlanMeetingRequest> = {},
): Promise<MeetingDetail> {
  const response = await session.inject({ method: 'POST', url: `/api/cases/${c.caseId}/meetings`, payload: networkMeetingPlan(c, ids, extra) });
  if (response.statusCode !== 201) throw new Error(`planning failed: ${response.body}`);
  const meeting = MeetingDetail.parse(response.json());
  const start = meeting.participants.length;
  const people: [string, string, string][] = [
    [c.mormor, 'Grethe Hansen', 'mormor'],
    [c.nabo, 'Jens Nabo', 'nabo'],
    [c.traener, 'Ole Træner', 'fodboldtræner'],
  ];
  await prisma.meetingParticipant.createMany({
    data: [
      ...people.map(([networkPersonId, name, relation], index) => ({
        meetingId: meeting.id,
        position: start + index,
        kind: 'NETWORK_PERSON' as const,
        networkPersonId,
        name,
        relation,
      })),
      { meetingId: meeting.id, position: start + 3, kind: 'PROFESSIONAL', userId: ids.ali, name: 'Ali Demir', relation: 'Familiebehandler' },
    ],
  });
  return MeetingDetail.parse((await session.inject({ method: 'GET', url: `/api/meetings/${meeting.id}` })).json());
}

/** A planned meeting, started. */
export async function startedMeeting(
  prisma: PrismaClient,
  session: TestSession,
  c: MeetingCase,
  ids: DemoIds,
  extra: Partial<PlanMeetingRequest> = {},
): Promise<MeetingDetail> {
  const planned = await plannedMeeting(prisma, session, c, ids, extra);
  const response = await session.inject({ method: 'POST', url: `/api/meetings/${planned.id}/start`, payload: { version: planned.version } });
  if (response.statusCode !== 200) throw new Error(`start failed: ${response.body}`);
  return MeetingDetail.parse(response.json());
}

/** The child's network map of the case with the given persons on it (written directly, version 1). */
export async function childMap(prisma: PrismaClient, c: MeetingCase, ids: DemoIds, personIds: string[]): Promise<string> {
  const map = await prisma.networkMap.create({
    data: {
      caseId: c.caseId,
      perspective: 'CHILD',
      createdById: ids.raadgiver,
      createdUnitId: ids.myndighed,
      entries: { create: personIds.map((personId) => ({ personId, ring: 'INNER', quality: 'SUPPORTIVE', qualityView: 'CHILD' })) },
      versions: {
        create: {
          number: 1,
          occasion: 'NETVAERKSMOEDE',
          authorId: ids.raadgiver,
          unitId: ids.myndighed,
          snapshot: { persons: [], ties: [] },
          personCount: personIds.length,
          privateCount: personIds.length,
          agreementCount: 0,
        },
      },
    },
    select: { id: true },
  });
  return map.id;
}

export const decision = (version: number, extra: Record<string, unknown> = {}) => ({
  version,
  what: 'Henter Emma i skole tirsdag og torsdag',
  who: 'Mormor',
  dueOn: '2026-12-31',
  ...extra,
});
