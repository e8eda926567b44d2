import {
  ActionPlanFields,
  PlanGoalInput,
  PlanTaskAssignee,
  PlanTaskInput,
  PlanTaskStatus,
  type ActionPlanDetail,
  type ActionPlanFormInput,
  type PlanTask,
  SaveActionPlanRequest,
  OptionalDateInputValue,
} from '@inddrag/contracts';
import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '../../../api/ApiError';

// The plan as the form holds it. Dates are '' until chosen; a task's assignee is one choice,
// `PROFESSIONAL:<userId>`, `UNIT:<unitId>` or `NETWORK_PERSON:<personId>`, and its `who` is the
// chosen name (the API keeps it as written, for the family's copy).

export const TaskForm = z.object({
  id: z.string().nullable(),
  choice: z.string().min(1, 'Vælg hvem der har opgaven'),
  who: z.string(),
  what: PlanTaskInput.shape.what,
  dueOn: OptionalDateInputValue,
  status: PlanTaskStatus,
  meetingDecisionId: z.string().nullable(),
  networkAgreementId: z.string().nullable(),
});
export type TaskFormValues = z.input<typeof TaskForm>;

export const GoalForm = PlanGoalInput.omit({ id: true, reviewOn: true, tasks: true }).extend({
  id: z.string().nullable(),
  reviewOn: OptionalDateInputValue,
  tasks: z.array(TaskForm).max(30),
});
export type GoalFormValues = z.input<typeof GoalForm>;

export const PlanForm = ActionPlanFields.omit({ decisionId: true, goals: true, networkTasks: true }).extend({
  decisionId: z.string(),
  goals: z.array(GoalForm).max(20),
  networkTasks: z.array(TaskForm).max(30),
  changeNote: SaveActionPlanRequest.shape.changeNote.unwrap().unwrap(),
});
export type PlanFormValues = z.input<typeof PlanForm>;
export type PlanFormOutput = z.output<typeof PlanForm>;

export const choiceOf = (assignee: PlanTaskAssignee, id: string | null | undefined) => (id ? `${assignee}:${id}` : '');

/** The assignee columns of a choice; an unknown one sends nothing (the API names the field). */
export function parseChoice(choice: string) {
  const [kind, id = null] = choice.split(':');
  const assignee = PlanTaskAssignee.safeParse(kind).success ? (kind as PlanTaskAssignee) : 'PROFESSIONAL';
  return {
    assignee,
    userId: assignee === 'PROFESSIONAL' ? id : null,
    unitId: assignee === 'UNIT' ? id : null,
    networkPersonId: assignee === 'NETWORK_PERSON' ? id : null,
  };
}

function taskValuesOf(task: PlanTask): TaskFormValues {
  const id =
    task.assignee === 'PROFESSIONAL' ? task.user?.id : task.assignee === 'UNIT' ? task.unit?.id : task.networkPersonId;
  return {
    id: task.id,
    choice: choiceOf(task.assignee, id),
    who: task.who,
    what: task.what,
    dueOn: task.dueOn ?? '',
    status: task.status,
    meetingDecisionId: task.meetingDecisionId,
    networkAgreementId: task.networkAgreementId,
  };
}

export const emptyTask = (): TaskFormValues => ({
  id: null,
  choice: '',
  who: '',
  what: '',
  dueOn: '',
  status: 'PLANNED',
  meetingDecisionId: null,
  networkAgreementId: null,
});

export const emptyGoal = (): GoalFormValues => ({
  id: null,
  area: 'DEVELOPMENT',
  goal: '',
  childWords: '',
  parentsView: '',
  indicators: '',
  reviewOn: '',
  tasks: [],
});

export const emptyPlanValues = (): PlanFormValues => ({
  type: 'BARNETS_PLAN',
  legalBasis: 'Barnets lov § 91, stk. 1',
  decisionId: '',
  purpose: '',
  expectedDuration: '',
  siblingCaseIds: [],
  networkSection: '',
  familySupport: '',
  goals: [emptyGoal()],
  networkTasks: [],
  changeNote: '',
});

export function formValuesOf(plan: ActionPlanDetail): PlanFormValues {
  return {
    type: plan.type,
    legalBasis: plan.legalBasis,
    decisionId: plan.decisionId ?? '',
    purpose: plan.purpose,
    expectedDuration: plan.expectedDuration,
    siblingCaseIds: plan.children.filter((child) => child.caseId !== plan.caseId).map((child) => child.caseId),
    networkSection: plan.networkSection,
    familySupport: plan.familySupport,
    goals: plan.goals.map((goal) => ({
      id: goal.id,
      area: goal.area,
      goal: goal.goal,
      childWords: goal.childWords,
      parentsView: goal.parentsView,
      indicators: goal.indicators,
      reviewOn: goal.reviewOn ?? '',
      tasks: goal.tasks.map(taskValuesOf),
    })),
    networkTasks: plan.networkTasks.map(taskValuesOf),
    changeNote: '',
  };
}

function toTaskInput(task: z.output<typeof TaskForm>) {
  return {
    id: task.id,
    ...parseChoice(task.choice),
    who: task.who,
    what: task.what,
    dueOn: task.dueOn || null,
    status: task.status,
    meetingDecisionId: task.meetingDecisionId,
    networkAgreementId: task.networkAgreementId,
  };
}

/** The plan document the API takes (a new plan's body; a save adds the version and the change note). */
export function toPlanInput(values: PlanFormOutput): ActionPlanFormInput {
  return {
    type: values.type,
    legalBasis: values.legalBasis,
    decisionId: values.decisionId || null,
    purpose: values.purpose,
    expectedDuration: values.expectedDuration,
    siblingCaseIds: values.siblingCaseIds,
    networkSection: values.networkSection,
    familySupport: values.familySupport,
    goals: values.goals.map((goal) => ({
      id: goal.id,
      area: goal.area,
      goal: goal.goal,
      childWords: goal.childWords,
      parentsView: goal.parentsView,
      indicators: goal.indicators,
      reviewOn: goal.reviewOn || null,
      tasks: goal.tasks.map(toTaskInput),
    })),
    networkTasks: values.networkTasks.map(toTaskInput),
  };
}

export const toSaveRequest = (values: PlanFormOutput, version: number): SaveActionPlanRequest => ({
  ...toPlanInput(values),
  version,
  changeNote: values.changeNote || null,
});

type Path = FieldPath<PlanFormValues>;

/**
 * Where an API field error shows in the form. The assignee columns belong to the task's "who"
 * choice, a refused link to the task's text; `body.goals.0.tasks.1.networkPersonId` →
 * `goals.0.tasks.1.choice`.
 */
export function formPathOf(apiPath: string): Path | null {
  const path = apiPath.replace(/^body\./, '');
  const task = /^((?:goals\.\d+\.tasks|networkTasks)\.\d+)\.(\w+)/.exec(path);
  if (task) {
    const [, prefix, field] = task;
    if (['assignee', 'userId', 'unitId', 'networkPersonId', 'who'].includes(field!)) return `${prefix}.choice` as Path;
    if (['meetingDecisionId', 'networkAgreementId'].includes(field!)) return `${prefix}.what` as Path;
    if (['what', 'dueOn', 'status'].includes(field!)) return `${prefix}.${field}` as Path;
    return null;
  }
  if (/^goals\.\d+\.(area|goal|childWords|parentsView|indicators|reviewOn)$/.test(path)) return path as Path;
  if (/^siblingCaseIds(\.\d+)?$/.test(path)) return 'siblingCaseIds';
  if (/^(type|legalBasis|decisionId|purpose|expectedDuration|networkSection|familySupport|changeNote)$/.test(path))
    return path as Path;
  return null;
}

/** Puts a 400's field errors on the form; returns every message with its form path, for the summary. */
export function applyServerErrors(
  error: unknown,
  setError: UseFormSetError<PlanFormValues>,
): { path: Path | null; message: string }[] {
  if (!isApiError(error)) return [];
  const items = error.fieldErrors.map((fieldError) => ({
    path: formPathOf(fieldError.path),
    message: fieldError.message,
  }));
  const byPath = new Map<Path, string[]>();
  for (const item of items) if (item.path) byPath.set(item.path, [...(byPath.get(item.path) ?? []), item.message]);
  for (const [path, messages] of byPath) setError(path, { type: 'server', message: messages.join(' ') });
  return items;
}

/** The DOM id of a form path's field, for the error summary's links. */
export const fieldIdOf = (formId: string, path: string) => `${formId}-${path.replace(/\./g, '-')}`;
