import type { PrismaClient } from '@inddrag/db';
import type { Actor } from '../lib/context';
import { NotFoundError } from '../lib/errors';
import type { CaseReach } from './abilities';
import { caseScopeWhere, grantFor } from './case-scope';
import type { Action } from './policy';

export function createAccessService(prisma: PrismaClient) {
  return {
    /** Throws a 404 (never confirming that the case exists) unless the actor may do `action` on it. */
    async assertCaseAccess(actor: Actor, caseId: string, action: Action, now: Date): Promise<void> {
      const scope = caseScopeWhere(actor, action, now);
      const found = scope ? await prisma.case.count({ where: { AND: [{ id: caseId }, scope] } }) : 0;
      if (found === 0) throw new NotFoundError('Sagen findes ikke, eller du har ikke adgang til den.');
    },

    /**
     * Throws a 404 unless the actor may do `action` on the meeting: through its case, or, for a
     * coordinator, because it is a family group conference he coordinates. Returns the case's id.
     */
    async assertMeetingAccess(actor: Actor, meetingId: string, action: Action, now: Date): Promise<string> {
      const meeting = await prisma.meeting.findUnique({
        where: { id: meetingId },
        select: { caseId: true, type: true, coordinatorId: true, case: { select: { municipalityId: true } } },
      });
      const denied = new NotFoundError('Mødet findes ikke, eller du har ikke adgang til det.');
      if (!meeting || meeting.case.municipalityId !== actor.municipalityId) throw denied;
      if (grantFor(actor, action) === 'coordinated') {
        if (meeting.type !== 'FAMILY_GROUP_CONFERENCE' || meeting.coordinatorId !== actor.userId) throw denied;
        return meeting.caseId;
      }
      const scope = caseScopeWhere(actor, action, now);
      const found = scope ? await prisma.case.count({ where: { AND: [{ id: meeting.caseId }, scope] } }) : 0;
      if (found === 0) throw denied;
      return meeting.caseId;
    },

    /** The facts of how the actor reaches a case: team role, unit, accepted referral, emergency access. */
    async caseReach(actor: Actor, caseId: string, now: Date): Promise<CaseReach & { emergencyExpiresAt: Date | null }> {
      const [member, emergency, kase] = await Promise.all([
        prisma.caseTeamMember.findFirst({
          where: { caseId, userId: actor.userId, removedAt: null },
          select: { role: true },
        }),
        prisma.emergencyAccess.findFirst({
          where: { caseId, userId: actor.userId, expiresAt: { gt: now } },
          orderBy: { expiresAt: 'desc' },
          select: { expiresAt: true },
        }),
        prisma.case.findUnique({
          where: { id: caseId },
          select: {
            responsibleUnitId: true,
            referrals: {
              where: { status: 'ACCEPTED', toUnitId: actor.unitId ?? undefined },
              select: { id: true },
              take: 1,
            },
          },
        }),
      ]);
      return {
        teamRole: member?.role ?? null,
        unitHolds: actor.unitId !== null && kase?.responsibleUnitId === actor.unitId,
        unitReferredAccepted: actor.unitId !== null && (kase?.referrals.length ?? 0) > 0,
        emergency: emergency !== null,
        emergencyExpiresAt: emergency?.expiresAt ?? null,
      };
    },
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
