import type { CaseAccessVia } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import type { Actor } from '../lib/context';
import { NotFoundError } from '../lib/errors';
import { caseScopeWhere } from './case-scope';
import type { Action } from './policy';

export function createAccessService(prisma: PrismaClient) {
  return {
    /** Throws a 404 (never confirming that the case exists) unless the actor may do `action` on it. */
    async assertCaseAccess(actor: Actor, caseId: string, action: Action, now: Date): Promise<void> {
      const scope = caseScopeWhere(actor, action, now);
      const found = scope ? await prisma.case.count({ where: { AND: [{ id: caseId }, scope] } }) : 0;
      if (found === 0) throw new NotFoundError('Sagen findes ikke, eller du har ikke adgang til den.');
    },

    /** How the actor reaches a case they may read, for the case page's banner. */
    async accessVia(actor: Actor, caseId: string, now: Date): Promise<{ via: CaseAccessVia; emergencyExpiresAt: Date | null }> {
      const [member, emergency] = await Promise.all([
        prisma.caseTeamMember.findFirst({ where: { caseId, userId: actor.userId, removedAt: null }, select: { id: true } }),
        prisma.emergencyAccess.findFirst({
          where: { caseId, userId: actor.userId, expiresAt: { gt: now } },
          orderBy: { expiresAt: 'desc' },
          select: { expiresAt: true },
        }),
      ]);
      if (member) return { via: 'TEAM', emergencyExpiresAt: null };
      const viaUnit = actor.unitId
        ? await prisma.case.count({
            where: {
              id: caseId,
              OR: [{ responsibleUnitId: actor.unitId }, { referrals: { some: { toUnitId: actor.unitId, status: 'ACCEPTED' } } }],
            },
          })
        : 0;
      if (viaUnit > 0 && actor.role === 'LEADER') return { via: 'UNIT', emergencyExpiresAt: null };
      return { via: 'EMERGENCY', emergencyExpiresAt: emergency?.expiresAt ?? null };
    },
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
