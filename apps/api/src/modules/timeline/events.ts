import type { CaseEventData, CaseEventKind } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';

export interface CaseEventEntry {
  caseId: string;
  kind: CaseEventKind;
  entityType?: string;
  entityId?: string;
  data?: CaseEventData;
  /** When the event took place, if not now (e.g. a phase change dated earlier is still shown when recorded). */
  occurredAt?: Date;
}

/**
 * Adds one entry to the case's timeline inside the caller's transaction, beside its audit record.
 * Every feature that changes a case calls this; the timeline reads nothing else.
 */
export async function appendCaseEvent(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  entry: CaseEventEntry,
): Promise<void> {
  await tx.caseEvent.create({
    data: {
      caseId: entry.caseId,
      occurredAt: entry.occurredAt ?? ctx.now,
      kind: entry.kind,
      actorId: ctx.actor.userId,
      unitId: ctx.actor.unitId,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      data: (entry.data ?? {}) as Prisma.InputJsonValue,
    },
  });
}
