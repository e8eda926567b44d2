import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseListResponse, MeetingDetail, Problem, type PlanMeetingRequest } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { NOW, networkMeetingPlan, newMeetingCase, type MeetingCase } from './meeting-fixtures';

let t: TestApp;
let ids: DemoIds;
let raadgiver: TestSession;
let facilitator: TestSession;
let samordner: TestSession;
let samordnerId: string;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, seed: true });
  const login = (name: string) => loginAs(t.app, `${name}@demo.inddrag.dk`);
  raadgiver = await login('raadgiver');
  facilitator = await login('facilitator');
  samordner = await login('samordner');
  ids = await demoIds(t.prisma);
  samordnerId = (await t.prisma.user.findUniqueOrThrow({ where: { email: 'samordner@demo.inddrag.dk' } })).id;
});
afterAll(async () => t?.close());

async function plan(c: MeetingCase, extra: Partial<PlanMeetingRequest> = {}, as = raadgiver): Promise<MeetingDetail> {
  const response = await as.inject({
    method: 'POST',
    url: `/api/cases/${c.caseId}/meetings`,
    payload: networkMeetingPlan(c, ids, extra),
  });
  expect(response.statusCode, response.body).toBe(201);
  return MeetingDetail.parse(response.json());
}

const url = (meetingId: string, rest = '') => `/api/meetings/${meetingId}${rest}`;

function planUpdate(c: MeetingCase, meeting: MeetingDetail, extra: Record<string, unknown> = {}) {
  const {
    type: _type,
    policeDocumentationOn: _police,
    followUpOfId: _followUp,
    ...fields
  } = networkMeetingPlan(c, ids);
  return { ...fields, coordinatorId: meeting.coordinator?.id ?? null, version: meeting.version, ...extra };
}

describe('changing the plan', () => {
  it('changes the plan, audits the changed fields and puts "replanned" on the timeline', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await plan(c);
    const response = await facilitator.inject({
      method: 'PUT',
      url: url(meeting.id, '/plan'),
      payload: planUpdate(c, meeting, {
        place: 'Biblioteket, mødelokale 1',
        startsAt: '2026-12-04T14:00:00.000Z',
        endsAt: '2026-12-04T16:00:00.000Z',
      }),
    });
    expect(response.statusCode, response.body).toBe(200);
    const changed = MeetingDetail.parse(response.json());
    expect(changed).toMatchObject({
      place: 'Biblioteket, mødelokale 1',
      startsAt: '2026-12-04T14:00:00.000Z',
      version: meeting.version + 1,
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'Meeting', entityId: meeting.id, action: 'UPDATE' },
    });
    expect((audit.details as { fields: string[] }).fields.sort()).toEqual(['endsAt', 'place', 'startsAt']);
    expect(
      await t.prisma.caseEvent.count({ where: { caseId: c.caseId, kind: 'meeting.replanned', entityId: meeting.id } }),
    ).toBe(1);
  });

  it('answers a stale version with 409 and the meeting as it is now', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await plan(c);
    const first = await raadgiver.inject({
      method: 'PUT',
      url: url(meeting.id, '/plan'),
      payload: planUpdate(c, meeting, { place: 'Skolen' }),
    });
    expect(first.statusCode).toBe(200);
    const stale = await facilitator.inject({
      method: 'PUT',
      url: url(meeting.id, '/plan'),
      payload: planUpdate(c, meeting, { place: 'Hallen' }),
    });
    expect(stale.statusCode).toBe(409);
    const current = MeetingDetail.parse((stale.json() as { current: unknown }).current);
    expect(current).toMatchObject({ place: 'Skolen', version: meeting.version + 1 });
  });

  it('warns of role conflicts after a change, and answers bad fields with field-level messages', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await plan(c);
    expect(meeting.warnings.map((w) => w.code)).not.toContain('ROLE_CONFLICT');
    const doubled = await raadgiver.inject({
      method: 'PUT',
      url: url(meeting.id, '/plan'),
      payload: planUpdate(c, meeting, {
        leader: { userId: c.facilitatorId, name: null },
        inviter: { userId: c.facilitatorId, name: null },
      }),
    });
    expect(doubled.statusCode).toBe(200);
    const warnings = MeetingDetail.parse(doubled.json()).warnings;
    expect(warnings.find((w) => w.code === 'ROLE_CONFLICT')?.message).toMatch(/indkalder/);

    const bad = await raadgiver.inject({
      method: 'PUT',
      url: url(meeting.id, '/plan'),
      payload: {
        ...planUpdate(c, meeting),
        purpose: '',
        endsAt: '2026-12-03T13:00:00.000Z',
        version: meeting.version + 1,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).errors?.map((e) => e.path)).toEqual(['body.purpose']);
    const early = await raadgiver.inject({
      method: 'PUT',
      url: url(meeting.id, '/plan'),
      payload: { ...planUpdate(c, meeting), endsAt: '2026-12-03T13:00:00.000Z', version: meeting.version + 1 },
    });
    expect(early.statusCode).toBe(400);
    expect(Problem.parse(early.json()).errors?.map((e) => e.path)).toEqual(['body.endsAt']);
  });

  it("lets the coordinator change his conference's plan but not who coordinates it", async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const conference = await plan(c, {
      type: 'FAMILY_GROUP_CONFERENCE',
      coordinatorId: samordnerId,
      leader: { userId: null, name: 'Mormor Grethe' },
    });
    const own = planUpdate(c, conference, { leader: { userId: null, name: 'Mormor Grethe' }, place: 'Familiens stue' });
    const changed = await samordner.inject({ method: 'PUT', url: url(conference.id, '/plan'), payload: own });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = MeetingDetail.parse(changed.json());
    const moved = await samordner.inject({
      method: 'PUT',
      url: url(conference.id, '/plan'),
      payload: { ...own, coordinatorId: null, version: after.version },
    });
    expect(moved.statusCode).toBe(422);
    expect(Problem.parse(moved.json()).errors?.[0]?.path).toBe('body.coordinatorId');
    const byWorker = await raadgiver.inject({
      method: 'PUT',
      url: url(conference.id, '/plan'),
      payload: { ...own, coordinatorId: null, version: after.version },
    });
    expect(byWorker.statusCode).toBe(200);
  });
});

describe('preparation and cancelling', () => {
  it('saves the preparation checklist per item, versioned on the meeting', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await plan(c);
    const items = [
      { item: 'AGENDA_WITH_FAMILY', done: true, note: 'Aftalt med mor og Emma' },
      { item: 'VENUE_WITH_FAMILY', done: false, note: null },
    ];
    const saved = await facilitator.inject({
      method: 'PUT',
      url: url(meeting.id, '/preparation'),
      payload: { version: meeting.version, items },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const detail = MeetingDetail.parse(saved.json());
    expect(detail.preparation.find((p) => p.item === 'AGENDA_WITH_FAMILY')).toEqual({
      item: 'AGENDA_WITH_FAMILY',
      done: true,
      note: 'Aftalt med mor og Emma',
    });
    const again = await facilitator.inject({
      method: 'PUT',
      url: url(meeting.id, '/preparation'),
      payload: { version: detail.version, items: [{ item: 'AGENDA_WITH_FAMILY', done: false, note: null }] },
    });
    expect(MeetingDetail.parse(again.json()).preparation.find((p) => p.item === 'AGENDA_WITH_FAMILY')?.done).toBe(
      false,
    );
    const stale = await facilitator.inject({
      method: 'PUT',
      url: url(meeting.id, '/preparation'),
      payload: { version: meeting.version, items },
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await facilitator.inject({
      method: 'PUT',
      url: url(meeting.id, '/preparation'),
      payload: { version: 1, items: [{ item: 'COFFEE', done: true }] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(Problem.parse(unknown.json()).errors?.[0]?.path).toMatch(/^body\.items\.0\.item/);
  });

  it("cancels with a reason; the cancelled council leaves the case's deadline running; no more changes", async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const council = await plan(c, {
      type: 'NETWORK_COUNCIL',
      policeDocumentationOn: '2026-11-20',
      startsAt: '2026-11-26T13:00:00.000Z',
      endsAt: null,
    });
    const noReason = await raadgiver.inject({
      method: 'POST',
      url: url(council.id, '/cancel'),
      payload: { version: council.version, reason: ' ' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(Problem.parse(noReason.json()).errors?.[0]?.path).toBe('body.reason');
    const cancelled = await raadgiver.inject({
      method: 'POST',
      url: url(council.id, '/cancel'),
      payload: { version: council.version, reason: 'Den unge er indlagt' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(MeetingDetail.parse(cancelled.json())).toMatchObject({
      status: 'CANCELLED',
      cancelledReason: 'Den unge er indlagt',
      can: { plan: false },
    });
    const kase = await t.prisma.case.findUniqueOrThrow({
      where: { id: c.caseId },
      select: { nextDeadlineKind: true, nextDeadlineOn: true, policeDocumentationOn: true },
    });
    expect(kase.nextDeadlineKind).toBe('NETWORK_COUNCIL');
    expect(kase.nextDeadlineOn?.toISOString().slice(0, 10)).toBe('2026-11-27');
    expect(await t.prisma.caseEvent.count({ where: { caseId: c.caseId, kind: 'meeting.cancelled' } })).toBe(1);
    const again = await raadgiver.inject({
      method: 'POST',
      url: url(council.id, '/cancel'),
      payload: { version: council.version + 1, reason: 'igen' },
    });
    expect(again.statusCode).toBe(422);
  });
});

describe("the network council's 7-day deadline in the case list", () => {
  it('a council planned from a police date 14 days ago shows the case under "overdue" with the council deadline', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const council = await plan(c, {
      type: 'NETWORK_COUNCIL',
      policeDocumentationOn: '2026-11-10',
      startsAt: '2026-11-25T13:00:00.000Z',
      endsAt: null,
    });
    expect(council.councilDeadline).toMatchObject({ dueOn: '2026-11-17', overdue: true });
    expect(council.warnings.map((w) => w.code)).toContain('DEADLINE_MISSED');
    const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { childLastName: true } });
    const list = await raadgiver.inject({
      method: 'GET',
      url: `/api/cases?overdue=true&q=${encodeURIComponent(kase.childLastName)}`,
    });
    expect(list.statusCode, list.body).toBe(200);
    const found = CaseListResponse.parse(list.json()).items.find((item) => item.id === c.caseId);
    expect(found?.nextDeadline).toMatchObject({ kind: 'NETWORK_COUNCIL', dueOn: '2026-11-17' });
  });
});
