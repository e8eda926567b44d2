import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAgreementsResponse, MeetingDetail, MeetingRunSaved, NetworkMapDetail, Problem } from '@inddrag/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loginAs, type TestSession } from '../../testing/session';
import { demoIds, type DemoIds } from '../../testing/demo-case';
import { NOW, newMeetingCase } from './meeting-fixtures';
import { childMap, decision, plannedMeeting, startedMeeting } from './run-fixtures';

let t: TestApp;
let ids: DemoIds;
let raadgiver: TestSession;
let facilitator: TestSession;

beforeAll(async () => {
  t = await createTestApp({ clock: () => NOW, seed: true });
  raadgiver = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  facilitator = await loginAs(t.app, 'facilitator@demo.inddrag.dk');
  ids = await demoIds(t.prisma);
});
afterAll(async () => t?.close());

const url = (meetingId: string, rest = '') => `/api/meetings/${meetingId}${rest}`;
const detailOf = (response: { json(): unknown }) => MeetingDetail.parse(response.json());

describe('starting and finishing a meeting', () => {
  it('starts a planned meeting at its first phase, on the timeline, and refuses to start it twice', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const planned = await plannedMeeting(t.prisma, facilitator, c, ids);
    const started = await facilitator.inject({ method: 'POST', url: url(planned.id, '/start'), payload: { version: planned.version } });
    expect(started.statusCode, started.body).toBe(200);
    expect(detailOf(started)).toMatchObject({ status: 'IN_PROGRESS', currentPhase: 'WELCOME', startedAt: NOW.toISOString(), version: planned.version + 1 });
    expect(await t.prisma.caseEvent.count({ where: { caseId: c.caseId, kind: 'meeting.started', entityId: planned.id } })).toBe(1);

    const again = await facilitator.inject({ method: 'POST', url: url(planned.id, '/start'), payload: { version: planned.version + 1 } });
    expect(again.statusCode).toBe(422);
    expect(Problem.parse(again.json()).detail).toContain('i gang');
  });

  it('refuses the autosave before the meeting has started (422) and a bad body (400)', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const planned = await plannedMeeting(t.prisma, facilitator, c, ids);
    const early = await facilitator.inject({ method: 'PATCH', url: url(planned.id, '/run'), payload: { version: planned.version, worries: 'x' } });
    expect(early.statusCode).toBe(422);
    const bad = await facilitator.inject({ method: 'PATCH', url: url(planned.id, '/run'), payload: { version: 'one', worries: 3 } });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).errors?.map((e) => e.path)).toEqual(expect.arrayContaining(['body.version', 'body.worries']));
  });

  it('a network council held meets the case deadline; finishing twice is refused', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const council = await startedMeeting(t.prisma, raadgiver, c, ids, {
      type: 'NETWORK_COUNCIL',
      policeDocumentationOn: '2026-11-20',
      startsAt: '2026-11-24T08:00:00.000Z',
      endsAt: null,
    });
    // The council's plan: initiatives and duties (handlepligter) with names and dates.
    let version = council.version;
    for (const [kind, what] of [
      ['INITIATIVE', 'Den unge starter i fritidsjob via SSP'],
      ['DUTY', 'Far henter den unge fredag aften'],
    ] as const) {
      const added = await raadgiver.inject({ method: 'POST', url: url(council.id, '/decisions'), payload: decision(version, { kind, what, who: 'Far', dueOn: '2026-12-31' }) });
      expect(added.statusCode, added.body).toBe(201);
      version = detailOf(added).version;
    }
    const finished = await raadgiver.inject({ method: 'POST', url: url(council.id, '/finish'), payload: { version } });
    expect(finished.statusCode, finished.body).toBe(200);
    const held = detailOf(finished);
    expect(held).toMatchObject({ status: 'HELD', heldAt: NOW.toISOString(), currentPhase: null });
    expect(held.councilDeadline).toMatchObject({ dueOn: '2026-11-27', met: true });
    expect(held.decisions.map((d) => [d.kind, d.what])).toEqual([
      ['INITIATIVE', 'Den unge starter i fritidsjob via SSP'],
      ['DUTY', 'Far henter den unge fredag aften'],
    ]);
    const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { networkCouncilHeldOn: true, nextDeadlineKind: true } });
    expect(kase.networkCouncilHeldOn?.toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(kase.nextDeadlineKind).not.toBe('NETWORK_COUNCIL');
    expect(await t.prisma.caseEvent.count({ where: { caseId: c.caseId, kind: 'meeting.held' } })).toBe(1);

    const twice = await raadgiver.inject({ method: 'POST', url: url(council.id, '/finish'), payload: { version: held.version } });
    expect(twice.statusCode).toBe(422);
    const future = await raadgiver.inject({ method: 'POST', url: url(council.id, '/finish'), payload: { version: held.version, heldAt: '2027-01-01T10:00:00.000Z' } });
    expect(future.statusCode).toBe(400);
  });
});

describe('the autosave', () => {
  it('two writers on the same version: one is saved, the other gets 409 with the meeting as it now is', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await startedMeeting(t.prisma, facilitator, c, ids);
    const [a, b] = await Promise.all([
      facilitator.inject({ method: 'PATCH', url: url(meeting.id, '/run'), payload: { version: meeting.version, worries: 'Fra facilitator' } }),
      raadgiver.inject({ method: 'PATCH', url: url(meeting.id, '/run'), payload: { version: meeting.version, worries: 'Fra rådgiver' } }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const [won, lost] = a.statusCode === 200 ? [a, b] : [b, a];
    const saved = MeetingRunSaved.parse(won.json());
    expect(saved.version).toBe(meeting.version + 1);
    const current = MeetingDetail.parse((lost.json() as { current: unknown }).current);
    expect(current.version).toBe(saved.version);
    expect(current.worries).toBe(won === a ? 'Fra facilitator' : 'Fra rådgiver');
  });

  it('merges phase notes per phase, records attendance and audits the field names, not the text', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await startedMeeting(t.prisma, facilitator, c, ids);
    const mormor = meeting.participants.find((p) => p.networkPersonId === c.mormor)!;
    const first = await facilitator.inject({
      method: 'PATCH',
      url: url(meeting.id, '/run'),
      payload: { version: meeting.version, phaseNotes: { WELCOME: 'Alle præsenterede sig' }, currentPhase: 'ROUND', attendance: [{ participantId: mormor.id, attended: true }] },
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await facilitator.inject({
      method: 'PATCH',
      url: url(meeting.id, '/run'),
      payload: { version: MeetingRunSaved.parse(first.json()).version, phaseNotes: { ROUND: 'Emma fortalte om skolen' }, professionalNotes: 'Fortroligt' },
    });
    expect(second.statusCode, second.body).toBe(200);
    const now = detailOf(await facilitator.inject({ method: 'GET', url: url(meeting.id) }));
    expect(now.phaseNotes).toEqual({ WELCOME: 'Alle præsenterede sig', ROUND: 'Emma fortalte om skolen' });
    expect(now.currentPhase).toBe('ROUND');
    expect(now.professionalNotes).toBe('Fortroligt');
    expect(now.participants.find((p) => p.id === mormor.id)?.attended).toBe(true);

    const audits = await t.prisma.auditEvent.findMany({ where: { entityType: 'Meeting', entityId: meeting.id, action: 'UPDATE' }, orderBy: { seq: 'asc' } });
    const fields = audits.map((row) => (row.details as { fields?: string[] }).fields).filter(Boolean);
    expect(fields).toEqual([
      ['currentPhase', 'phaseNotes.WELCOME', `attendance.${mormor.id}`],
      ['professionalNotes', 'phaseNotes.ROUND'],
    ]);
    expect(JSON.stringify(audits.map((row) => row.details))).not.toContain('Fortroligt');
  });

  it('refuses a phase of another meeting type, a stranger as participant and a question the meeting does not have', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await startedMeeting(t.prisma, facilitator, c, ids);
    const response = await facilitator.inject({
      method: 'PATCH',
      url: url(meeting.id, '/run'),
      payload: {
        version: meeting.version,
        currentPhase: 'PRIVATE_FAMILY_TIME',
        familyPlan: 'Plan',
        answers: [{ questionId: crypto.randomUUID(), answer: 'Ja' }],
        attendance: [{ participantId: crypto.randomUUID(), attended: true }],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors?.map((e) => e.path)).toEqual([
      'body.currentPhase',
      'body.familyPlan',
      'body.answers.0.questionId',
      'body.attendance.0.participantId',
    ]);
  });
});

describe('decisions and part-2 agreements', () => {
  it('turns decisions into agreements of the persons on the network map in one step, linked both ways', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const mapId = await childMap(t.prisma, c, ids, [c.mormor, c.nabo, c.traener]);
    let meeting = await startedMeeting(t.prisma, facilitator, c, ids);
    for (const [personId, who] of [
      [c.mormor, 'Mormor'],
      [c.nabo, 'Naboen'],
      [null, 'Skolen'],
    ] as const) {
      const added = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/decisions'), payload: decision(meeting.version, { networkPersonId: personId, who }) });
      expect(added.statusCode, added.body).toBe(201);
      meeting = detailOf(added);
    }
    expect(meeting.decisions.map((d) => d.who)).toEqual(['Mormor', 'Naboen', 'Skolen']);

    const response = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/agreements'), payload: { decisionIds: meeting.decisions.map((d) => d.id) } });
    expect(response.statusCode, response.body).toBe(200);
    const result = CreateAgreementsResponse.parse(response.json());
    expect(result.created).toHaveLength(2);
    expect(result.skipped).toEqual([{ decisionId: meeting.decisions[2]!.id, reason: 'NO_NETWORK_PERSON' }]);
    const linked = result.meeting.decisions.filter((d) => d.networkAgreementId);
    expect(linked.map((d) => d.networkAgreementId)).toEqual(result.created.map((c) => c.agreementId));

    const map = NetworkMapDetail.parse((await raadgiver.inject({ method: 'GET', url: `/api/cases/${c.caseId}/network-maps/${mapId}` })).json());
    const mormor = map.persons.find((p) => p.id === c.mormor)!;
    expect(mormor.agreements).toEqual([
      expect.objectContaining({
        what: 'Henter Emma i skole tirsdag og torsdag',
        who: 'Mormor',
        status: 'AGREED',
        startsOn: '2026-11-24',
        endsOn: '2026-12-31',
        meetingDecisionId: meeting.decisions[0]!.id,
      }),
    ]);
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'NetworkAgreement', caseId: c.caseId, action: 'CREATE' } })).toBe(2);
    const event = await t.prisma.caseEvent.findFirstOrThrow({ where: { caseId: c.caseId, kind: 'meeting.agreementsCreated' } });
    expect(event.data).toEqual({ count: 2 });

    // A second press skips what is done; the converted decision is changed on the map, not here.
    const again = CreateAgreementsResponse.parse(
      (await facilitator.inject({ method: 'POST', url: url(meeting.id, '/agreements'), payload: { decisionIds: [meeting.decisions[0]!.id] } })).json(),
    );
    expect(again).toMatchObject({ created: [], skipped: [{ reason: 'ALREADY_CREATED' }] });
    const version = result.meeting.version;
    const remove = await facilitator.inject({ method: 'DELETE', url: url(meeting.id, `/decisions/${meeting.decisions[0]!.id}?version=${version}`) });
    expect(remove.statusCode).toBe(422);
    const removeOther = await facilitator.inject({ method: 'DELETE', url: url(meeting.id, `/decisions/${meeting.decisions[2]!.id}?version=${version}`) });
    expect(removeOther.statusCode).toBe(200);
    expect(detailOf(removeOther).decisions).toHaveLength(2);
  });

  it('refuses an agreement with a person who may not be contacted, naming why, and creates none', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    let meeting = await startedMeeting(t.prisma, facilitator, c, ids);
    for (const personId of [c.mormor, c.faster]) {
      meeting = detailOf(await facilitator.inject({ method: 'POST', url: url(meeting.id, '/decisions'), payload: decision(meeting.version, { networkPersonId: personId }) }));
    }
    const response = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/agreements'), payload: { decisionIds: meeting.decisions.map((d) => d.id) } });
    expect(response.statusCode).toBe(422);
    expect(Problem.parse(response.json()).detail).toContain('Bente Faster');
    expect(Problem.parse(response.json()).detail).toContain('tilbagekaldt');
    expect(await t.prisma.networkAgreement.count({ where: { person: { caseId: c.caseId } } })).toBe(0);
  });

  it('checks the person, the responsible user and the date of a decision, and the version', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await startedMeeting(t.prisma, facilitator, c, ids);
    const bad = await facilitator.inject({
      method: 'POST',
      url: url(meeting.id, '/decisions'),
      payload: decision(meeting.version, { networkPersonId: crypto.randomUUID(), responsibleUserId: ids.camilla, dueOn: '2026-11-01' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).errors?.map((e) => e.path)).toEqual(['body.networkPersonId', 'body.responsibleUserId', 'body.dueOn']);
    const stale = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/decisions'), payload: decision(meeting.version - 1) });
    expect(stale.statusCode).toBe(409);
    const ok = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/decisions'), payload: decision(meeting.version, { responsibleUserId: ids.ali }) });
    const added = detailOf(ok).decisions[0]!;
    const changed = await facilitator.inject({
      method: 'PUT',
      url: url(meeting.id, `/decisions/${added.id}`),
      payload: decision(detailOf(ok).version, { what: 'Ringer til skolen', dueOn: null }),
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(detailOf(changed).decisions[0]).toMatchObject({ what: 'Ringer til skolen', dueOn: null, responsibleUser: null });
  });
});

describe('scores and follow-up', () => {
  it("records the participants' scores linked to the meeting", async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const meeting = await startedMeeting(t.prisma, facilitator, c, ids);
    const score = (respondent: string, perspective: string, value: number, networkPersonId: string | null = null) => ({
      scoredOn: '2026-11-24',
      perspective,
      respondent,
      networkPersonId,
      score: value,
      question: 'Hvor sikker er Emma i hverdagen?',
    });
    const response = await facilitator.inject({
      method: 'POST',
      url: url(meeting.id, '/scores'),
      payload: { scores: [score('Grethe Hansen', 'NETWORK', 6, c.mormor), score('Ali Demir', 'PROFESSIONAL', 4)] },
    });
    expect(response.statusCode, response.body).toBe(200);
    // Same instant under the test clock: the order between them is not defined.
    const recorded = detailOf(response).scores.map((s) => [s.respondent, s.score, s.meetingId]);
    expect(recorded).toHaveLength(2);
    expect(recorded).toEqual(expect.arrayContaining([['Grethe Hansen', 6, meeting.id], ['Ali Demir', 4, meeting.id]]));
    const bad = await facilitator.inject({ method: 'POST', url: url(meeting.id, '/scores'), payload: { scores: [score('X', 'NETWORK', 11)] } });
    expect(bad.statusCode).toBe(400);
  });

  it('a map version saved at a follow-up meeting records the meeting; another case\'s meeting is refused', async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const other = await newMeetingCase(t.prisma, ids);
    const mapId = await childMap(t.prisma, c, ids, [c.mormor]);
    const first = await plannedMeeting(t.prisma, facilitator, c, ids);
    const followUp = await plannedMeeting(t.prisma, facilitator, c, ids, { type: 'FOLLOW_UP_MEETING', followUpOfId: first.id });
    const strange = await plannedMeeting(t.prisma, facilitator, other, ids);
    expect(followUp.followUp).toMatchObject({ previousMeeting: { id: first.id }, map: { id: mapId }, mapRevisedAtMeeting: false });

    const map = NetworkMapDetail.parse((await raadgiver.inject({ method: 'GET', url: `/api/cases/${c.caseId}/network-maps/${mapId}` })).json());
    const save = (meetingId: string | undefined, baseVersion: number) =>
      raadgiver.inject({
        method: 'PUT',
        url: `/api/cases/${c.caseId}/network-maps/${mapId}`,
        payload: { baseVersion, occasion: 'OPFOELGNINGSMOEDE', occasionNote: null, document: { persons: map.persons, ties: map.ties }, ...(meetingId ? { meetingId } : {}) },
      });
    const refused = await save(strange.id, map.version);
    expect(refused.statusCode).toBe(400);
    expect(Problem.parse(refused.json()).errors?.[0]?.path).toBe('body.meetingId');
    const saved = await save(followUp.id, map.version);
    expect(saved.statusCode, saved.body).toBe(200);
    const version = await t.prisma.networkMapVersion.findFirstOrThrow({ where: { mapId, number: map.version + 1 } });
    expect(version).toMatchObject({ meetingId: followUp.id, occasion: 'OPFOELGNINGSMOEDE' });
    expect(detailOf(await facilitator.inject({ method: 'GET', url: url(followUp.id) })).followUp?.mapRevisedAtMeeting).toBe(true);
    // Without a meeting the save works as before.
    expect((await save(undefined, map.version + 1)).statusCode).toBe(200);
  });

  it("a follow-up meeting shows the goals of the child's plan to revisit", async () => {
    const c = await newMeetingCase(t.prisma, ids);
    const first = await plannedMeeting(t.prisma, facilitator, c, ids);
    const plan = await t.prisma.actionPlan.create({
      data: {
        caseId: c.caseId,
        type: 'BARNETS_PLAN',
        legalBasis: 'Barnets lov § 91, stk. 1',
        purpose: 'Trivsel',
        expectedDuration: '6 måneder',
        createdById: ids.raadgiver,
        goals: { create: [{ position: 0, area: 'SCHOOL', goal: 'Emma kommer i skole hver dag', reviewOn: new Date('2027-02-01T00:00:00Z') }] },
      },
    });
    await t.prisma.actionPlanChild.create({ data: { planId: plan.id, caseId: c.caseId } });
    const followUp = await plannedMeeting(t.prisma, facilitator, c, ids, { type: 'FOLLOW_UP_MEETING', followUpOfId: first.id });
    expect(followUp.followUp?.planGoals).toEqual([
      { id: expect.any(String), area: 'SCHOOL', goal: 'Emma kommer i skole hver dag', reviewOn: '2027-02-01' },
    ]);
  });
});
