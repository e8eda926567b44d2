import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionPlanDetail, ActionPlanList, Problem, type ActionPlanFormInput } from '@inddrag/contracts';
import { createCaseInAssessment, demoIds, type DemoIds } from '../../testing/demo-case';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let ids: DemoIds;
let raadgiver: TestSession;
let ali: TestSession;
let camilla: TestSession;
const now = new Date('2026-11-24T09:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  ids = await demoIds(t.prisma);
  raadgiver = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  ali = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
  camilla = await loginAs(t.app, 'ungecenter@demo.inddrag.dk');
});
afterAll(async () => t?.close());

let counter = 0;
/** A case with Ali (FamilieCentret) on the team as executor, a decision, a consented mormor, a blocked far and a held meeting's decision. */
async function newCase() {
  counter += 1;
  const caseId = await createCaseInAssessment(t.prisma, ids, { prefix: 'PLAN', number: counter, now, team: [{ userId: ids.ali, role: 'EXECUTOR' }] });
  await t.prisma.case.update({ where: { id: caseId }, data: { firstDecisionOn: new Date('2026-11-01T00:00:00Z'), phase: 'PLAN' } });
  const decision = await t.prisma.caseDecision.create({
    data: { caseId, legalBasis: 'Barnets lov § 32, stk. 1, nr. 3', measure: 'Familiebehandling', purpose: 'At styrke omsorgen', expectedDuration: '6 måneder', decidedOn: new Date('2026-11-01T00:00:00Z') },
  });
  const person = (name: string, extra: Record<string, unknown> = {}) =>
    t.prisma.networkPerson.create({ data: { caseId, name, relation: name.toLowerCase(), sector: 'FAMILY', createdById: ids.raadgiver, ...extra } });
  const mormor = await person('Mormor');
  await t.prisma.networkConsent.create({ data: { personId: mormor.id, givenBy: 'Mor', scope: 'Kontakt', givenOn: new Date('2026-10-01T00:00:00Z'), recordedById: ids.raadgiver } });
  const far = await person('Far', { doNotContact: true, doNotContactReason: 'Polititilhold' });
  const agreement = await t.prisma.networkAgreement.create({ data: { personId: mormor.id, what: 'Henter i skole tirsdag', who: 'Mormor', status: 'AGREED' } });
  const meeting = await t.prisma.meeting.create({
    data: { caseId, type: 'NETWORK_MEETING', status: 'HELD', purpose: 'Plan', startsAt: new Date('2026-11-10T13:00:00Z'), place: 'Rådhuset', initiator: 'Rådgiveren', createdById: ids.raadgiver },
  });
  const meetingDecision = await t.prisma.meetingDecision.create({
    data: { meetingId: meeting.id, position: 0, what: 'Mormor spiser med Emma torsdag', who: 'Mormor', networkPersonId: mormor.id, dueOn: new Date('2026-12-31T00:00:00Z') },
  });
  return { caseId, decisionId: decision.id, mormor: mormor.id, far: far.id, agreementId: agreement.id, meetingDecisionId: meetingDecision.id };
}
type Setup = Awaited<ReturnType<typeof newCase>>;

const plansUrl = (caseId: string) => `/api/cases/${caseId}/action-plans`;
const planUrl = (caseId: string, planId: string) => `${plansUrl(caseId)}/${planId}`;

function plan(s: Setup, extra: Partial<ActionPlanFormInput> = {}): ActionPlanFormInput {
  return {
    type: 'BARNETS_PLAN',
    legalBasis: 'Barnets lov § 91, stk. 1',
    decisionId: s.decisionId,
    purpose: 'At styrke omsorgen',
    expectedDuration: '6 måneder',
    networkSection: 'Mormor og naboen er Emmas faste voksne efter skole.',
    goals: [
      {
        area: 'SCHOOL',
        goal: 'Emma kommer i skole hver dag',
        childWords: 'Jeg vil gerne i skole, når jeg har sovet',
        parentsView: 'Mor er enig',
        indicators: 'Fravær under 5 %',
        reviewOn: '2027-02-01',
        tasks: [
          { assignee: 'NETWORK_PERSON', networkPersonId: s.mormor, who: 'Mormor', what: 'Spiser med Emma torsdag', meetingDecisionId: s.meetingDecisionId },
          { assignee: 'PROFESSIONAL', userId: ids.ali, who: 'Ali Demir', what: 'Familiebehandling hver uge', dueOn: '2027-05-01' },
        ],
      },
      { area: 'FAMILY', goal: 'Mor har overskud om aftenen', tasks: [{ assignee: 'UNIT', unitId: ids.familiecenter, who: 'FamilieCentret', what: 'Forældrekursus' }] },
      { area: 'LEISURE', goal: 'Emma går til fodbold', tasks: [] },
    ],
    networkTasks: [{ assignee: 'NETWORK_PERSON', networkPersonId: s.mormor, who: 'Mormor', what: 'Henter i skole tirsdag', networkAgreementId: s.agreementId }],
    ...extra,
  };
}

async function created(session: TestSession, s: Setup, body = plan(s)) {
  const response = await session.inject({ method: 'POST', url: plansUrl(s.caseId), payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return ActionPlanDetail.parse(response.json());
}

describe('the plan', () => {
  it('an executor drafts a plan with goals and tasks; meeting decisions and part-2 agreements become tasks linked both ways', async () => {
    const s = await newCase();
    const detail = await created(ali, s);
    expect(detail).toMatchObject({ status: 'DRAFT', number: 1, type: 'BARNETS_PLAN', deadlineOn: '2027-02-01' });
    expect(detail.goals.map((g) => [g.area, g.tasks.length])).toEqual([['SCHOOL', 2], ['FAMILY', 1], ['LEISURE', 0]]);
    const fromMeeting = detail.goals[0]!.tasks[0]!;
    expect(fromMeeting.meetingDecisionId).toBe(s.meetingDecisionId);
    expect((await t.prisma.meetingDecision.findUniqueOrThrow({ where: { id: s.meetingDecisionId } })).actionPlanTaskId).toBe(fromMeeting.id);
    const fromMap = detail.networkTasks[0]!;
    expect((await t.prisma.networkAgreement.findUniqueOrThrow({ where: { id: s.agreementId } })).actionPlanTaskId).toBe(fromMap.id);
    expect(detail.versions.map((v) => [v.number, v.changes])).toEqual([[1, ['Planen oprettet']]]);
    expect(detail.can).toMatchObject({ edit: true, propose: true, approve: false });
    const audit = await t.prisma.auditEvent.count({ where: { entityType: 'ActionPlan', entityId: detail.id, action: 'CREATE' } });
    expect(audit).toBe(1);
    expect(await t.prisma.caseEvent.count({ where: { caseId: s.caseId, kind: 'actionPlan.created' } })).toBe(1);
  });

  it('completing a task completes the part-2 agreement it came from', async () => {
    const s = await newCase();
    const detail = await created(raadgiver, s);
    const body = plan(s);
    body.networkTasks = [{ ...body.networkTasks![0]!, id: detail.networkTasks[0]!.id, status: 'DONE' }];
    body.goals = body.goals!.map((goal, index) => ({ ...goal, id: detail.goals[index]!.id, tasks: goal.tasks!.map((task, i) => ({ ...task, id: detail.goals[index]!.tasks[i]!.id })) }));
    const saved = await ali.inject({ method: 'PUT', url: planUrl(s.caseId, detail.id), payload: { ...body, version: detail.version, changeNote: 'Mormor henter nu fast' } });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = ActionPlanDetail.parse(saved.json());
    expect(after.number).toBe(2);
    expect(after.versions[0]!.changes).toEqual(['Mormor henter nu fast', 'Udførte opgaver: 0 → 1']);
    expect((await t.prisma.networkAgreement.findUniqueOrThrow({ where: { id: s.agreementId } })).status).toBe('FULFILLED');
    const stale = await ali.inject({ method: 'PUT', url: planUrl(s.caseId, detail.id), payload: { ...body, version: detail.version } });
    expect(stale.statusCode).toBe(409);
    expect(ActionPlanDetail.parse((stale.json() as { current: unknown }).current).number).toBe(2);
  });

  it('settling the agreement on the network map settles the task; a map save cannot drop the link', async () => {
    const s = await newCase();
    const detail = await created(raadgiver, s);
    const taskId = detail.networkTasks[0]!.id;
    const map = await raadgiver.inject({
      method: 'POST',
      url: `/api/cases/${s.caseId}/network-maps`,
      payload: { perspective: 'PROFESSIONAL', perspectiveOf: null, occasion: 'BFU' },
    });
    expect(map.statusCode, map.body).toBe(201);
    const { id: mapId, version } = map.json() as { id: string; version: number };
    const agreement = await t.prisma.networkAgreement.findUniqueOrThrow({ where: { id: s.agreementId } });
    const placement = { ring: 'INNER', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'PROFESSIONAL' };
    const saved = await raadgiver.inject({
      method: 'PUT',
      url: `/api/cases/${s.caseId}/network-maps/${mapId}`,
      payload: {
        baseVersion: version,
        occasion: 'OPFOELGNINGSMOEDE',
        occasionNote: null,
        document: {
          persons: [
            {
              id: s.mormor,
              name: 'Mormor',
              relation: 'mormor',
              sector: 'FAMILY',
              placement,
              agreements: [{ id: agreement.id, what: agreement.what, who: agreement.who, status: 'NOT_FULFILLED', actionPlanTaskId: null }],
            },
          ],
          ties: [],
        },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await t.prisma.networkAgreement.findUniqueOrThrow({ where: { id: s.agreementId } });
    expect([after.status, after.actionPlanTaskId]).toEqual(['NOT_FULFILLED', taskId]);
    const plan = ActionPlanDetail.parse((await raadgiver.inject({ method: 'GET', url: planUrl(s.caseId, detail.id) })).json());
    expect(plan.networkTasks[0]!.status).toBe('NOT_DONE');
    expect(plan.version).toBeGreaterThan(detail.version);
  });

  it('refuses tasks for a blocked person, unknown links and a second plan, with field-level messages', async () => {
    const s = await newCase();
    const blocked = await raadgiver.inject({
      method: 'POST',
      url: plansUrl(s.caseId),
      payload: plan(s, { networkTasks: [{ assignee: 'NETWORK_PERSON', networkPersonId: s.far, who: 'Far', what: 'Ringer søndag' }] }),
    });
    expect(blocked.statusCode).toBe(400);
    expect(Problem.parse(blocked.json()).errors).toEqual([
      { path: 'body.networkTasks.0.networkPersonId', message: expect.stringContaining('Polititilhold') },
    ]);
    const bad = await raadgiver.inject({ method: 'POST', url: plansUrl(s.caseId), payload: { type: 'BARNETS_PLAN', goals: [{ area: 'SCHOOL', goal: '' }] } });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['body.legalBasis', 'body.purpose', 'body.expectedDuration', 'body.goals.0.goal']),
    );
    await created(raadgiver, s);
    const second = await raadgiver.inject({ method: 'POST', url: plansUrl(s.caseId), payload: plan(s, { networkTasks: [], goals: [] }) });
    expect(second.statusCode).toBe(422);
  });
});

describe('approval and follow-up', () => {
  it('executors propose, only Myndighed approves; approval meets the plan deadline', async () => {
    const s = await newCase();
    const detail = await created(ali, s);
    const proposed = await ali.inject({ method: 'POST', url: `${planUrl(s.caseId, detail.id)}/propose`, payload: { version: detail.version } });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const p = ActionPlanDetail.parse(proposed.json());
    expect(p.status).toBe('PROPOSED');
    const refused = await ali.inject({ method: 'POST', url: `${planUrl(s.caseId, detail.id)}/approve`, payload: { version: p.version } });
    expect(refused.statusCode).toBe(404);
    const approved = await raadgiver.inject({ method: 'POST', url: `${planUrl(s.caseId, detail.id)}/approve`, payload: { version: p.version } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(ActionPlanDetail.parse(approved.json())).toMatchObject({ status: 'APPROVED', approvedNumber: 1, approvedBy: { id: ids.raadgiver } });
    const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: s.caseId }, select: { planAdoptedOn: true } });
    expect(kase.planAdoptedOn?.toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(await t.prisma.caseEvent.count({ where: { caseId: s.caseId, kind: 'actionPlan.approved' } })).toBe(1);
  });

  it('a follow-up records each goal and sets the next follow-up date on the case', async () => {
    const s = await newCase();
    const detail = await created(raadgiver, s);
    const approved = ActionPlanDetail.parse(
      (await raadgiver.inject({ method: 'POST', url: `${planUrl(s.caseId, detail.id)}/approve`, payload: { version: detail.version } })).json(),
    );
    const missing = await raadgiver.inject({
      method: 'POST',
      url: `${planUrl(s.caseId, detail.id)}/follow-ups`,
      payload: { heldOn: '2026-11-24', participants: 'Emma, mor, rådgiver', childView: 'Emma synes, det går bedre', decision: 'CONTINUE' },
    });
    expect(Problem.parse(missing.json()).errors?.map((e) => e.path)).toEqual(['body.nextFollowUpOn']);
    const recorded = await raadgiver.inject({
      method: 'POST',
      url: `${planUrl(s.caseId, detail.id)}/follow-ups`,
      payload: {
        heldOn: '2026-11-24',
        participants: 'Emma, mor, rådgiver',
        childView: 'Emma synes, det går bedre',
        goals: approved.goals.map((goal, index) => ({ goalId: goal.id, progress: index === 0 ? 'PROGRESSING' : 'NOT_STARTED', score: index === 0 ? 6 : null })),
        decision: 'CONTINUE',
        nextFollowUpOn: '2027-02-24',
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const after = ActionPlanDetail.parse(recorded.json());
    expect(after.followUps[0]).toMatchObject({ decision: 'CONTINUE', nextFollowUpOn: '2027-02-24' });
    expect(after.followUps[0]!.goals.find((g) => g.goalId === approved.goals[0]!.id)).toMatchObject({ progress: 'PROGRESSING', score: 6 });
    const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: s.caseId }, select: { firstFollowUpOn: true, nextFollowUpOn: true } });
    expect([kase.firstFollowUpOn?.toISOString().slice(0, 10), kase.nextFollowUpOn?.toISOString().slice(0, 10)]).toEqual(['2026-11-24', '2027-02-24']);
    const byExecutor = await ali.inject({
      method: 'POST',
      url: `${planUrl(s.caseId, detail.id)}/follow-ups`,
      payload: { heldOn: '2026-11-24', participants: 'x', childView: 'y', decision: 'STOP' },
    });
    expect(byExecutor.statusCode).toBe(404);
  });

  it('records when the plan was shared with the child and the custody holders, and their comments', async () => {
    const s = await newCase();
    const detail = await created(ali, s);
    const future = await ali.inject({
      method: 'POST',
      url: `${planUrl(s.caseId, detail.id)}/share`,
      payload: { version: detail.version, sharedWithChildOn: '2026-11-30' },
    });
    expect(Problem.parse(future.json()).errors?.map((e) => e.path)).toEqual(['body.sharedWithChildOn']);
    const shared = await ali.inject({
      method: 'POST',
      url: `${planUrl(s.caseId, detail.id)}/share`,
      payload: {
        version: detail.version,
        sharedWithChildOn: '2026-11-23',
        sharedWithParentsOn: '2026-11-24',
        childComments: 'Emma vil gerne have fodbold med i planen',
        parentComments: 'Mor er enig i målene',
      },
    });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(ActionPlanDetail.parse(shared.json())).toMatchObject({
      sharedWithChildOn: '2026-11-23',
      sharedWithParentsOn: '2026-11-24',
      childComments: 'Emma vil gerne have fodbold med i planen',
      parentComments: 'Mor er enig i målene',
    });
    const stale = await ali.inject({ method: 'POST', url: `${planUrl(s.caseId, detail.id)}/share`, payload: { version: detail.version } });
    expect(stale.statusCode).toBe(409);
    expect(await t.prisma.caseEvent.count({ where: { caseId: s.caseId, kind: 'actionPlan.shared' } })).toBe(1);
  });

  it('someone off the case gets 404; reads are audited', async () => {
    const s = await newCase();
    const detail = await created(raadgiver, s);
    expect((await camilla.inject({ method: 'GET', url: planUrl(s.caseId, detail.id) })).statusCode).toBe(404);
    const list = ActionPlanList.parse((await ali.inject({ method: 'GET', url: plansUrl(s.caseId) })).json());
    expect(list.items.map((item) => item.id)).toEqual([detail.id]);
    expect(list.can.create).toBe(false);
    await ali.inject({ method: 'GET', url: planUrl(s.caseId, detail.id) });
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'ActionPlan', entityId: detail.id, action: 'READ' } })).toBe(1);
  });
});
