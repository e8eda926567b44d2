import { ConcernStatementFields, type ReferralConcernRef } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';

/**
 * A referral carries the case's active concern statement/goal pairs as they are when sent: each
 * pair's latest version, never changed afterwards (issue 6 point 6, issue 4 point 5). Called inside
 * the referral's transaction.
 */
export async function freezeConcernsForReferral(tx: Prisma.TransactionClient, caseId: string, referralId: string): Promise<void> {
  const statements = await tx.concernStatement.findMany({
    where: { caseId, status: 'ACTIVE' },
    select: { id: true, versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } },
  });
  const versionIds = statements.flatMap((statement) => statement.versions.map((version) => version.id));
  if (versionIds.length === 0) return;
  await tx.referralConcernVersion.createMany({ data: versionIds.map((versionId) => ({ referralId, versionId })) });
}

/** A frozen pair as the referral shows it, from the version's snapshot. */
export function frozenConcern(version: {
  number: number;
  snapshot: Prisma.JsonValue;
  statement: { id: string; number: number };
}): ReferralConcernRef {
  const parsed = ConcernStatementFields.partial().safeParse(version.snapshot);
  const fields = parsed.success ? parsed.data : {};
  return {
    statementId: version.statement.id,
    number: version.statement.number,
    kind: fields.kind ?? 'DANGER',
    versionNumber: version.number,
    behaviour: fields.behaviour ?? '',
    goalChildWillExperience: fields.goalChildWillExperience ?? '',
  };
}
