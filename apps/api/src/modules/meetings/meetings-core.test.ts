import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingDetail, MeetingList, MyMeetingList, Problem } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { NOW, networkMeetingPlan, newMeetingCase } from './meeting-fixtures';

let t: TestApp;
let ids: DemoIds;
let raadgiver: TestSession;
let facilitator: TestSession;
let samordner: TestSession;
let camilla: TestSession;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, seed: true });
  const login = (name: string) => loginAs(t.app, `${name}@demo.inddrag.dk`);
  raadgiver = await login('raadgiver');
  facilitator = await login('facilitator');
  samordner = await login('samordner');
  camilla = await login('ungecenter');
  ids = await demoIds(t.prisma);
});
afterAll(async () => t?.close());

const meetingsUrl = (caseId: string) => `/api/cases/${caseId}/meetings`;

describe('planning a meeting', () => {
  it('plans an inclusive network meeting, audits it and puts it on the timeline', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const created = await facilitator.inject({ method: 'POST', url: meetingsUrl(c.caseId), payload: networkMeetingPlan(c, ids) });
    expect(created.statusCode, created.body).toBe(201);
    const meeting = MeetingDetail.parse(created.json());
    expect(meeting).toMatchObject({ type: 'NETWORK_MEETING', status: 'PLANNED', leader: { user: { id: c.facilitatorId } }, warnings: [] });
    expect(meeting.phases[0]).toBe('WELCOME');
    const audit = await t.prisma.auditEvent.count({ where: { entityType: 'Meeting', entityId: meeting.id, action: 'CREATE' } });
    expect(audit).toBe(1);
    const event = await t.prisma.caseEvent.count({ where: { caseId: c.caseId, kind: 'meeting.planned' } });
    expect(event).toBe(1);

    const list = MeetingList.parse((await raadgiver.inject({ method: 'GET', url: meetingsUrl(c.caseId) })).json());
    expect(list.items.map((item) => item.id)).toEqual([meeting.id]);
    expect(list.can.plan).toBe(true);
    const mine = MyMeetingList.parse((await facilitator.inject({ method: 'GET', url: '/api/meetings/mine' })).json());
    expect(mine.items.map((item) => item.id)).toContain(meeting.id);
  });

  it('warns when the leader also invites or takes notes, and refuses a leader from outside', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const doubled = await raadgiver.inject({
      method: 'POST',
      url: meetingsUrl(c.caseId),
      payload: networkMeetingPlan(c, ids, { leader: { userId: ids.raadgiver, name: null }, noteTaker: { userId: ids.raadgiver, name: null } }),
    });
    expect(doubled.statusCode).toBe(201);
    expect(MeetingDetail.parse(doubled.json()).warnings.map((w) => w.code)).toContain('ROLE_CONFLICT');

    const outsider = await raadgiver.inject({
      method: 'POST',
      url: meetingsUrl(c.caseId),
      payload: networkMeetingPlan(c, ids, { noteTaker: { userId: ids.camilla, name: null } }),
    });
    expect(outsider.statusCode).toBe(400);
    expect(Problem.parse(outsider.json()).errors?.[0]?.path).toBe('body.noteTaker.userId');
  });

  it('answers a bad plan with field-level messages', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const bad = await raadgiver.inject({ method: 'POST', url: meetingsUrl(c.caseId), payload: { type: 'NETWORK_MEETING', purpose: '' } });
    expect(bad.statusCode).toBe(400);
    const paths = Problem.parse(bad.json()).errors?.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.purpose', 'body.startsAt', 'body.place', 'body.initiator']));
  });
});

describe('a network council', () => {
  it('starts from the police date: the case gets the 7-day deadline, the young person and custody holder are invited', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const created = await raadgiver.inject({
      method: 'POST',
      url: meetingsUrl(c.caseId),
      payload: networkMeetingPlan(c, ids, { type: 'NETWORK_COUNCIL', policeDocumentationOn: '2026-11-20', startsAt: '2026-11-26T13:00:00.000Z', endsAt: null }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const council = MeetingDetail.parse(created.json());
    expect(council.councilDeadline).toEqual({ dueOn: '2026-11-27', daysLeft: 3, overdue: false, met: false });
    expect(council.participants.map((p) => [p.kind, p.mandatory])).toEqual([
      ['CHILD', true],
      ['CUSTODY_HOLDER', true],
    ]);
    const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { nextDeadlineKind: true, nextDeadlineOn: true } });
    expect(kase.nextDeadlineKind).toBe('NETWORK_COUNCIL');
    expect(kase.nextDeadlineOn?.toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it('refuses a council without the police date', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const response = await raadgiver.inject({ method: 'POST', url: meetingsUrl(c.caseId), payload: networkMeetingPlan(c, ids, { type: 'NETWORK_COUNCIL' }) });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors?.[0]?.path).toBe('body.policeDocumentationOn');
  });
});

describe('who reaches a meeting', () => {
  it('the coordinator sees only the conference he coordinates; others outside the team get 404', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const samordnerId = (await t.prisma.user.findUniqueOrThrow({ where: { email: 'samordner@demo.inddrag.dk' } })).id;
    const conference = MeetingDetail.parse(
      (
        await raadgiver.inject({
          method: 'POST',
          url: meetingsUrl(c.caseId),
          payload: networkMeetingPlan(c, ids, { type: 'FAMILY_GROUP_CONFERENCE', coordinatorId: samordnerId, leader: { userId: null, name: 'Mormor Grethe' } }),
        })
      ).json(),
    );
    const other = MeetingDetail.parse(
      (await raadgiver.inject({ method: 'POST', url: meetingsUrl(c.caseId), payload: networkMeetingPlan(c, ids) })).json(),
    );
    const seen = await samordner.inject({ method: 'GET', url: `/api/meetings/${conference.id}` });
    expect(seen.statusCode).toBe(200);
    expect(MeetingDetail.parse(seen.json()).can).toMatchObject({ run: true, approvePlan: false });
    expect((await samordner.inject({ method: 'GET', url: `/api/meetings/${other.id}` })).statusCode).toBe(404);
    expect((await samordner.inject({ method: 'GET', url: meetingsUrl(c.caseId) })).statusCode).toBe(404);
    expect((await camilla.inject({ method: 'GET', url: `/api/meetings/${conference.id}` })).statusCode).toBe(404);
    const mine = MyMeetingList.parse((await samordner.inject({ method: 'GET', url: '/api/meetings/mine' })).json());
    expect(mine.items.map((item) => item.id)).toContain(conference.id);
    expect(mine.items.every((item) => item.type === 'FAMILY_GROUP_CONFERENCE')).toBe(true);
    expect(mine.items.map((item) => item.id)).not.toContain(other.id);
    expect(MeetingDetail.parse((await raadgiver.inject({ method: 'GET', url: `/api/meetings/${conference.id}` })).json()).can.approvePlan).toBe(true);
  });
});
