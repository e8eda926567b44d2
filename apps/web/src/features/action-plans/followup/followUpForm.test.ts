import type { ActionPlanDetail } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { emptyFollowUp, FollowUpForm, followUpPathOf, toFollowUpRequest } from './followUpForm';

const plan = { goals: [{ id: 'g1' }, { id: 'g2' }] } as unknown as ActionPlanDetail;

describe('the follow-up form', () => {
  it('starts with one row per goal and sends scores as numbers, empty texts as null', () => {
    const values = {
      ...emptyFollowUp(plan, '2026-11-24'),
      participants: 'Mor, Ali',
      childView: 'Det går godt',
      nextFollowUpOn: '2027-02-24',
    };
    values.goals[0] = { goalId: 'g1', progress: 'ACHIEVED', score: '8', note: '' };
    const request = toFollowUpRequest(FollowUpForm.parse(values));
    expect(request).toMatchObject({
      heldOn: '2026-11-24',
      decision: 'CONTINUE',
      decisionNote: null,
      nextFollowUpOn: '2027-02-24',
    });
    expect(request.goals).toEqual([
      { goalId: 'g1', progress: 'ACHIEVED', score: 8, note: null },
      { goalId: 'g2', progress: 'PROGRESSING', score: null, note: null },
    ]);
  });

  it('needs the next date unless the support stops, after the follow-up, and a score from 0 to 10', () => {
    const base = { ...emptyFollowUp(plan, '2026-11-24'), participants: 'Mor', childView: 'Godt' };
    const messages = (value: unknown) =>
      FollowUpForm.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages(base)).toEqual(['nextFollowUpOn: Vælg datoen for næste opfølgning']);
    expect(messages({ ...base, decision: 'STOP' })).toEqual([]);
    expect(messages({ ...base, nextFollowUpOn: '2026-11-24' })).toEqual([
      'nextFollowUpOn: Næste opfølgning skal ligge efter denne',
    ]);
    expect(
      messages({ ...base, decision: 'STOP', goals: [{ goalId: 'g1', progress: 'ACHIEVED', score: '11', note: '' }] }),
    ).toEqual(['goals.0.score: Scoren skal være et helt tal mellem 0 og 10']);
  });

  it('places server errors on the form', () => {
    expect(followUpPathOf('body.goals.1.goalId')).toBe('goals.1.progress');
    expect(followUpPathOf('body.heldOn')).toBe('heldOn');
    expect(followUpPathOf('body.other')).toBeNull();
  });
});
