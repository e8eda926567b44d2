import type { EmergencyAccessFlag, EmergencyAccessGrant, EmergencyAccessRequest } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { NotFoundError } from '../../lib/errors';
import { ForbiddenError } from '../../plugins/auth';
import { alertEmergencyAccess } from '../alerts/service';
import { appendAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';

export function createEmergencyAccessService(prisma: PrismaClient, durationMs: number) {
  return {
    /**
     * "Bryd glasset": opens a case outside one's access for a limited time. The reason is
     * mandatory, the access is logged, and the leader of the unit holding the case sees it flagged.
     */
    async grant(ctx: RequestContext, request: EmergencyAccessRequest): Promise<EmergencyAccessGrant> {
      return prisma.$transaction(async (tx) => {
        const kase = await tx.case.findFirst({
          where: { caseNumber: request.caseNumber, municipalityId: ctx.actor.municipalityId },
          select: { id: true, responsibleUnitId: true },
        });
        if (!kase) throw new NotFoundError('Der findes ingen sag med det sagsnummer.');
        const access = await tx.emergencyAccess.create({
          data: {
            caseId: kase.id,
            userId: ctx.actor.userId,
            unitId: kase.responsibleUnitId,
            reason: request.reason,
            grantedAt: ctx.now,
            expiresAt: new Date(ctx.now.getTime() + durationMs),
          },
        });
        await appendAudit(tx, ctx, {
          action: 'EMERGENCY_ACCESS',
          entityType: 'Case',
          entityId: kase.id,
          caseId: kase.id,
          reason: request.reason,
          details: { emergencyAccessId: access.id, expiresAt: access.expiresAt.toISOString() },
        });
        await alertEmergencyAccess(tx, ctx, {
          caseId: kase.id,
          caseNumber: request.caseNumber,
          emergencyAccessId: access.id,
        });
        await appendCaseEvent(tx, ctx, {
          caseId: kase.id,
          kind: 'emergencyAccess.granted',
          entityType: 'EmergencyAccess',
          entityId: access.id,
          data: { reason: request.reason, expiresAt: access.expiresAt.toISOString() },
        });
        return { id: access.id, caseId: kase.id, expiresAt: access.expiresAt.toISOString() };
      });
    },

    /** The leader's list: emergency accesses to cases held by their unit, unreviewed first. */
    async flagsForLeader(ctx: RequestContext): Promise<EmergencyAccessFlag[]> {
      if (!ctx.actor.unitId) return [];
      const rows = await prisma.emergencyAccess.findMany({
        where: { unitId: ctx.actor.unitId },
        orderBy: [{ reviewedAt: { sort: 'asc', nulls: 'first' } }, { grantedAt: 'desc' }],
        take: 200,
        include: { case: { select: { caseNumber: true } }, user: { select: { id: true, name: true } } },
      });
      return rows.map((row) => ({
        id: row.id,
        caseId: row.caseId,
        caseNumber: row.case.caseNumber,
        user: row.user,
        reason: row.reason,
        grantedAt: row.grantedAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        reviewedAt: row.reviewedAt?.toISOString() ?? null,
      }));
    },

    async markReviewed(ctx: RequestContext, id: string): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const row = await tx.emergencyAccess.findUnique({ where: { id } });
        if (!row) throw new NotFoundError('Nødadgangen findes ikke.');
        if (row.unitId !== ctx.actor.unitId)
          throw new ForbiddenError('Kun lederen af den enhed, der har sagen, kan gennemse nødadgangen.');
        if (row.reviewedAt) return;
        await tx.emergencyAccess.update({
          where: { id },
          data: { reviewedAt: ctx.now, reviewedById: ctx.actor.userId },
        });
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'EmergencyAccess',
          entityId: id,
          caseId: row.caseId,
          details: { changes: [{ field: 'reviewedAt', from: null, to: ctx.now.toISOString() }] },
        });
      });
    },
  };
}

export type EmergencyAccessService = ReturnType<typeof createEmergencyAccessService>;
