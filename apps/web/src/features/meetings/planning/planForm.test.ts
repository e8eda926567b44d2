import { describe, expect, it } from 'vitest';
import { formPathOf, newPlanValues, NAMED, PlanForm, toPlanRequest } from './planForm';

const filled = {
  ...newPlanValues('NETWORK_COUNCIL'),
  purpose: 'En plan der kan forebygge ny kriminalitet',
  date: '2026-12-03',
  startTime: '15:00',
  endTime: '17:30',
  place: 'Ungecentret',
  initiator: 'Politiets underretning',
  inviter: { choice: '5f3d2c1b-0000-4000-8000-000000000001', name: '' },
  leader: { choice: NAMED, name: 'Mormor Grethe' },
  policeDocumentationOn: '2026-11-28',
  coordinatorId: '5f3d2c1b-0000-4000-8000-000000000009',
};

describe('the plan form', () => {
  it('turns Copenhagen times into UTC, roles into a user or a name, and drops what the type does not use', () => {
    const request = toPlanRequest(PlanForm.parse(filled));
    expect(request).toMatchObject({
      type: 'NETWORK_COUNCIL',
      startsAt: '2026-12-03T14:00:00.000Z',
      endsAt: '2026-12-03T16:30:00.000Z',
      inviter: { userId: '5f3d2c1b-0000-4000-8000-000000000001', name: null },
      leader: { userId: null, name: 'Mormor Grethe' },
      noteTaker: { userId: null, name: null },
      policeDocumentationOn: '2026-11-28',
      coordinatorId: null,
      followUpOfId: null,
    });
  });

  it('refuses an end before the start and a named role without a name', () => {
    const result = PlanForm.safeParse({ ...filled, endTime: '14:00', leader: { choice: NAMED, name: '' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['endTime', 'leader.name']),
    );
  });

  it("puts the API's field errors on the form's fields", () => {
    expect(formPathOf('body.startsAt')).toBe('date');
    expect(formPathOf('body.endsAt')).toBe('endTime');
    expect(formPathOf('body.leader.userId')).toBe('leader.choice');
    expect(formPathOf('body.policeDocumentationOn')).toBe('policeDocumentationOn');
    expect(formPathOf('body.somethingElse')).toBeNull();
  });
});
