import type { PrismaClient } from '@inddrag/db';
import { GENESIS_HASH, hashAuditContent } from './chain';

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: { seq: bigint; id: string; problem: string } };

const BATCH = 1000;

/** Walks the audit log in order and names the first record whose hash or link does not hold. */
export async function verifyAuditChain(prisma: PrismaClient): Promise<ChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let afterSeq = -1n;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({
      where: { seq: { gt: afterSeq } },
      orderBy: { seq: 'asc' },
      take: BATCH,
    });
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      const recomputed = hashAuditContent({
        id: row.id,
        occurredAt: row.occurredAt.toISOString(),
        userId: row.userId,
        unitId: row.unitId,
        role: row.role,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        caseId: row.caseId,
        reason: row.reason,
        requestId: row.requestId,
        clientIp: row.clientIp,
        details: row.details,
        prevHash: row.prevHash,
      });
      if (row.prevHash !== expectedPrev) {
        return {
          ok: false,
          checked,
          brokenAt: {
            seq: row.seq,
            id: row.id,
            problem: 'does not link to the record before it (a record was removed or inserted)',
          },
        };
      }
      if (recomputed !== row.hash) {
        return {
          ok: false,
          checked,
          brokenAt: {
            seq: row.seq,
            id: row.id,
            problem: 'its content does not match its hash (the record was altered)',
          },
        };
      }
      expectedPrev = row.hash;
      checked += 1;
      afterSeq = row.seq;
    }
  }
}
