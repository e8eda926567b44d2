import type { MunicipalitySettings, UpdateMunicipalitySettingsRequest } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { ConflictError } from '../../lib/errors';
import { appendAudit, diffFields } from '../audit/service';

/** The municipality's age threshold: a child this old or older is referred to UngeCentret by default. */
export async function youthUnitFromAge(
  tx: Prisma.TransactionClient | PrismaClient,
  municipalityId: string,
): Promise<number> {
  const row = await tx.municipality.findUniqueOrThrow({
    where: { id: municipalityId },
    select: { youthUnitFromAge: true },
  });
  return row.youthUnitFromAge;
}

export function createMunicipalityService(prisma: PrismaClient) {
  const select = { youthUnitFromAge: true, version: true } as const;
  return {
    async settings(ctx: RequestContext): Promise<MunicipalitySettings> {
      return prisma.municipality.findUniqueOrThrow({ where: { id: ctx.actor.municipalityId }, select });
    },

    async updateSettings(
      ctx: RequestContext,
      request: UpdateMunicipalitySettingsRequest,
    ): Promise<MunicipalitySettings> {
      const { version, ...changes } = request;
      return prisma.$transaction(async (tx) => {
        const before = await tx.municipality.findUniqueOrThrow({ where: { id: ctx.actor.municipalityId }, select });
        if (before.version !== version) throw new ConflictError();
        const fieldChanges = diffFields(before, changes);
        if (fieldChanges.length === 0) return before;
        const updated = await tx.municipality.updateMany({
          where: { id: ctx.actor.municipalityId, version },
          data: { ...changes, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new ConflictError();
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Municipality',
          entityId: ctx.actor.municipalityId,
          details: { changes: fieldChanges },
        });
        return tx.municipality.findUniqueOrThrow({ where: { id: ctx.actor.municipalityId }, select });
      });
    },
  };
}

export type MunicipalityService = ReturnType<typeof createMunicipalityService>;
