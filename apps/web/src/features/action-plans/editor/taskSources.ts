import type {
  ActionPlanDetail,
  AgreementStatus,
  MeetingDecision,
  NetworkAgreement,
  SaveActionPlanRequest,
} from '@inddrag/contracts';
import { choiceOf, emptyTask, type PlanFormValues, type TaskFormValues } from './planForm';

// Where tasks come from besides typing: a held meeting's decision, a part-2 agreement, and the
// other person's version a refused save is rebased onto.

/**
 * Saving the user's document on top of someone else's newer version: goals and tasks that version
 * no longer has (removed, or saved anew) go in as new ones instead of being refused as unknown.
 */
export function rebaseOnto(request: SaveActionPlanRequest, current: ActionPlanDetail): SaveActionPlanRequest {
  const goals = new Set(current.goals.map((goal) => goal.id));
  const tasks = new Set(
    [...current.goals.flatMap((goal) => goal.tasks), ...current.networkTasks].map((task) => task.id),
  );
  const task = <T extends { id?: string | null | undefined }>(t: T): T => ({
    ...t,
    id: t.id && tasks.has(t.id) ? t.id : null,
  });
  return {
    ...request,
    goals: (request.goals ?? []).map((goal) => ({
      ...goal,
      id: goal.id && goals.has(goal.id) ? goal.id : null,
      tasks: (goal.tasks ?? []).map(task),
    })),
    networkTasks: (request.networkTasks ?? []).map(task),
  };
}

/** A task filled in from a meeting decision, linked to it (no retyping). */
export function taskFromMeetingDecision(decision: MeetingDecision): TaskFormValues {
  const choice = decision.networkPersonId
    ? choiceOf('NETWORK_PERSON', decision.networkPersonId)
    : choiceOf('PROFESSIONAL', decision.responsibleUser?.id);
  return {
    ...emptyTask(),
    choice,
    who: decision.who,
    what: decision.what,
    dueOn: decision.dueOn ?? '',
    meetingDecisionId: decision.id,
  };
}

const AGREEMENT_TASK_STATUS: Record<AgreementStatus, TaskFormValues['status']> = {
  PROPOSED: 'PLANNED',
  AGREED: 'PLANNED',
  FULFILLED: 'DONE',
  NOT_FULFILLED: 'NOT_DONE',
  CANCELLED: 'CANCELLED',
};

/** A task filled in from a network person's part-2 agreement, linked to it. */
export function taskFromAgreement(personId: string, agreement: NetworkAgreement): TaskFormValues {
  return {
    ...emptyTask(),
    choice: choiceOf('NETWORK_PERSON', personId),
    who: agreement.who,
    what: agreement.what,
    dueOn: agreement.endsOn ?? '',
    status: AGREEMENT_TASK_STATUS[agreement.status],
    networkAgreementId: agreement.id,
  };
}

/** The meeting decisions and agreements the form already links (the picker leaves them out). */
export function linkedIds(values: Pick<PlanFormValues, 'goals' | 'networkTasks'>) {
  const tasks = [...(values.goals ?? []).flatMap((goal) => goal.tasks ?? []), ...(values.networkTasks ?? [])];
  return {
    decisions: new Set(tasks.flatMap((task) => (task.meetingDecisionId ? [task.meetingDecisionId] : []))),
    agreements: new Set(tasks.flatMap((task) => (task.networkAgreementId ? [task.networkAgreementId] : []))),
  };
}
