import type { AddTeamMemberRequest, CaseRole, CaseTeamMember, UpdateTeamMemberRequest } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { ConflictError, DomainValidationError, NotFoundError } from '../../lib/errors';
import { appendAudit, diffFields } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';

/** Which user roles can hold which case role: a case team is the people who work the case. */
const CASE_ROLES_BY_USER_ROLE: Record<string, readonly CaseRole[]> = {
  CASEWORKER: ['RESPONSIBLE', 'CO_WORKER', 'READ_ONLY'],
  LEADER: ['CO_WORKER', 'READ_ONLY'],
  EXECUTOR: ['EXECUTOR', 'READ_ONLY'],
  PPR: ['CO_WORKER', 'READ_ONLY'],
  FACILITATOR: ['FACILITATOR', 'READ_ONLY'],
};

type Tx = Prisma.TransactionClient;

async function assertEligible(tx: Tx, caseId: string, userId: string, role: CaseRole) {
  const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { municipalityId: true } });
  const user = await tx.user.findFirst({ where: { id: userId, municipalityId: kase.municipalityId, active: true } });
  if (!user)
    throw new DomainValidationError('Brugeren findes ikke eller er deaktiveret.', [
      { path: 'body.userId', message: 'Vælg en aktiv bruger' },
    ]);
  if (!CASE_ROLES_BY_USER_ROLE[user.role]?.includes(role)) {
    throw new DomainValidationError('Brugerens rolle kan ikke have denne rolle på sagen.', [
      { path: 'body.role', message: 'Rollen passer ikke til brugerens funktion' },
    ]);
  }
}

/**
 * Adds a user to a case team (or brings a removed member back) inside the caller's transaction;
 * also used when an accepted referral assigns the executor worker.
 */
export async function addTeamMemberInTx(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  request: AddTeamMemberRequest,
): Promise<CaseTeamMember> {
  await assertEligible(tx, caseId, request.userId, request.role);
  const existing = await tx.caseTeamMember.findUnique({ where: { caseId_userId: { caseId, userId: request.userId } } });
  if (existing && !existing.removedAt) throw new ConflictError('Brugeren er allerede på sagens team.');
  const member = existing
    ? await tx.caseTeamMember.update({
        where: { id: existing.id },
        data: {
          role: request.role,
          removedAt: null,
          addedAt: ctx.now,
          addedById: ctx.actor.userId,
          version: { increment: 1 },
        },
      })
    : await tx.caseTeamMember.create({
        data: { caseId, userId: request.userId, role: request.role, addedAt: ctx.now, addedById: ctx.actor.userId },
      });
  const user = await tx.user.findUniqueOrThrow({
    where: { id: request.userId },
    select: { id: true, name: true, unit: { select: { id: true, name: true, kind: true } } },
  });
  await appendAudit(tx, ctx, {
    action: 'CREATE',
    entityType: 'CaseTeamMember',
    entityId: member.id,
    caseId,
    details: {
      changes: [
        { field: 'role', from: null, to: request.role },
        { field: 'userId', from: null, to: request.userId },
      ],
    },
  });
  await appendCaseEvent(tx, ctx, {
    caseId,
    kind: 'team.memberAdded',
    entityType: 'CaseTeamMember',
    entityId: member.id,
    data: { name: user.name, role: request.role },
  });
  return {
    id: member.id,
    user: { id: user.id, name: user.name },
    unit: user.unit,
    role: member.role,
    addedAt: member.addedAt.toISOString(),
    version: member.version,
  };
}

export function createTeamService(prisma: PrismaClient) {
  return {
    async add(ctx: RequestContext, caseId: string, request: AddTeamMemberRequest): Promise<CaseTeamMember> {
      return prisma.$transaction((tx) => addTeamMemberInTx(tx, ctx, caseId, request));
    },

    async update(ctx: RequestContext, caseId: string, memberId: string, request: UpdateTeamMemberRequest) {
      return prisma.$transaction(async (tx) => {
        const before = await tx.caseTeamMember.findFirst({ where: { id: memberId, caseId, removedAt: null } });
        if (!before) throw new NotFoundError('Teammedlemmet findes ikke.');
        if (before.version !== request.version) throw new ConflictError();
        await assertEligible(tx, caseId, before.userId, request.role);
        const changes = diffFields(before, { role: request.role });
        const updated = await tx.caseTeamMember.updateMany({
          where: { id: memberId, version: request.version },
          data: { role: request.role, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new ConflictError();
        if (changes.length > 0) {
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'CaseTeamMember',
            entityId: memberId,
            caseId,
            details: { changes },
          });
          const user = await tx.user.findUniqueOrThrow({ where: { id: before.userId }, select: { name: true } });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'team.memberChanged',
            entityType: 'CaseTeamMember',
            entityId: memberId,
            data: { name: user.name, role: request.role },
          });
        }
      });
    },

    async remove(ctx: RequestContext, caseId: string, memberId: string, version: number) {
      await prisma.$transaction(async (tx) => {
        const updated = await tx.caseTeamMember.updateMany({
          where: { id: memberId, caseId, removedAt: null, version },
          data: { removedAt: ctx.now, version: { increment: 1 } },
        });
        if (updated.count !== 1) {
          const exists = await tx.caseTeamMember.count({ where: { id: memberId, caseId, removedAt: null } });
          throw exists ? new ConflictError() : new NotFoundError('Teammedlemmet findes ikke.');
        }
        await appendAudit(tx, ctx, {
          action: 'DELETE',
          entityType: 'CaseTeamMember',
          entityId: memberId,
          caseId,
          details: { changes: [{ field: 'removedAt', from: null, to: ctx.now.toISOString() }] },
        });
        const member = await tx.caseTeamMember.findUniqueOrThrow({
          where: { id: memberId },
          select: { user: { select: { name: true } } },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'team.memberRemoved',
          entityType: 'CaseTeamMember',
          entityId: memberId,
          data: { name: member.user.name },
        });
      });
    },
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
