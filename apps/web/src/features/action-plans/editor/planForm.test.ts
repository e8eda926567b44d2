import type { ActionPlanDetail } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { formPathOf, formValuesOf, parseChoice, PlanForm, toPlanInput, toSaveRequest } from './planForm';
import { linkedIds, rebaseOnto, taskFromAgreement, taskFromMeetingDecision } from './taskSources';

const CASE = '00000000-0000-4000-8000-000000000001';
const SIBLING = '00000000-0000-4000-8000-000000000002';
const ALI = '00000000-0000-4000-8000-0000000000a1';
const MORMOR = '00000000-0000-4000-8000-0000000000b1';
const UNIT = '00000000-0000-4000-8000-0000000000c1';

const task = (over: Partial<ActionPlanDetail['networkTasks'][number]>): ActionPlanDetail['networkTasks'][number] => ({
  id: '00000000-0000-4000-8000-0000000000d1',
  goalId: null,
  position: 0,
  assignee: 'NETWORK_PERSON',
  user: null,
  unit: null,
  networkPersonId: MORMOR,
  who: 'Mormor',
  what: 'Henter tirsdag',
  dueOn: null,
  status: 'PLANNED',
  meetingDecisionId: null,
  networkAgreementId: '00000000-0000-4000-8000-0000000000e1',
  ...over,
});

const plan = {
  id: '00000000-0000-4000-8000-0000000000f1',
  caseId: CASE,
  type: 'BARNETS_PLAN',
  status: 'DRAFT',
  number: 2,
  version: 3,
  legalBasis: 'Barnets lov § 91, stk. 1',
  decisionId: null,
  purpose: 'At styrke omsorgen',
  expectedDuration: '6 måneder',
  children: [
    { caseId: CASE, firstName: 'Emma', caseNumber: 'S-1' },
    { caseId: SIBLING, firstName: 'Noah', caseNumber: 'S-2' },
  ],
  networkSection: 'Mormor',
  familySupport: '',
  goals: [
    {
      id: '00000000-0000-4000-8000-000000000101',
      position: 0,
      area: 'SCHOOL',
      goal: 'Emma kommer i skole',
      childWords: 'Når jeg har sovet',
      parentsView: '',
      indicators: '',
      reviewOn: '2027-02-01',
      tasks: [
        task({
          id: '00000000-0000-4000-8000-000000000102',
          assignee: 'PROFESSIONAL',
          user: { id: ALI, name: 'Ali Demir' },
          networkPersonId: null,
          who: 'Ali Demir',
          networkAgreementId: null,
          dueOn: '2027-05-01',
        }),
        task({
          id: '00000000-0000-4000-8000-000000000103',
          assignee: 'UNIT',
          unit: { id: UNIT, name: 'FamilieCentret', kind: 'FAMILIECENTER' },
          networkPersonId: null,
          who: 'FamilieCentret',
          networkAgreementId: null,
        }),
      ],
    },
  ],
  networkTasks: [task({})],
} as unknown as ActionPlanDetail;

describe('the plan form', () => {
  it('round-trips a plan: assignees become one choice and back, siblings exclude the own case, empty dates become null', () => {
    const values = formValuesOf(plan);
    expect(values.siblingCaseIds).toEqual([SIBLING]);
    expect(values.goals![0]!.tasks!.map((t) => t.choice)).toEqual([`PROFESSIONAL:${ALI}`, `UNIT:${UNIT}`]);
    expect(values.networkTasks![0]!.choice).toBe(`NETWORK_PERSON:${MORMOR}`);
    expect(values.networkTasks![0]!.dueOn).toBe('');

    const parsed = PlanForm.parse({ ...values, changeNote: ' Mormor henter ' });
    const request = toSaveRequest(parsed, plan.version);
    expect(request).toMatchObject({
      version: 3,
      changeNote: 'Mormor henter',
      decisionId: null,
      siblingCaseIds: [SIBLING],
    });
    expect(request.goals![0]!.tasks).toEqual([
      expect.objectContaining({
        id: '00000000-0000-4000-8000-000000000102',
        assignee: 'PROFESSIONAL',
        userId: ALI,
        unitId: null,
        networkPersonId: null,
        dueOn: '2027-05-01',
      }),
      expect.objectContaining({ assignee: 'UNIT', userId: null, unitId: UNIT, dueOn: null }),
    ]);
    expect(request.networkTasks![0]).toMatchObject({
      assignee: 'NETWORK_PERSON',
      networkPersonId: MORMOR,
      networkAgreementId: '00000000-0000-4000-8000-0000000000e1',
    });
    expect(toPlanInput(parsed)).not.toHaveProperty('version');
  });

  it('an empty change note is sent as null, and a task needs someone chosen', () => {
    const values = formValuesOf(plan);
    expect(toSaveRequest(PlanForm.parse(values), 1).changeNote).toBeNull();
    const missing = PlanForm.safeParse({ ...values, networkTasks: [{ ...values.networkTasks![0]!, choice: '' }] });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['networkTasks.0.choice', 'Vælg hvem der har opgaven'],
    ]);
  });

  it('parses choices, an unknown kind falling back to a professional with no id', () => {
    expect(parseChoice(`UNIT:${UNIT}`)).toEqual({
      assignee: 'UNIT',
      userId: null,
      unitId: UNIT,
      networkPersonId: null,
    });
    expect(parseChoice('')).toEqual({ assignee: 'PROFESSIONAL', userId: null, unitId: null, networkPersonId: null });
  });

  it('fills a task from a meeting decision or a part-2 agreement, linked, without retyping', () => {
    const fromMeeting = taskFromMeetingDecision({
      id: 'dec-1',
      position: 0,
      kind: 'AGREEMENT',
      what: 'Spiser med Emma torsdag',
      who: 'Mormor',
      networkPersonId: MORMOR,
      responsibleUser: null,
      dueOn: '2026-12-31',
      networkAgreementId: null,
      actionPlanTaskId: null,
    });
    expect(fromMeeting).toMatchObject({
      choice: `NETWORK_PERSON:${MORMOR}`,
      who: 'Mormor',
      what: 'Spiser med Emma torsdag',
      dueOn: '2026-12-31',
      meetingDecisionId: 'dec-1',
      networkAgreementId: null,
    });
    const fromMap = taskFromAgreement(MORMOR, {
      id: 'agr-1',
      what: 'Henter i skole',
      who: 'Mormor',
      startsOn: null,
      endsOn: null,
      status: 'FULFILLED',
      meetingDecisionId: null,
      safetyPlanRuleId: null,
      actionPlanTaskId: null,
    });
    expect(fromMap).toMatchObject({
      choice: `NETWORK_PERSON:${MORMOR}`,
      status: 'DONE',
      dueOn: '',
      networkAgreementId: 'agr-1',
    });
    expect(
      linkedIds({ goals: [{ ...formValuesOf(plan).goals![0]!, tasks: [fromMeeting] }], networkTasks: [fromMap] }),
    ).toEqual({
      decisions: new Set(['dec-1']),
      agreements: new Set(['agr-1']),
    });
  });

  it('maps server field errors onto the form: assignee columns to the choice, links to the text', () => {
    expect(formPathOf('body.goals.0.tasks.1.networkPersonId')).toBe('goals.0.tasks.1.choice');
    expect(formPathOf('body.networkTasks.2.userId')).toBe('networkTasks.2.choice');
    expect(formPathOf('body.networkTasks.0.networkAgreementId')).toBe('networkTasks.0.what');
    expect(formPathOf('body.goals.3.goal')).toBe('goals.3.goal');
    expect(formPathOf('body.siblingCaseIds.0')).toBe('siblingCaseIds');
    expect(formPathOf('body.legalBasis')).toBe('legalBasis');
    expect(formPathOf('body.version')).toBeNull();
  });

  it('saving on top of a newer version sends goals and tasks that version lacks as new ones', () => {
    const request = toSaveRequest(PlanForm.parse(formValuesOf(plan)), 3);
    const current = { ...plan, goals: [], networkTasks: plan.networkTasks } as ActionPlanDetail;
    const rebased = rebaseOnto(request, current);
    expect(rebased.goals!.map((goal) => [goal.id, goal.tasks!.map((t) => t.id)])).toEqual([[null, [null, null]]]);
    expect(rebased.networkTasks![0]!.id).toBe(plan.networkTasks[0]!.id);
    expect(rebased.version).toBe(3);
  });
});
