import {
  FollowUpDecision,
  GoalFollowUpInput,
  GoalProgress,
  RecordFollowUpRequest,
  type ActionPlanDetail,
  OptionalDateInputValue,
  DateInputValue,
} from '@inddrag/contracts';
import { z } from 'zod';

// The follow-up as the form holds it: dates '' until chosen, a score as typed ('' = none).

const shape = RecordFollowUpRequest.shape;

export const FollowUpForm = z
  .object({
    heldOn: DateInputValue,
    participants: shape.participants,
    childView: shape.childView,
    goals: z.array(
      z.object({
        goalId: z.string(),
        progress: GoalProgress,
        score: z
          .string()
          .trim()
          .regex(/^(\d|10)?$/, 'Scoren skal være et helt tal mellem 0 og 10'),
        note: GoalFollowUpInput.shape.note.unwrap().unwrap(),
      }),
    ),
    decision: FollowUpDecision,
    decisionNote: shape.decisionNote.unwrap().unwrap(),
    nextFollowUpOn: OptionalDateInputValue,
  })
  .superRefine((value, ctx) => {
    if (value.decision !== 'STOP' && !value.nextFollowUpOn)
      ctx.addIssue({ code: 'custom', path: ['nextFollowUpOn'], message: 'Vælg datoen for næste opfølgning' });
    if (value.nextFollowUpOn && value.nextFollowUpOn <= value.heldOn)
      ctx.addIssue({ code: 'custom', path: ['nextFollowUpOn'], message: 'Næste opfølgning skal ligge efter denne' });
  });
export type FollowUpValues = z.input<typeof FollowUpForm>;
export type FollowUpOutput = z.output<typeof FollowUpForm>;

export function emptyFollowUp(plan: ActionPlanDetail, today: string): FollowUpValues {
  return {
    heldOn: today,
    participants: '',
    childView: '',
    goals: plan.goals.map((goal) => ({ goalId: goal.id, progress: 'PROGRESSING', score: '', note: '' })),
    decision: 'CONTINUE',
    decisionNote: '',
    nextFollowUpOn: '',
  };
}

export function toFollowUpRequest(values: FollowUpOutput): RecordFollowUpRequest {
  return {
    heldOn: values.heldOn,
    participants: values.participants,
    childView: values.childView,
    goals: values.goals.map((goal) => ({
      goalId: goal.goalId,
      progress: goal.progress,
      score: goal.score === '' ? null : Number(goal.score),
      note: goal.note || null,
    })),
    decision: values.decision,
    decisionNote: values.decisionNote || null,
    nextFollowUpOn: values.nextFollowUpOn || null,
  };
}

/** A server field error's place in the form (`body.goals.1.score` → `goals.1.score`). */
export function followUpPathOf(apiPath: string): string | null {
  const path = apiPath.replace(/^body\./, '');
  if (/^goals\.\d+\.(progress|score|note)$/.test(path)) return path;
  if (/^goals\.\d+\.goalId$/.test(path)) return path.replace(/goalId$/, 'progress');
  if (/^(heldOn|participants|childView|decision|decisionNote|nextFollowUpOn)$/.test(path)) return path;
  return null;
}
