import type { ActionPlanDetail, ActionPlanFields, PlanTaskStatus } from '@inddrag/contracts';
import type { AgreementStatus } from '@inddrag/db';
import { fromIsoDate } from '../../lib/dates';
import { DomainValidationError, RuleViolationError } from '../../lib/errors';
import type { Tx } from './shared';
import { tasksWithPaths } from './validate';

/** A task's status as the linked part-2 agreement shows it: completing one completes the other. */
const AGREEMENT_STATUS_OF_TASK: Record<PlanTaskStatus, AgreementStatus> = {
  PLANNED: 'AGREED',
  IN_PROGRESS: 'AGREED',
  DONE: 'FULFILLED',
  NOT_DONE: 'NOT_FULFILLED',
  CANCELLED: 'CANCELLED',
};

const day = (value: string | null) => (value ? fromIsoDate(value) : null);

/**
 * Writes the plan's goals and tasks as the document says: kept ids are updated, new ones created,
 * missing ones removed (a goal that has been followed up cannot be removed). Links to meeting
 * decisions and part-2 agreements are set on both sides, and a linked agreement takes the task's status.
 */
export async function writeParts(tx: Tx, planId: string, fields: ActionPlanFields): Promise<void> {
  const existingGoals = await tx.actionPlanGoal.findMany({ where: { planId }, select: { id: true, _count: { select: { followUps: true } } } });
  const existingTasks = await tx.actionPlanTask.findMany({ where: { planId }, select: { id: true } });
  const goalIds = new Set(existingGoals.map((goal) => goal.id));
  const taskIds = new Set(existingTasks.map((task) => task.id));
  const unknown = [
    ...fields.goals.flatMap((goal, index) => (goal.id && !goalIds.has(goal.id) ? [`body.goals.${index}.id`] : [])),
    ...tasksWithPaths(fields).flatMap(({ task, path }) => (task.id && !taskIds.has(task.id) ? [`${path}.id`] : [])),
  ];
  if (unknown.length > 0)
    throw new DomainValidationError('Planen kan ikke gemmes.', unknown.map((path) => ({ path, message: 'Findes ikke i planen' })));

  const keptGoals = new Set(fields.goals.flatMap((goal) => (goal.id ? [goal.id] : [])));
  const removedGoals = existingGoals.filter((goal) => !keptGoals.has(goal.id));
  if (removedGoals.some((goal) => goal._count.followUps > 0))
    throw new RuleViolationError('Et mål, der er fulgt op på, kan ikke fjernes. Skriv i stedet, at det er nået eller opgivet.');
  const keptTasks = new Set(tasksWithPaths(fields).flatMap(({ task }) => (task.id ? [task.id] : [])));
  const removedTasks = existingTasks.filter((task) => !keptTasks.has(task.id)).map((task) => task.id);
  if (removedTasks.length > 0) {
    await tx.meetingDecision.updateMany({ where: { actionPlanTaskId: { in: removedTasks } }, data: { actionPlanTaskId: null } });
    await tx.networkAgreement.updateMany({ where: { actionPlanTaskId: { in: removedTasks } }, data: { actionPlanTaskId: null } });
    await tx.actionPlanTask.deleteMany({ where: { id: { in: removedTasks } } });
  }
  if (removedGoals.length > 0) await tx.actionPlanGoal.deleteMany({ where: { id: { in: removedGoals.map((goal) => goal.id) } } });

  const goalIdAt: string[] = [];
  for (const [position, goal] of fields.goals.entries()) {
    const data = {
      position,
      area: goal.area,
      goal: goal.goal,
      childWords: goal.childWords,
      parentsView: goal.parentsView,
      indicators: goal.indicators,
      reviewOn: day(goal.reviewOn),
    };
    const row = goal.id
      ? await tx.actionPlanGoal.update({ where: { id: goal.id }, data, select: { id: true } })
      : await tx.actionPlanGoal.create({ data: { planId, ...data }, select: { id: true } });
    goalIdAt[position] = row.id;
  }

  for (const [position, { task, goalIndex }] of tasksWithPaths(fields).entries()) {
    const data = {
      goalId: goalIndex === null ? null : (goalIdAt[goalIndex] ?? null),
      position,
      assignee: task.assignee,
      userId: task.assignee === 'PROFESSIONAL' ? task.userId : null,
      unitId: task.assignee === 'UNIT' ? task.unitId : null,
      networkPersonId: task.assignee === 'NETWORK_PERSON' ? task.networkPersonId : null,
      who: task.who,
      what: task.what,
      dueOn: day(task.dueOn),
      status: task.status,
      meetingDecisionId: task.meetingDecisionId,
      networkAgreementId: task.networkAgreementId,
    };
    const row = task.id
      ? await tx.actionPlanTask.update({ where: { id: task.id }, data, select: { id: true } })
      : await tx.actionPlanTask.create({ data: { planId, ...data }, select: { id: true } });
    // A link the task no longer has is cleared on the other side.
    await tx.meetingDecision.updateMany({
      where: { actionPlanTaskId: row.id, ...(task.meetingDecisionId ? { id: { not: task.meetingDecisionId } } : {}) },
      data: { actionPlanTaskId: null },
    });
    await tx.networkAgreement.updateMany({
      where: { actionPlanTaskId: row.id, ...(task.networkAgreementId ? { id: { not: task.networkAgreementId } } : {}) },
      data: { actionPlanTaskId: null },
    });
    if (task.meetingDecisionId)
      await tx.meetingDecision.update({ where: { id: task.meetingDecisionId }, data: { actionPlanTaskId: row.id } });
    if (task.networkAgreementId) {
      const agreement = await tx.networkAgreement.findUniqueOrThrow({ where: { id: task.networkAgreementId }, select: { status: true, actionPlanTaskId: true, personId: true } });
      const status = AGREEMENT_STATUS_OF_TASK[task.status];
      if (agreement.status !== status || agreement.actionPlanTaskId !== row.id) {
        await tx.networkAgreement.update({ where: { id: task.networkAgreementId }, data: { actionPlanTaskId: row.id, status } });
        // The person's version goes up, so a map editor open on the old agreement gets a 409 and merges.
        await tx.networkPerson.update({ where: { id: agreement.personId }, data: { version: { increment: 1 } } });
      }
    }
  }
}

/** What changed between two saved documents, in Danish words for the version history. */
export function describeChanges(before: ActionPlanFields | null, after: ActionPlanFields, note: string | null): string[] {
  const changes: string[] = note ? [note] : [];
  if (!before) return [...changes, 'Planen oprettet'];
  const count = (fields: ActionPlanFields) => fields.goals.length;
  const tasks = (fields: ActionPlanFields) => tasksWithPaths(fields).map(({ task }) => task);
  if (count(after) !== count(before)) changes.push(`Mål: ${count(before)} → ${count(after)}`);
  // Snapshots come back from jsonb with their keys reordered: compare key by key.
  const goalText = (fields: ActionPlanFields) =>
    JSON.stringify(fields.goals.map(({ tasks: _tasks, ...goal }) => Object.entries(goal).sort(([a], [b]) => a.localeCompare(b))));
  if (count(after) === count(before) && goalText(after) !== goalText(before)) changes.push('Målene er ændret');
  if (tasks(after).length !== tasks(before).length) changes.push(`Opgaver: ${tasks(before).length} → ${tasks(after).length}`);
  const done = (fields: ActionPlanFields) => tasks(fields).filter((task) => task.status === 'DONE').length;
  if (done(after) !== done(before)) changes.push(`Udførte opgaver: ${done(before)} → ${done(after)}`);
  if (after.networkSection !== before.networkSection) changes.push('Netværksafsnittet er ændret');
  if (after.familySupport !== before.familySupport) changes.push('Støtten til familien er ændret');
  if (after.purpose !== before.purpose || after.expectedDuration !== before.expectedDuration || after.legalBasis !== before.legalBasis)
    changes.push('Grundlaget (hjemmel, formål eller varighed) er ændret');
  return changes.length > (note ? 1 : 0) ? changes : [...changes, 'Ingen ændringer i indholdet'];
}

/** The plan as a document again (what a save sends), from what the plan page reads. */
export function documentOf(detail: ActionPlanDetail): ActionPlanFields {
  const task = (t: ActionPlanDetail['networkTasks'][number]) => ({
    id: t.id,
    assignee: t.assignee,
    userId: t.user?.id ?? null,
    unitId: t.unit?.id ?? null,
    networkPersonId: t.networkPersonId,
    who: t.who,
    what: t.what,
    dueOn: t.dueOn,
    status: t.status,
    meetingDecisionId: t.meetingDecisionId,
    networkAgreementId: t.networkAgreementId,
  });
  return {
    type: detail.type,
    legalBasis: detail.legalBasis,
    decisionId: detail.decisionId,
    purpose: detail.purpose,
    expectedDuration: detail.expectedDuration,
    siblingCaseIds: detail.children.filter((child) => child.caseId !== detail.caseId).map((child) => child.caseId),
    networkSection: detail.networkSection,
    familySupport: detail.familySupport,
    goals: detail.goals.map(({ tasks, position: _position, ...goal }) => ({ ...goal, tasks: tasks.map(task) })),
    networkTasks: detail.networkTasks.map(task),
  };
}
