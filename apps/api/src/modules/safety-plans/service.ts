import type { SafetyPlanDetail, SafetyPlanFields, SafetyPlanList } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import { mayOnCase } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import type { RequestContext } from '../../lib/context';
import { fromIsoDate } from '../../lib/dates';
import { RuleViolationError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { createPlanLifecycle } from './lifecycle';
import { summarySelect, toSummary } from './read';
import { claimVersion, createPlanReader, planOfCase, unitOf, type Tx } from './shared';
import { validatePlan } from './validate';
import { existingParts, writeParts } from './write';

/** The plan's own columns as a save sets them. */
const planColumns = (fields: SafetyPlanFields) => ({
  immediate: fields.immediate,
  startsOn: fields.startsOn ? fromIsoDate(fields.startsOn) : null,
  childExplanation: fields.childExplanation,
  closureCriteria: fields.closureCriteria,
});

/** Counts for the audit record: what the plan holds, not its text (that stays in the plan). */
const partCounts = (fields: SafetyPlanFields) => ({
  statements: fields.statementIds.length,
  rules: fields.rules.length,
  network: fields.network.length,
  checks: fields.checks.length,
  images: fields.images.length,
  reviewDates: fields.reviewDates.length,
});

/** Serialises the creation of plans on one case, so "one open plan per case" holds under concurrency. */
async function lockCasePlans(tx: Tx, caseId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`safety-plan:${caseId}`}))`;
}

/** Sikkerhedsplaner (domain.md §2.7): the plan as a versioned document, its activation, reviews and closure. */
export function createSafetyPlanService(prisma: PrismaClient, access: AccessService) {
  const reader = createPlanReader(prisma, access);
  const lifecycle = createPlanLifecycle(prisma, reader);

  return {
    ...lifecycle,

    async list(ctx: RequestContext, caseId: string): Promise<SafetyPlanList> {
      const [rows, reach] = await Promise.all([
        prisma.safetyPlan.findMany({ where: { caseId }, select: summarySelect, orderBy: [{ status: 'asc' }, { createdAt: 'desc' }, { id: 'asc' }] }),
        reader.reachOf(ctx, caseId),
      ]);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'SafetyPlan', caseId, details: { count: rows.length } });
      return { items: rows.map(toSummary), can: { create: mayOnCase(ctx.actor, 'safetyPlan.edit', reach) } };
    },

    async get(ctx: RequestContext, caseId: string, planId: string): Promise<SafetyPlanDetail> {
      const result = await reader.detail(ctx, caseId, planId);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'SafetyPlan', entityId: planId, caseId });
      return result;
    },

    /** A new plan, as a draft. A case has at most one plan that is not closed. */
    async create(ctx: RequestContext, caseId: string, fields: SafetyPlanFields): Promise<SafetyPlanDetail> {
      const planId = await prisma.$transaction(async (tx) => {
        await lockCasePlans(tx, caseId);
        const open = await tx.safetyPlan.findFirst({ where: { caseId, status: { not: 'CLOSED' } }, select: { status: true } });
        if (open) {
          throw new RuleViolationError(
            open.status === 'ACTIVE'
              ? 'Sagen har allerede en sikkerhedsplan i kraft. Afslut den, før du opretter en ny.'
              : 'Sagen har allerede et udkast til en sikkerhedsplan. Arbejd videre på det, eller afslut den gældende plan først.',
          );
        }
        await validatePlan(tx, ctx, caseId, fields, { ruleIds: [], heldReviewDates: [] });
        const unitId = await unitOf(tx, ctx, caseId);
        const plan = await tx.safetyPlan.create({
          data: {
            caseId,
            ...planColumns(fields),
            createdById: ctx.actor.userId,
            createdUnitId: unitId,
            updatedById: ctx.actor.userId,
            updatedUnitId: unitId,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          },
          select: { id: true },
        });
        await writeParts(tx, plan.id, fields, []);
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'SafetyPlan',
          entityId: plan.id,
          caseId,
          details: { status: 'DRAFT', immediate: fields.immediate, ...partCounts(fields) },
        });
        await appendCaseEvent(tx, ctx, { caseId, kind: 'safetyPlan.created', entityType: 'SafetyPlan', entityId: plan.id, data: {} });
        return plan.id;
      });
      return reader.detail(ctx, caseId, planId);
    },

    /**
     * Saves the whole plan as its next version. A closed plan cannot change; a save based on an older
     * version answers 409 with the plan as it is now.
     */
    async save(ctx: RequestContext, caseId: string, planId: string, request: SafetyPlanFields & { version: number }): Promise<SafetyPlanDetail> {
      const { version: baseVersion, ...fields } = request;
      await reader.versioned(ctx, caseId, planId, () =>
        prisma.$transaction(async (tx) => {
          const plan = await planOfCase(tx, caseId, planId);
          if (plan.status === 'CLOSED') throw new RuleViolationError('Sikkerhedsplanen er afsluttet og kan ikke ændres.');
          const version = await claimVersion(tx, ctx, caseId, planId, baseVersion, planColumns(fields));
          const parts = await existingParts(tx, planId);
          await validatePlan(tx, ctx, caseId, fields, parts);
          if (plan.status === 'ACTIVE' && !fields.startsOn) {
            throw new RuleViolationError('En sikkerhedsplan i kraft skal have en startdato.');
          }
          await writeParts(tx, planId, fields, parts.reviews);
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'SafetyPlan',
            entityId: planId,
            caseId,
            details: { version, status: plan.status, ...partCounts(fields) },
          });
          await appendCaseEvent(tx, ctx, { caseId, kind: 'safetyPlan.saved', entityType: 'SafetyPlan', entityId: planId, data: { version } });
        }),
      );
      return reader.detail(ctx, caseId, planId);
    },
  };
}

export type SafetyPlanService = ReturnType<typeof createSafetyPlanService>;
