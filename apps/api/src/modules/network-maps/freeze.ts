import type { Prisma } from '@inddrag/db';

/**
 * A referral carries each of the case's network maps as it is when sent: its latest version, which
 * is never changed afterwards (issue 4 point 5). Called inside the referral's transaction.
 */
export async function freezeMapsForReferral(tx: Prisma.TransactionClient, caseId: string, referralId: string): Promise<void> {
  const maps = await tx.networkMap.findMany({ where: { caseId }, select: { id: true, version: true } });
  if (maps.length === 0) return;
  const versions = await tx.networkMapVersion.findMany({
    where: { OR: maps.map((map) => ({ mapId: map.id, number: map.version })) },
    select: { id: true },
  });
  await tx.referralMapVersion.createMany({ data: versions.map((version) => ({ referralId, versionId: version.id })) });
}
