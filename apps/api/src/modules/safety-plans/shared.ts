import { ProblemType, type SafetyPlanDetail, type SafetyPlanStatus } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { mayOnCase, type CaseReach } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import type { RequestContext } from '../../lib/context';
import { AppError, NotFoundError, RuleViolationError } from '../../lib/errors';
import { readDetail } from './read';

export type Tx = Prisma.TransactionClient;

/** A 409 for a stale version; the body's `current` is the plan as it is now, so nothing is lost silently. */
export class SafetyPlanConflictError extends AppError {
  constructor(current: SafetyPlanDetail | null) {
    super(
      409,
      ProblemType.conflict,
      'Konflikt',
      'Sikkerhedsplanen er ændret af en anden, siden du hentede den. Hent den nye udgave, og indfør dine ændringer igen.',
      undefined,
      { current },
    );
  }
}

/** Thrown inside a transaction to roll it back when the claimed version turns out to be stale. */
export class StaleVersion extends Error {}

export async function planOfCase(db: Tx | PrismaClient, caseId: string, planId: string) {
  const plan = await db.safetyPlan.findFirst({
    where: { id: planId, caseId },
    select: { id: true, status: true, version: true, immediate: true, startsOn: true },
  });
  if (!plan) throw new NotFoundError('Sikkerhedsplanen findes ikke på sagen.');
  return plan;
}

export function requireStatus(status: SafetyPlanStatus, allowed: SafetyPlanStatus, message: string): void {
  if (status !== allowed) throw new RuleViolationError(message);
}

/** The unit a change is recorded under: the actor's, or (an external samordner has none) the case's. */
export async function unitOf(tx: Tx, ctx: RequestContext, caseId: string): Promise<string> {
  if (ctx.actor.unitId) return ctx.actor.unitId;
  return (await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { responsibleUnitId: true } })).responsibleUnitId;
}

/**
 * Takes the plan's next version if the caller's is still the latest (the conditional update takes
 * the row lock, so concurrent writers queue and only one gets through); otherwise StaleVersion.
 */
export async function claimVersion(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  planId: string,
  version: number,
  data: Prisma.SafetyPlanUncheckedUpdateManyInput = {},
): Promise<number> {
  const claimed = await tx.safetyPlan.updateMany({
    where: { id: planId, caseId, version },
    data: {
      ...data,
      version: { increment: 1 },
      updatedAt: ctx.now,
      updatedById: ctx.actor.userId,
      updatedUnitId: await unitOf(tx, ctx, caseId),
    },
  });
  if (claimed.count === 0) throw new StaleVersion();
  return version + 1;
}

export function createPlanReader(prisma: PrismaClient, access: AccessService) {
  async function reachOf(ctx: RequestContext, caseId: string): Promise<CaseReach> {
    return access.caseReach(ctx.actor, caseId, ctx.now);
  }

  /** What the reader may do with a plan in the given status. */
  function canOf(ctx: RequestContext, reach: CaseReach, status: SafetyPlanStatus): SafetyPlanDetail['can'] {
    const edit = mayOnCase(ctx.actor, 'safetyPlan.edit', reach) && status !== 'CLOSED';
    return {
      edit,
      close: mayOnCase(ctx.actor, 'safetyPlan.close', reach) && status === 'ACTIVE',
      recordScores: edit && status === 'ACTIVE' && mayOnCase(ctx.actor, 'scaling.record', reach),
    };
  }

  async function detail(ctx: RequestContext, caseId: string, planId: string, reach?: CaseReach): Promise<SafetyPlanDetail> {
    const plan = await planOfCase(prisma, caseId, planId);
    const can = canOf(ctx, reach ?? (await reachOf(ctx, caseId)), plan.status);
    return readDetail(prisma, caseId, planId, ctx.now, can);
  }

  /** Runs a versioned write; a stale version answers 409 with the plan as it is now. */
  async function versioned<T>(ctx: RequestContext, caseId: string, planId: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof StaleVersion) throw new SafetyPlanConflictError(await detail(ctx, caseId, planId).catch(() => null));
      throw error;
    }
  }

  return { reachOf, canOf, detail, versioned };
}
