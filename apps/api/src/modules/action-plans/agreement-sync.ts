import type { AgreementStatus, PlanTaskStatus, Prisma } from '@inddrag/db';

/** A part-2 agreement's status as its plan task shows it; an agreement still open leaves the task as it is. */
const TASK_STATUS_OF_AGREEMENT: Partial<Record<AgreementStatus, PlanTaskStatus>> = {
  FULFILLED: 'DONE',
  NOT_FULFILLED: 'NOT_DONE',
  CANCELLED: 'CANCELLED',
};

/**
 * Completing one completes the other: when the network map settles an agreement that is a task of
 * the child's plan, the task takes the same status, and the plan's version goes up so an editor
 * open on the old plan gets a 409 instead of writing the old status back.
 */
export async function syncTaskFromAgreement(tx: Prisma.TransactionClient, taskId: string, status: AgreementStatus, now: Date): Promise<void> {
  const taskStatus = TASK_STATUS_OF_AGREEMENT[status];
  if (!taskStatus) return;
  const task = await tx.actionPlanTask.findUnique({ where: { id: taskId }, select: { status: true, planId: true } });
  if (!task || task.status === taskStatus) return;
  await tx.actionPlanTask.update({ where: { id: taskId }, data: { status: taskStatus, updatedAt: now } });
  await tx.actionPlan.update({ where: { id: task.planId }, data: { version: { increment: 1 }, updatedAt: now } });
}
