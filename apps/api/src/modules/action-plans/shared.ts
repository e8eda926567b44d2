import { ProblemType, type ActionPlanDetail } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { AppError, NotFoundError } from '../../lib/errors';

export type Tx = Prisma.TransactionClient;
export type Db = Tx | PrismaClient;

/** A 409 for a stale version; `current` is the plan as it is now. */
export class ActionPlanConflictError extends AppError {
  constructor(current: ActionPlanDetail | null) {
    super(
      409,
      ProblemType.conflict,
      'Konflikt',
      'Planen er ændret af en anden, siden du hentede den. Se den nye udgave, og indfør dine ændringer igen.',
      undefined,
      { current },
    );
  }
}

export class StalePlanVersion extends Error {}

export async function planOfCase(db: Db, caseId: string, planId: string) {
  const plan = await db.actionPlan.findFirst({
    where: { id: planId, caseId },
    select: { id: true, status: true, number: true, version: true, caseId: true },
  });
  if (!plan) throw new NotFoundError('Planen findes ikke på sagen.');
  return plan;
}

/** Takes the plan's next version if the caller's is still the latest; otherwise StalePlanVersion. */
export async function claimPlanVersion(
  tx: Tx,
  ctx: RequestContext,
  planId: string,
  version: number,
  data: Prisma.ActionPlanUncheckedUpdateManyInput = {},
): Promise<void> {
  const claimed = await tx.actionPlan.updateMany({
    where: { id: planId, version },
    data: { ...data, version: { increment: 1 }, updatedAt: ctx.now, updatedById: ctx.actor.userId },
  });
  if (claimed.count === 0) throw new StalePlanVersion();
}
