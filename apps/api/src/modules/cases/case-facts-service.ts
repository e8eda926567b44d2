import { randomUUID } from 'node:crypto';
import type {
  CaseDecision,
  CaseParent,
  DecisionInput,
  LinkSiblingRequest,
  ParentInput,
  RecordRiskAssessmentRequest,
  UpdateParentRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate, toIsoDate } from '../../lib/dates';
import { ConflictError, DomainValidationError, NotFoundError } from '../../lib/errors';
import { appendAudit, diffFields } from '../audit/service';
import { refreshNextDeadline } from '../deadlines/case-deadlines';
import { appendCaseEvent } from '../timeline/events';
import { assertNotInFuture, toCaseParent } from './case-facts';

type Tx = Prisma.TransactionClient;
const userRef = { select: { id: true, name: true } } as const;

/** A CPR left out keeps the stored one (the web only ever sees it masked); null removes it. */
function parentData(input: ParentInput) {
  return {
    name: input.name,
    relation: input.relation,
    hasCustody: input.hasCustody,
    ...(input.cpr !== undefined ? { cpr: input.cpr } : {}),
    address: input.address ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
  };
}

async function bumpCaseVersion(tx: Tx, caseId: string, version: number): Promise<void> {
  const updated = await tx.case.updateMany({ where: { id: caseId, version }, data: { version: { increment: 1 } } });
  if (updated.count !== 1) throw new ConflictError();
}

/** The child's parents, siblings, decisions and the BL § 18, stk. 3 risk assessment. */
export function createCaseFactsService(prisma: PrismaClient) {
  return {
    async recordDecision(ctx: RequestContext, caseId: string, input: DecisionInput): Promise<CaseDecision> {
      assertNotInFuture(input.decidedOn, copenhagenToday(ctx.now), 'body.decidedOn');
      return prisma.$transaction(async (tx) => {
        const { networkMethodConsidered, networkMethodUsed, networkMethodReason, placementInNetwork, ...fields } = input;
        const decision = await tx.caseDecision.create({
          data: {
            caseId,
            ...fields,
            decidedOn: fromIsoDate(input.decidedOn),
            decidedById: ctx.actor.userId,
            createdAt: ctx.now,
            // The contract requires the answers for a placement (DecisionInput's refinement).
            ...(input.isPlacement && networkMethodConsidered !== null
              ? {
                  placementConsideration: {
                    create: {
                      caseId,
                      consideredOn: fromIsoDate(input.decidedOn),
                      methodConsidered: networkMethodConsidered,
                      methodUsed: networkMethodConsidered ? (networkMethodUsed ?? 'NONE') : 'NONE',
                      reasonNotUsed: networkMethodReason,
                      placementInNetwork,
                      createdById: ctx.actor.userId,
                    },
                  },
                }
              : {}),
          },
          include: decisionInclude,
        });
        const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { firstDecisionOn: true } });
        if (!kase.firstDecisionOn || kase.firstDecisionOn > decision.decidedOn) {
          await tx.case.update({ where: { id: caseId }, data: { firstDecisionOn: decision.decidedOn } });
          await refreshNextDeadline(tx, caseId);
        }
        await appendAudit(tx, ctx, { action: 'CREATE', entityType: 'CaseDecision', entityId: decision.id, caseId });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'decision.recorded',
          entityType: 'CaseDecision',
          entityId: decision.id,
          data: { legalBasis: input.legalBasis, measure: input.measure, decidedOn: input.decidedOn },
        });
        return toDecision(decision);
      });
    },

    async listDecisions(ctx: RequestContext, caseId: string): Promise<CaseDecision[]> {
      return prisma.$transaction(async (tx) => {
        const rows = await tx.caseDecision.findMany({
          where: { caseId },
          include: decisionInclude,
          orderBy: [{ decidedOn: 'desc' }, { createdAt: 'desc' }],
        });
        await appendAudit(tx, ctx, {
          action: 'READ',
          entityType: 'CaseDecision',
          caseId,
          details: { count: rows.length },
        });
        return rows.map(toDecision);
      });
    },

    async addParent(ctx: RequestContext, caseId: string, input: ParentInput): Promise<CaseParent> {
      return prisma.$transaction(async (tx) => {
        const parent = await tx.caseParent.create({
          data: { caseId, cpr: null, ...parentData(input), createdAt: ctx.now },
        });
        await appendAudit(tx, ctx, { action: 'CREATE', entityType: 'CaseParent', entityId: parent.id, caseId });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'parent.added',
          entityType: 'CaseParent',
          entityId: parent.id,
          data: { name: input.name, hasCustody: input.hasCustody },
        });
        return toCaseParent(parent);
      });
    },

    async updateParent(
      ctx: RequestContext,
      caseId: string,
      parentId: string,
      request: UpdateParentRequest,
    ): Promise<CaseParent> {
      const { version, ...input } = request;
      return prisma.$transaction(async (tx) => {
        const before = await tx.caseParent.findFirst({ where: { id: parentId, caseId, removedAt: null } });
        if (!before) throw new NotFoundError('Forælderen findes ikke på sagen.');
        if (before.version !== version) throw new ConflictError();
        const data = parentData(input);
        const changes = diffFields(before, data).map((change) =>
          change.field === 'cpr'
            ? { ...change, from: change.from ? 'skjult' : null, to: change.to ? 'skjult' : null }
            : change,
        );
        const updated = await tx.caseParent.updateMany({
          where: { id: parentId, version },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new ConflictError();
        if (changes.length > 0) {
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'CaseParent',
            entityId: parentId,
            caseId,
            details: { changes },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'parent.updated',
            entityType: 'CaseParent',
            entityId: parentId,
            data: { name: data.name },
          });
        }
        return toCaseParent(await tx.caseParent.findUniqueOrThrow({ where: { id: parentId } }));
      });
    },

    /** Kept in the database with removedAt, so the history still shows who was registered. */
    async removeParent(ctx: RequestContext, caseId: string, parentId: string, version: number): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const parent = await tx.caseParent.findFirst({ where: { id: parentId, caseId, removedAt: null } });
        if (!parent) throw new NotFoundError('Forælderen findes ikke på sagen.');
        const updated = await tx.caseParent.updateMany({
          where: { id: parentId, version },
          data: { removedAt: ctx.now, version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new ConflictError();
        await appendAudit(tx, ctx, { action: 'DELETE', entityType: 'CaseParent', entityId: parentId, caseId });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'parent.removed',
          entityType: 'CaseParent',
          entityId: parentId,
          data: { name: parent.name },
        });
      });
    },

    /** Links the sibling's own case; siblings share a group, so linking to one links to all of them. */
    async linkSibling(ctx: RequestContext, caseId: string, request: LinkSiblingRequest): Promise<void> {
      await prisma.$transaction(async (tx) => {
        // Any case of the municipality: Myndighed links siblings whose cases other colleagues hold.
        const sibling = await tx.case.findFirst({
          where: { municipalityId: ctx.actor.municipalityId, caseNumber: request.caseNumber },
          select: { id: true, caseNumber: true, siblingGroupId: true },
        });
        if (!sibling) {
          const message = 'Der findes ingen sag med det nummer i kommunen';
          throw new DomainValidationError(message, [{ path: 'body.caseNumber', message }]);
        }
        if (sibling.id === caseId) {
          const message = 'En sag kan ikke være søskende til sig selv';
          throw new DomainValidationError(message, [{ path: 'body.caseNumber', message }]);
        }
        const kase = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: { caseNumber: true, siblingGroupId: true },
        });
        if (kase.siblingGroupId && kase.siblingGroupId === sibling.siblingGroupId) {
          const message = 'Sagerne er allerede knyttet sammen som søskende';
          throw new DomainValidationError(message, [{ path: 'body.caseNumber', message }]);
        }
        const group = kase.siblingGroupId ?? sibling.siblingGroupId ?? randomUUID();
        const merged = [kase.siblingGroupId, sibling.siblingGroupId].filter(
          (g): g is string => g !== null && g !== group,
        );
        await tx.case.updateMany({
          where: { OR: [{ id: { in: [caseId, sibling.id] } }, { siblingGroupId: { in: merged } }] },
          data: { siblingGroupId: group },
        });
        for (const [id, other] of [
          [caseId, sibling.caseNumber],
          [sibling.id, kase.caseNumber],
        ] as const) {
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'Case',
            entityId: id,
            caseId: id,
            details: { changes: [{ field: 'siblingGroupId', from: null, to: group }] },
          });
          await appendCaseEvent(tx, ctx, { caseId: id, kind: 'sibling.linked', data: { caseNumber: other } });
        }
      });
    },

    async unlinkSibling(ctx: RequestContext, caseId: string, siblingCaseId: string): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const kase = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: { caseNumber: true, siblingGroupId: true },
        });
        const sibling = kase.siblingGroupId
          ? await tx.case.findFirst({
              where: { id: siblingCaseId, siblingGroupId: kase.siblingGroupId },
              select: { id: true, caseNumber: true },
            })
          : null;
        if (!sibling || !kase.siblingGroupId) throw new NotFoundError('Sagerne er ikke knyttet sammen som søskende.');
        await tx.case.update({ where: { id: sibling.id }, data: { siblingGroupId: null } });
        const left = await tx.case.findMany({ where: { siblingGroupId: kase.siblingGroupId }, select: { id: true } });
        if (left.length < 2)
          await tx.case.updateMany({ where: { siblingGroupId: kase.siblingGroupId }, data: { siblingGroupId: null } });
        for (const [id, other] of [
          [caseId, sibling.caseNumber],
          [sibling.id, kase.caseNumber],
        ] as const) {
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'Case',
            entityId: id,
            caseId: id,
            details: { changes: [{ field: 'siblingGroupId', from: kase.siblingGroupId, to: null }] },
          });
          await appendCaseEvent(tx, ctx, { caseId: id, kind: 'sibling.unlinked', data: { caseNumber: other } });
        }
      });
    },

    /** BL § 18, stk. 3: the risk assessment that must come before the family and network are involved. */
    async recordRiskAssessment(
      ctx: RequestContext,
      caseId: string,
      request: RecordRiskAssessmentRequest,
    ): Promise<void> {
      assertNotInFuture(request.assessedOn, copenhagenToday(ctx.now), 'body.assessedOn');
      await prisma.$transaction(async (tx) => {
        const kase = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: { honourConflictSuspected: true, honourRiskAssessedOn: true },
        });
        if (!kase.honourConflictSuspected) {
          const message =
            'Risikovurderingen registreres, når der er mistanke om æresrelateret konflikt eller negativ social kontrol';
          throw new DomainValidationError(message, [{ path: 'body.assessedOn', message }]);
        }
        await bumpCaseVersion(tx, caseId, request.version);
        await tx.case.update({
          where: { id: caseId },
          data: {
            honourRiskAssessedOn: fromIsoDate(request.assessedOn),
            honourRiskAssessedById: ctx.actor.userId,
            honourRiskAssessment: request.summary,
          },
        });
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'Case',
          entityId: caseId,
          caseId,
          details: {
            changes: [
              {
                field: 'honourRiskAssessedOn',
                from: kase.honourRiskAssessedOn ? toIsoDate(kase.honourRiskAssessedOn) : null,
                to: request.assessedOn,
              },
            ],
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'honour.riskAssessed',
          data: { assessedOn: request.assessedOn },
        });
      });
    },
  };
}

const decisionInclude = {
  decidedBy: userRef,
  placementConsideration: { select: { methodConsidered: true, methodUsed: true, reasonNotUsed: true, placementInNetwork: true } },
} as const;

function toDecision(row: Prisma.CaseDecisionGetPayload<{ include: typeof decisionInclude }>): CaseDecision {
  return {
    id: row.id,
    legalBasis: row.legalBasis,
    measure: row.measure,
    purpose: row.purpose,
    expectedDuration: row.expectedDuration,
    decidedOn: toIsoDate(row.decidedOn),
    consent: row.consent,
    isPlacement: row.isPlacement,
    placement: row.placementConsideration,
    decidedBy: row.decidedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export type CaseFactsService = ReturnType<typeof createCaseFactsService>;
