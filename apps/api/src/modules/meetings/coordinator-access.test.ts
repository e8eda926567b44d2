// The independent coordinator (samordner, role COORDINATOR, no unit) reaches the family group
// conferences he coordinates and nothing else of the case (issue 7 point 4, domain.md §2.9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingDetail, MyMeetingList } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { NOW, networkMeetingPlan, newMeetingCase, type MeetingCase } from './meeting-fixtures';

let t: TestApp;
let ids: DemoIds;
let raadgiver: TestSession;
let samordner: TestSession;
let samordnerId: string;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, seed: true });
  raadgiver = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  samordner = await loginAs(t.app, 'samordner@demo.inddrag.dk');
  ids = await demoIds(t.prisma);
  samordnerId = (await t.prisma.user.findUniqueOrThrow({ where: { email: 'samordner@demo.inddrag.dk' } })).id;
});
afterAll(async () => t?.close());

const url = (meetingId: string, suffix = '') => `/api/meetings/${meetingId}${suffix}`;

async function plan(c: MeetingCase, extra: Parameters<typeof networkMeetingPlan>[2] = {}) {
  const created = await raadgiver.inject({ method: 'POST', url: `/api/cases/${c.caseId}/meetings`, payload: networkMeetingPlan(c, ids, extra) });
  expect(created.statusCode, created.body).toBe(201);
  return MeetingDetail.parse(created.json());
}
const conferenceOf = (c: MeetingCase, coordinatorId: string | null = samordnerId) =>
  plan(c, { type: 'FAMILY_GROUP_CONFERENCE', coordinatorId, leader: { userId: null, name: null } });
const versionOf = async (meetingId: string) => (await t.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version;

describe('the coordinator of a family group conference', () => {
  it('reads and works on his conference: questions, participants, private time, the meeting screen', async () => {
    const c = await newMeetingCase(t.prisma, ids, 'SAM');
    const conference = await conferenceOf(c);

    const read = await samordner.inject({ method: 'GET', url: url(conference.id) });
    expect(read.statusCode).toBe(200);
    expect(MeetingDetail.parse(read.json()).can).toEqual({ plan: true, run: true, approvePlan: false, readProfessionalNotes: true });

    const questions = await samordner.inject({
      method: 'PUT',
      url: url(conference.id, '/conference/questions'),
      payload: { version: conference.version, questions: [{ text: 'Hvordan sikrer I, at Emma kommer i skole?' }] },
    });
    expect(questions.statusCode, questions.body).toBe(200);

    const invited = await samordner.inject({
      method: 'POST',
      url: url(conference.id, '/participants'),
      payload: { participants: [{ kind: 'NETWORK_PERSON', networkPersonId: c.mormor }, { kind: 'PROFESSIONAL', userId: ids.ali }] },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const ali = MeetingDetail.parse(invited.json()).participants.find((p) => p.userId === ids.ali);
    const informant = await samordner.inject({
      method: 'PATCH',
      url: url(conference.id, `/participants/${ali?.id}`),
      payload: { version: ali?.version, isInformant: true, briefing: 'Familiebehandleren fortæller om forløbet.' },
    });
    expect(informant.statusCode, informant.body).toBe(200);
    expect(MeetingDetail.parse(informant.json()).participants.find((p) => p.id === ali?.id)).toMatchObject({ isInformant: true });

    await t.prisma.meeting.update({ where: { id: conference.id }, data: { status: 'IN_PROGRESS', startedAt: NOW } });
    const started = await samordner.inject({ method: 'POST', url: url(conference.id, '/conference/private-time'), payload: { version: await versionOf(conference.id), action: 'START' } });
    expect(started.statusCode, started.body).toBe(200);
    const run = await samordner.inject({
      method: 'PATCH',
      url: url(conference.id, '/run'),
      payload: { version: await versionOf(conference.id), familyPlan: 'Mormor kører Emma i skole.' },
    });
    expect(run.statusCode, run.body).toBe(200);
    expect(MeetingDetail.parse((await samordner.inject({ method: 'GET', url: url(conference.id) })).json()).conference?.familyPlan).toBe('Mormor kører Emma i skole.');
  });

  it('gets 404 on the case, on the case’s other meetings, on a conference coordinated by someone else, and on the approval', async () => {
    const c = await newMeetingCase(t.prisma, ids, 'SAM');
    const mine = await conferenceOf(c);
    const uncoordinated = await conferenceOf(c, null);
    const network = await plan(c);
    await t.prisma.meeting.update({ where: { id: mine.id }, data: { status: 'HELD', familyPlan: 'Planen' } });

    const statuses = {
      uncoordinated: (await samordner.inject({ method: 'GET', url: url(uncoordinated.id) })).statusCode,
      uncoordinatedQuestions: (
        await samordner.inject({ method: 'PUT', url: url(uncoordinated.id, '/conference/questions'), payload: { version: uncoordinated.version, questions: [{ text: 'Et spørgsmål' }] } })
      ).statusCode,
      network: (await samordner.inject({ method: 'GET', url: url(network.id) })).statusCode,
      case: (await samordner.inject({ method: 'GET', url: `/api/cases/${c.caseId}` })).statusCode,
      caseMeetings: (await samordner.inject({ method: 'GET', url: `/api/cases/${c.caseId}/meetings` })).statusCode,
      planAnother: (
        await samordner.inject({ method: 'POST', url: `/api/cases/${c.caseId}/meetings`, payload: networkMeetingPlan(c, ids) })
      ).statusCode,
      networkMaps: (await samordner.inject({ method: 'GET', url: `/api/cases/${c.caseId}/network-maps` })).statusCode,
      timeline: (await samordner.inject({ method: 'GET', url: `/api/cases/${c.caseId}/timeline` })).statusCode,
      approval: (
        await samordner.inject({ method: 'POST', url: url(mine.id, '/conference/approval'), payload: { version: await versionOf(mine.id), decision: 'APPROVED' } })
      ).statusCode,
    };
    expect(statuses).toEqual({
      uncoordinated: 404,
      uncoordinatedQuestions: 404,
      network: 404,
      case: 404,
      caseMeetings: 404,
      planAnother: 404,
      networkMaps: 404,
      timeline: 404,
      approval: 404,
    });
    expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: mine.id } })).planApproval).toBeNull();
  });

  it('loses access at once when another coordinator takes over', async () => {
    const c = await newMeetingCase(t.prisma, ids, 'SAM');
    const conference = await conferenceOf(c);
    expect((await samordner.inject({ method: 'GET', url: url(conference.id) })).statusCode).toBe(200);
    const successor = await t.prisma.user.create({
      data: { municipalityId: ids.municipality, email: `samordner.ny.${conference.id}@demo.inddrag.dk`, name: 'Ny Samordner', role: 'COORDINATOR', passwordHash: 'x' },
    });
    await t.prisma.meeting.update({ where: { id: conference.id }, data: { coordinatorId: successor.id } });
    expect((await samordner.inject({ method: 'GET', url: url(conference.id) })).statusCode).toBe(404);
    const write = await samordner.inject({ method: 'PUT', url: url(conference.id, '/conference/questions'), payload: { version: await versionOf(conference.id), questions: [{ text: 'For sent' }] } });
    expect(write.statusCode).toBe(404);
    const listed = MyMeetingList.parse((await samordner.inject({ method: 'GET', url: '/api/meetings/mine?include=all' })).json());
    expect(listed.items.map((item) => item.id)).not.toContain(conference.id);
  });

  it('"Mine møder" lists exactly the conferences he coordinates', async () => {
    const first = await newMeetingCase(t.prisma, ids, 'SAM');
    const second = await newMeetingCase(t.prisma, ids, 'SAM');
    const a = await conferenceOf(first);
    const b = await conferenceOf(second);
    await conferenceOf(second, null);
    await plan(first);
    const expected = await t.prisma.meeting.findMany({ where: { coordinatorId: samordnerId, type: 'FAMILY_GROUP_CONFERENCE' }, select: { id: true } });
    const listed = MyMeetingList.parse((await samordner.inject({ method: 'GET', url: '/api/meetings/mine?include=all' })).json());
    expect(listed.items.map((item) => item.id).sort()).toEqual(expected.map((m) => m.id).sort());
    expect(listed.items.map((item) => item.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(listed.items.every((item) => item.type === 'FAMILY_GROUP_CONFERENCE')).toBe(true);
  });

  it('sees no CPR number and no contact details of the network in the conference', async () => {
    const c = await newMeetingCase(t.prisma, ids, 'SAM');
    await t.prisma.networkPerson.update({ where: { id: c.mormor }, data: { email: 'grethe@example.dk', address: 'Rosenvej 7, 8000 Aarhus C', phone: '23456789' } });
    const conference = await conferenceOf(c);
    const invited = await raadgiver.inject({
      method: 'POST',
      url: url(conference.id, '/participants'),
      payload: { participants: [{ kind: 'NETWORK_PERSON', networkPersonId: c.mormor }, { kind: 'CUSTODY_HOLDER', caseParentId: c.motherId }, { kind: 'CHILD' }] },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { childCpr: true } });

    const response = await samordner.inject({ method: 'GET', url: url(conference.id) });
    expect(response.statusCode).toBe(200);
    const detail = MeetingDetail.parse(response.json());
    expect(detail.participants.map((p) => p.name)).toEqual(expect.arrayContaining(['Grethe Hansen', 'Maria Mor']));
    const secrets = [kase.childCpr, kase.childCpr.slice(0, 6), '0101851234', 'Hjemvej 1', 'grethe@example.dk', 'Rosenvej 7', '23456789', '12345678'];
    expect(secrets.filter((secret) => response.body.includes(secret))).toEqual([]);
    expect(response.body).not.toMatch(/"(cpr|phone|email|address)"/i);
    // He sees that the father may not be invited, not why (the risk flag's reason is the team's).
    const far = detail.candidates.find((candidate) => candidate.name === 'Karsten Far');
    expect(far?.contact).toMatchObject({ allowed: false, blocks: [{ reason: 'DO_NOT_CONTACT' }] });
    expect(response.body).not.toContain('Polititilhold');
    const forTeam = await raadgiver.inject({ method: 'GET', url: url(conference.id) });
    expect(forTeam.body).toContain('Polititilhold');
  });
});
