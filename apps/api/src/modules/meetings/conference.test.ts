import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingDetail, Problem } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { assertInformantAllowed } from './conference-informants';
import { NOW, networkMeetingPlan, newMeetingCase } from './meeting-fixtures';

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

async function newConference(type: 'FAMILY_GROUP_CONFERENCE' | 'NETWORK_MEETING' = 'FAMILY_GROUP_CONFERENCE') {
  const c = await newMeetingCase(t.prisma, ids, 'FGC');
  const plan = networkMeetingPlan(c, ids, type === 'FAMILY_GROUP_CONFERENCE' ? { type, coordinatorId: samordnerId, leader: { userId: null, name: null } } : {});
  const created = await raadgiver.inject({ method: 'POST', url: `/api/cases/${c.caseId}/meetings`, payload: plan });
  expect(created.statusCode, created.body).toBe(201);
  return { c, meeting: MeetingDetail.parse(created.json()) };
}

/** Puts the meeting in the state the meeting screen (another part) would have left it in. */
async function setState(meetingId: string, data: { status?: 'IN_PROGRESS' | 'HELD' | 'CANCELLED'; familyPlan?: string }) {
  const row = await t.prisma.meeting.update({ where: { id: meetingId }, data: { ...data, version: { increment: 1 } } });
  return row.version;
}

describe('the questions the family is to answer', () => {
  it('replaces the list in order, keeping ids so an answer stays with its question; audited; stale versions get 409', async () => {
    const { c, meeting } = await newConference();
    const first = await raadgiver.inject({
      method: 'PUT',
      url: url(meeting.id, '/conference/questions'),
      payload: { version: meeting.version, questions: [{ text: 'Hvordan kommer Emma i skole hver dag?' }, { text: 'Hvem kan Emma ringe til om aftenen?' }] },
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = MeetingDetail.parse(first.json());
    const [school, evening] = saved.conference?.questions ?? [];
    expect([school?.text, evening?.text]).toEqual(['Hvordan kommer Emma i skole hver dag?', 'Hvem kan Emma ringe til om aftenen?']);
    await t.prisma.meetingQuestion.update({ where: { id: school?.id as string }, data: { answer: 'Mormor kører hende' } });

    const reordered = await samordner.inject({
      method: 'PUT',
      url: url(meeting.id, '/conference/questions'),
      payload: {
        version: saved.version,
        questions: [{ id: evening?.id, text: 'Hvem kan Emma ringe til, når hun er ked af det?' }, { id: school?.id, text: school?.text }, { text: 'Hvad gør I, hvis planen ikke holder?' }],
      },
    });
    expect(reordered.statusCode, reordered.body).toBe(200);
    const after = MeetingDetail.parse(reordered.json()).conference?.questions ?? [];
    expect(after.map((q) => [q.position, q.text])).toEqual([
      [0, 'Hvem kan Emma ringe til, når hun er ked af det?'],
      [1, 'Hvordan kommer Emma i skole hver dag?'],
      [2, 'Hvad gør I, hvis planen ikke holder?'],
    ]);
    expect(after[0]?.id).toBe(evening?.id);
    expect(after[1]).toMatchObject({ id: school?.id, answer: 'Mormor kører hende' });

    const removed = MeetingDetail.parse(
      (await raadgiver.inject({ method: 'PUT', url: url(meeting.id, '/conference/questions'), payload: { version: saved.version + 1, questions: [{ id: school?.id, text: school?.text }] } })).json(),
    );
    expect(removed.conference?.questions.map((q) => q.id)).toEqual([school?.id]);

    const stale = await raadgiver.inject({ method: 'PUT', url: url(meeting.id, '/conference/questions'), payload: { version: saved.version, questions: [{ text: 'For sent' }] } });
    expect(stale.statusCode).toBe(409);
    expect(MeetingDetail.parse((stale.json() as { current: unknown }).current).conference?.questions.map((q) => q.text)).toEqual([school?.text]);

    const audits = await t.prisma.auditEvent.count({ where: { entityType: 'MeetingQuestion', entityId: meeting.id, caseId: c.caseId, action: 'UPDATE' } });
    expect(audits).toBe(3);
  });

  it('answers bad input with field-level messages, and refuses a question of another meeting', async () => {
    const { meeting } = await newConference();
    const empty = await raadgiver.inject({ method: 'PUT', url: url(meeting.id, '/conference/questions'), payload: { version: meeting.version, questions: [{ text: ' ' }] } });
    expect(empty.statusCode).toBe(400);
    expect(Problem.parse(empty.json()).errors?.map((e) => e.path)).toEqual(['body.questions.0.text']);
    const none = await raadgiver.inject({ method: 'PUT', url: url(meeting.id, '/conference/questions'), payload: { version: meeting.version, questions: [] } });
    expect(Problem.parse(none.json()).errors?.[0]?.path).toBe('body.questions');

    const other = await newConference();
    const theirs = MeetingDetail.parse(
      (await raadgiver.inject({ method: 'PUT', url: url(other.meeting.id, '/conference/questions'), payload: { version: other.meeting.version, questions: [{ text: 'Deres spørgsmål' }] } })).json(),
    ).conference?.questions[0];
    const foreign = await raadgiver.inject({
      method: 'PUT',
      url: url(meeting.id, '/conference/questions'),
      payload: { version: meeting.version, questions: [{ id: theirs?.id, text: 'Overtaget' }] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(Problem.parse(foreign.json()).errors?.[0]?.path).toBe('body.questions.0.id');
    expect(await t.prisma.meetingQuestion.findUniqueOrThrow({ where: { id: theirs?.id as string } })).toMatchObject({ meetingId: other.meeting.id, text: 'Deres spørgsmål' });
  });

  it('belongs only to a conference, and is closed once the plan is decided on (422)', async () => {
    const network = await newConference('NETWORK_MEETING');
    const refused = await raadgiver.inject({ method: 'PUT', url: url(network.meeting.id, '/conference/questions'), payload: { version: network.meeting.version, questions: [{ text: 'Et spørgsmål' }] } });
    expect(refused.statusCode).toBe(422);

    const { meeting } = await newConference();
    await t.prisma.meeting.update({ where: { id: meeting.id }, data: { planApproval: 'APPROVED', familyPlan: 'Planen' } });
    const closed = await raadgiver.inject({ method: 'PUT', url: url(meeting.id, '/conference/questions'), payload: { version: meeting.version, questions: [{ text: 'For sent' }] } });
    expect(closed.statusCode).toBe(422);
  });
});

describe('private family time', () => {
  it('starts and ends only while the meeting runs, records that it was held, and is audited', async () => {
    const { c, meeting } = await newConference();
    const early = await samordner.inject({ method: 'POST', url: url(meeting.id, '/conference/private-time'), payload: { version: meeting.version, action: 'START' } });
    expect(early.statusCode).toBe(422);

    const version = await setState(meeting.id, { status: 'IN_PROGRESS' });
    const notStarted = await samordner.inject({ method: 'POST', url: url(meeting.id, '/conference/private-time'), payload: { version, action: 'END' } });
    expect(notStarted.statusCode).toBe(422);
    const started = await samordner.inject({ method: 'POST', url: url(meeting.id, '/conference/private-time'), payload: { version, action: 'START' } });
    expect(started.statusCode, started.body).toBe(200);
    const running = MeetingDetail.parse(started.json());
    expect(running.conference).toMatchObject({ privateTimeHeld: false, privateTimeStartedAt: NOW.toISOString(), privateTimeEndedAt: null });
    const twice = await samordner.inject({ method: 'POST', url: url(meeting.id, '/conference/private-time'), payload: { version: running.version, action: 'START' } });
    expect(twice.statusCode).toBe(422);

    const stale = await samordner.inject({ method: 'POST', url: url(meeting.id, '/conference/private-time'), payload: { version, action: 'END' } });
    expect(stale.statusCode).toBe(409);
    const ended = MeetingDetail.parse(
      (await samordner.inject({ method: 'POST', url: url(meeting.id, '/conference/private-time'), payload: { version: running.version, action: 'END' } })).json(),
    );
    expect(ended.conference).toMatchObject({ privateTimeHeld: true, privateTimeEndedAt: NOW.toISOString() });
    const audits = await t.prisma.auditEvent.findMany({ where: { entityId: meeting.id, caseId: c.caseId, action: 'UPDATE', entityType: 'Meeting' }, select: { details: true } });
    expect(audits.map((a) => (a.details as { privateFamilyTime?: string }).privateFamilyTime)).toEqual(['START', 'END']);

    const bad = await samordner.inject({ method: 'POST', url: url(meeting.id, '/conference/private-time'), payload: { version: ended.version, action: 'PAUSE' } });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).errors?.[0]?.path).toBe('body.action');
  });
});

describe("the caseworker's approval of the family's plan", () => {
  it('needs a written plan; approved, then revised (the revised plan replaces it, the original kept in the audit), then rejected', async () => {
    const { c, meeting } = await newConference();
    const version = await setState(meeting.id, { status: 'HELD' });
    const unwritten = await raadgiver.inject({ method: 'POST', url: url(meeting.id, '/conference/approval'), payload: { version, decision: 'APPROVED' } });
    expect(unwritten.statusCode).toBe(422);

    const written = await setState(meeting.id, { familyPlan: 'Mormor henter Emma tirsdag og torsdag.' });
    const approved = await raadgiver.inject({ method: 'POST', url: url(meeting.id, '/conference/approval'), payload: { version: written, decision: 'APPROVED' } });
    expect(approved.statusCode, approved.body).toBe(200);
    const first = MeetingDetail.parse(approved.json());
    expect(first.conference).toMatchObject({ approval: 'APPROVED', approvalReason: null, approvedBy: { id: ids.raadgiver }, approvedAt: NOW.toISOString() });

    const missing = await raadgiver.inject({ method: 'POST', url: url(meeting.id, '/conference/approval'), payload: { version: first.version, decision: 'REVISED' } });
    expect(missing.statusCode).toBe(400);
    expect(Problem.parse(missing.json()).errors?.map((e) => e.path).sort()).toEqual(['body.reason', 'body.revisedPlan']);

    const revised = MeetingDetail.parse(
      (
        await raadgiver.inject({
          method: 'POST',
          url: url(meeting.id, '/conference/approval'),
          payload: { version: first.version, decision: 'REVISED', reason: 'Fredag manglede', revisedPlan: 'Mormor henter Emma tirsdag, torsdag og fredag.' },
        })
      ).json(),
    );
    expect(revised.conference).toMatchObject({ approval: 'REVISED', approvalReason: 'Fredag manglede', familyPlan: 'Mormor henter Emma tirsdag, torsdag og fredag.' });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityId: meeting.id, reason: 'Fredag manglede' }, select: { details: true } });
    expect(audit.details).toMatchObject({ decision: 'REVISED', previousDecision: 'APPROVED', originalPlan: 'Mormor henter Emma tirsdag og torsdag.' });

    const stale = await raadgiver.inject({ method: 'POST', url: url(meeting.id, '/conference/approval'), payload: { version: first.version, decision: 'REJECTED', reason: 'Nej' } });
    expect(stale.statusCode).toBe(409);
    const rejected = MeetingDetail.parse(
      (await raadgiver.inject({ method: 'POST', url: url(meeting.id, '/conference/approval'), payload: { version: revised.version, decision: 'REJECTED', reason: 'Barnets skolegang er ikke sikret' } })).json(),
    );
    expect(rejected.conference?.approval).toBe('REJECTED');

    const events = await t.prisma.caseEvent.findMany({ where: { caseId: c.caseId, kind: 'meeting.planApproved' }, orderBy: { occurredAt: 'asc' }, select: { data: true } });
    expect(events.map((e) => (e.data as { decision: string }).decision).sort()).toEqual(['APPROVED', 'REJECTED', 'REVISED']);
  });

  it('only Myndighed on the case decides: the executor, the facilitator and the coordinator get 404; a network meeting or a cancelled conference 422', async () => {
    const { meeting } = await newConference();
    const version = await setState(meeting.id, { status: 'HELD', familyPlan: 'Planen' });
    const request = { method: 'POST' as const, url: url(meeting.id, '/conference/approval'), payload: { version, decision: 'APPROVED' } };
    for (const email of ['familiecenter', 'facilitator', 'samordner']) {
      const session = email === 'samordner' ? samordner : await loginAs(t.app, `${email}@demo.inddrag.dk`);
      const refused = await session.inject(request);
      expect(refused.statusCode, email).toBe(404);
    }
    expect((await t.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).planApproval).toBeNull();
    const leader = await loginAs(t.app, 'leder@demo.inddrag.dk');
    expect((await leader.inject(request)).statusCode).toBe(200);

    const network = await newConference('NETWORK_MEETING');
    const networkVersion = await setState(network.meeting.id, { status: 'HELD', familyPlan: 'Planen' });
    expect((await raadgiver.inject({ ...request, url: url(network.meeting.id, '/conference/approval'), payload: { version: networkVersion, decision: 'APPROVED' } })).statusCode).toBe(422);
    const cancelled = await newConference();
    const cancelledVersion = await setState(cancelled.meeting.id, { status: 'CANCELLED', familyPlan: 'Planen' });
    expect((await raadgiver.inject({ ...request, url: url(cancelled.meeting.id, '/conference/approval'), payload: { version: cancelledVersion, decision: 'APPROVED' } })).statusCode).toBe(422);
  });
});

describe('information givers', () => {
  it('only professionals at a conference can be informants', () => {
    const professional = { kind: 'PROFESSIONAL', isProfessional: true };
    const grandmother = { kind: 'NETWORK_PERSON', isProfessional: false };
    const teacher = { kind: 'NETWORK_PERSON', isProfessional: true };
    expect(() => assertInformantAllowed('FAMILY_GROUP_CONFERENCE', professional, { isInformant: true, briefing: 'Skolen fortæller' })).not.toThrow();
    expect(() => assertInformantAllowed('FAMILY_GROUP_CONFERENCE', teacher, { isInformant: true })).not.toThrow();
    expect(() => assertInformantAllowed('FAMILY_GROUP_CONFERENCE', grandmother, { isInformant: true })).toThrow(/fagpersoner/);
    expect(() => assertInformantAllowed('FAMILY_GROUP_CONFERENCE', grandmother, { briefing: 'Noget' })).toThrow(/fagpersoner/);
    expect(() => assertInformantAllowed('FAMILY_GROUP_CONFERENCE', grandmother, { isInformant: false, briefing: null })).not.toThrow();
    expect(() => assertInformantAllowed('NETWORK_MEETING', professional, { isInformant: true })).toThrow(/familierådslagning/);
  });

  it('the participant update refuses a family member as informant and accepts a professional with a briefing', async () => {
    const { c, meeting } = await newConference();
    const added = await raadgiver.inject({
      method: 'POST',
      url: url(meeting.id, '/participants'),
      payload: { participants: [{ kind: 'NETWORK_PERSON', networkPersonId: c.mormor }, { kind: 'PROFESSIONAL', userId: ids.ali }] },
    });
    expect(added.statusCode, added.body).toBe(201);
    const detail = MeetingDetail.parse(added.json());
    const mormor = detail.participants.find((p) => p.networkPersonId === c.mormor)!;
    const ali = detail.participants.find((p) => p.userId === ids.ali)!;
    const refused = await samordner.inject({
      method: 'PATCH',
      url: url(meeting.id, `/participants/${mormor.id}`),
      payload: { version: mormor.version, isInformant: true },
    });
    expect(refused.statusCode).toBe(422);
    expect(Problem.parse(refused.json()).errors?.[0]?.path).toBe('body.isInformant');
    const accepted = await samordner.inject({
      method: 'PATCH',
      url: url(meeting.id, `/participants/${ali.id}`),
      payload: { version: ali.version, isInformant: true, briefing: 'Familiebehandlingen har kørt i tre måneder.' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(MeetingDetail.parse(accepted.json()).participants.find((p) => p.id === ali.id)).toMatchObject({ isInformant: true });
  });
});
