import type {
  ActionPlanDetail,
  ActionPlanFields,
  ActionPlanList,
  ApproveActionPlanRequest,
  RecordFollowUpRequest,
  SaveActionPlanRequest,
  ShareActionPlanRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { z } from 'zod';
import { mayOnCase } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate } from '../../lib/dates';
import { DomainValidationError, RuleViolationError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { updateDeadlineDates } from '../deadlines/case-deadlines';
import { appendCaseEvent } from '../timeline/events';
import { actionPlanPdf } from './print';
import { readPlanDetail, summarySelect, toSummary } from './read';
import { ActionPlanConflictError, claimPlanVersion, planOfCase, StalePlanVersion, type Tx } from './shared';
import { validatePlan } from './validate';
import { describeChanges, documentOf, writeParts } from './write';

type SaveData = z.output<typeof SaveActionPlanRequest>;
type ApproveData = z.output<typeof ApproveActionPlanRequest>;
type ShareData = z.output<typeof ShareActionPlanRequest>;
type FollowUpData = z.output<typeof RecordFollowUpRequest>;

const planColumns = (fields: ActionPlanFields) => ({
  type: fields.type,
  legalBasis: fields.legalBasis,
  decisionId: fields.decisionId,
  purpose: fields.purpose,
  expectedDuration: fields.expectedDuration,
  networkSection: fields.networkSection,
  familySupport: fields.familySupport,
});

async function lockCasePlans(tx: Tx, caseId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`action-plan:${caseId}`}))`;
}

/** Barnets plan / ungeplan (domain.md §2.6, §2.11): the plan as a versioned document, approval, follow-up. */
export function createActionPlanService(prisma: PrismaClient, access: AccessService) {
  async function canOf(
    ctx: RequestContext,
    caseId: string,
    status: ActionPlanDetail['status'],
  ): Promise<ActionPlanDetail['can']> {
    const reach = await access.caseReach(ctx.actor, caseId, ctx.now);
    const edit = mayOnCase(ctx.actor, 'actionPlan.edit', reach);
    return {
      edit,
      propose: edit && status === 'DRAFT',
      approve: mayOnCase(ctx.actor, 'actionPlan.approve', reach) && status !== 'APPROVED',
      followUp: mayOnCase(ctx.actor, 'actionPlan.followUp', reach) && status === 'APPROVED',
    };
  }

  async function detail(ctx: RequestContext, caseId: string, planId: string): Promise<ActionPlanDetail> {
    const plan = await planOfCase(prisma, caseId, planId);
    return readPlanDetail(prisma, caseId, planId, copenhagenToday(ctx.now), await canOf(ctx, caseId, plan.status));
  }

  async function versioned<T>(
    ctx: RequestContext,
    caseId: string,
    planId: string,
    write: () => Promise<T>,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof StalePlanVersion)
        throw new ActionPlanConflictError(await detail(ctx, caseId, planId).catch(() => null));
      throw error;
    }
  }

  /** Writes version `number` of the plan: its parts, the children it covers, and the version row. */
  async function writeVersion(
    tx: Tx,
    ctx: RequestContext,
    caseId: string,
    planId: string,
    fields: ActionPlanFields,
    note: string | null,
  ) {
    await tx.actionPlanChild.deleteMany({ where: { planId } });
    await tx.actionPlanChild.createMany({
      data: [caseId, ...new Set(fields.siblingCaseIds)].map((id) => ({ planId, caseId: id })),
    });
    await writeParts(tx, planId, fields);
    const plan = await tx.actionPlan.findUniqueOrThrow({
      where: { id: planId },
      select: { number: true, status: true },
    });
    const previous = await tx.actionPlanVersion.findFirst({
      where: { planId },
      orderBy: { number: 'desc' },
      select: { snapshot: true },
    });
    const saved = documentOf(
      await readPlanDetail(tx, caseId, planId, copenhagenToday(ctx.now), {
        edit: false,
        propose: false,
        approve: false,
        followUp: false,
      }),
    );
    await tx.actionPlanVersion.create({
      data: {
        planId,
        number: plan.number,
        status: plan.status,
        snapshot: saved as unknown as Prisma.InputJsonValue,
        changes: describeChanges((previous?.snapshot as ActionPlanFields | undefined) ?? null, saved, note),
        authorId: ctx.actor.userId,
        createdAt: ctx.now,
      },
    });
    return plan.number;
  }

  return {
    detail,

    /** The plan as a PDF for the family (print.ts). */
    pdf: (ctx: RequestContext, caseId: string, planId: string) =>
      actionPlanPdf(prisma, { detail }, ctx, caseId, planId),

    async list(ctx: RequestContext, caseId: string): Promise<ActionPlanList> {
      const [rows, reach] = await Promise.all([
        prisma.actionPlan.findMany({
          where: { OR: [{ caseId }, { children: { some: { caseId } } }] },
          select: summarySelect,
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        }),
        access.caseReach(ctx.actor, caseId, ctx.now),
      ]);
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'ActionPlan',
        caseId,
        details: { count: rows.length },
      });
      const ownPlan = rows.some((row) => row.caseId === caseId);
      return {
        items: rows.map(toSummary),
        can: { create: mayOnCase(ctx.actor, 'actionPlan.edit', reach) && !ownPlan },
      };
    },

    async get(ctx: RequestContext, caseId: string, planId: string): Promise<ActionPlanDetail> {
      const result = await detail(ctx, caseId, planId);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'ActionPlan', entityId: planId, caseId });
      return result;
    },

    /** A new plan, as a draft. A case keeps one plan; later changes are its versions. */
    async create(ctx: RequestContext, caseId: string, fields: ActionPlanFields): Promise<ActionPlanDetail> {
      const planId = await prisma.$transaction(async (tx) => {
        await lockCasePlans(tx, caseId);
        if ((await tx.actionPlan.count({ where: { caseId } })) > 0)
          throw new RuleViolationError('Sagen har allerede en plan. Ret den, så bliver ændringen en ny version.');
        await validatePlan(tx, ctx, caseId, null, fields);
        const plan = await tx.actionPlan.create({
          data: {
            caseId,
            ...planColumns(fields),
            createdById: ctx.actor.userId,
            createdUnitId: ctx.actor.unitId,
            updatedById: ctx.actor.userId,
            createdAt: ctx.now,
          },
          select: { id: true },
        });
        await writeVersion(tx, ctx, caseId, plan.id, fields, null);
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'ActionPlan',
          entityId: plan.id,
          caseId,
          details: { goals: fields.goals.length },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'actionPlan.created',
          entityType: 'ActionPlan',
          entityId: plan.id,
          data: { type: fields.type },
        });
        return plan.id;
      });
      return detail(ctx, caseId, planId);
    },

    /** Saves the whole plan as its next version; a proposed or approved plan becomes a draft again. */
    async save(ctx: RequestContext, caseId: string, planId: string, request: SaveData): Promise<ActionPlanDetail> {
      const { version, changeNote, ...fields } = request;
      await versioned(ctx, caseId, planId, () =>
        prisma.$transaction(async (tx) => {
          await planOfCase(tx, caseId, planId);
          await claimPlanVersion(tx, ctx, planId, version, {
            ...planColumns(fields),
            status: 'DRAFT',
            number: { increment: 1 },
          });
          await validatePlan(tx, ctx, caseId, planId, fields);
          const number = await writeVersion(tx, ctx, caseId, planId, fields, changeNote);
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'ActionPlan',
            entityId: planId,
            caseId,
            details: { number },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'actionPlan.saved',
            entityType: 'ActionPlan',
            entityId: planId,
            data: { number },
          });
        }),
      );
      return detail(ctx, caseId, planId);
    },

    /** An executor (or anyone on the team) proposes the draft for Myndighed's approval. */
    async propose(ctx: RequestContext, caseId: string, planId: string, version: number): Promise<ActionPlanDetail> {
      await versioned(ctx, caseId, planId, () =>
        prisma.$transaction(async (tx) => {
          const plan = await planOfCase(tx, caseId, planId);
          if (plan.status !== 'DRAFT') throw new RuleViolationError('Kun et udkast kan foreslås til godkendelse.');
          await requireGoals(tx, planId);
          await claimPlanVersion(tx, ctx, planId, version, {
            status: 'PROPOSED',
            proposedAt: ctx.now,
            proposedById: ctx.actor.userId,
          });
          await tx.actionPlanVersion.update({
            where: { planId_number: { planId, number: plan.number } },
            data: { status: 'PROPOSED' },
          });
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'ActionPlan',
            entityId: planId,
            caseId,
            details: { status: 'PROPOSED' },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'actionPlan.proposed',
            entityType: 'ActionPlan',
            entityId: planId,
            data: { number: plan.number },
          });
        }),
      );
      return detail(ctx, caseId, planId);
    },

    /** Myndighed approves the plan: the BL § 91 deadline of each case it covers is met. */
    async approve(
      ctx: RequestContext,
      caseId: string,
      planId: string,
      request: ApproveData,
    ): Promise<ActionPlanDetail> {
      await versioned(ctx, caseId, planId, () =>
        prisma.$transaction(async (tx) => {
          const plan = await planOfCase(tx, caseId, planId);
          if (plan.status === 'APPROVED') throw new RuleViolationError('Planen er allerede godkendt.');
          await requireGoals(tx, planId);
          await claimPlanVersion(tx, ctx, planId, request.version, {
            status: 'APPROVED',
            approvedAt: ctx.now,
            approvedById: ctx.actor.userId,
            approvedNumber: plan.number,
          });
          await tx.actionPlanVersion.update({
            where: { planId_number: { planId, number: plan.number } },
            data: { status: 'APPROVED' },
          });
          const today = copenhagenToday(ctx.now);
          const covered = await tx.actionPlanChild.findMany({
            where: { planId },
            select: { case: { select: { id: true, planAdoptedOn: true } } },
          });
          for (const { case: kase } of covered) {
            if (!kase.planAdoptedOn) await updateDeadlineDates(tx, kase.id, { planAdoptedOn: today });
          }
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'ActionPlan',
            entityId: planId,
            caseId,
            details: { status: 'APPROVED', number: plan.number, note: request.note },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'actionPlan.approved',
            entityType: 'ActionPlan',
            entityId: planId,
            data: { number: plan.number },
          });
        }),
      );
      return detail(ctx, caseId, planId);
    },

    /** The dates the plan was shared with the child and the custody holders, and their comments. */
    async share(ctx: RequestContext, caseId: string, planId: string, request: ShareData): Promise<ActionPlanDetail> {
      const today = copenhagenToday(ctx.now);
      const future = (['sharedWithChildOn', 'sharedWithParentsOn'] as const).filter(
        (field) => (request[field] ?? '') > today,
      );
      if (future.length > 0)
        throw new DomainValidationError(
          'Datoen kan ikke ligge i fremtiden.',
          future.map((field) => ({ path: `body.${field}`, message: 'Datoen kan ikke ligge i fremtiden' })),
        );
      await versioned(ctx, caseId, planId, () =>
        prisma.$transaction(async (tx) => {
          await planOfCase(tx, caseId, planId);
          await claimPlanVersion(tx, ctx, planId, request.version, {
            sharedWithChildOn: request.sharedWithChildOn ? fromIsoDate(request.sharedWithChildOn) : null,
            sharedWithParentsOn: request.sharedWithParentsOn ? fromIsoDate(request.sharedWithParentsOn) : null,
            childComments: request.childComments,
            parentComments: request.parentComments,
          });
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'ActionPlan',
            entityId: planId,
            caseId,
            details: { shared: true },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'actionPlan.shared',
            entityType: 'ActionPlan',
            entityId: planId,
          });
        }),
      );
      return detail(ctx, caseId, planId);
    },

    /** A follow-up (BL § 95) per goal; its date and the next one feed the case's deadlines. */
    async recordFollowUp(
      ctx: RequestContext,
      caseId: string,
      planId: string,
      request: FollowUpData,
    ): Promise<ActionPlanDetail> {
      if (request.heldOn > copenhagenToday(ctx.now))
        throw new DomainValidationError('Opfølgningen kan ikke registreres.', [
          { path: 'body.heldOn', message: 'Datoen kan ikke ligge i fremtiden' },
        ]);
      await prisma.$transaction(async (tx) => {
        const plan = await planOfCase(tx, caseId, planId);
        if (plan.status !== 'APPROVED')
          throw new RuleViolationError('Der kan først følges op, når planen er godkendt.');
        const goals = new Set(
          (await tx.actionPlanGoal.findMany({ where: { planId }, select: { id: true } })).map((goal) => goal.id),
        );
        const unknown = request.goals.flatMap((goal, index) =>
          goals.has(goal.goalId) ? [] : [`body.goals.${index}.goalId`],
        );
        if (unknown.length > 0)
          throw new DomainValidationError(
            'Opfølgningen kan ikke registreres.',
            unknown.map((path) => ({ path, message: 'Målet hører ikke til planen' })),
          );
        const followUp = await tx.planFollowUp.create({
          data: {
            caseId,
            planId,
            heldOn: fromIsoDate(request.heldOn),
            participants: request.participants,
            childView: request.childView,
            decision: request.decision,
            decisionNote: request.decisionNote,
            nextFollowUpOn: request.nextFollowUpOn ? fromIsoDate(request.nextFollowUpOn) : null,
            createdById: ctx.actor.userId,
            createdAt: ctx.now,
            goals: {
              create: request.goals.map((goal) => ({
                goalId: goal.goalId,
                progress: goal.progress,
                note: goal.note,
                score: goal.score,
              })),
            },
          },
          select: { id: true },
        });
        const kase = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { firstFollowUpOn: true } });
        await updateDeadlineDates(tx, caseId, {
          ...(kase.firstFollowUpOn ? {} : { firstFollowUpOn: request.heldOn }),
          nextFollowUpOn: request.nextFollowUpOn,
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'PlanFollowUp',
          entityId: followUp.id,
          caseId,
          details: { decision: request.decision, goals: request.goals.length },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'followUp.recorded',
          entityType: 'PlanFollowUp',
          entityId: followUp.id,
          data: { heldOn: request.heldOn, nextFollowUpOn: request.nextFollowUpOn, decision: request.decision },
        });
      });
      return detail(ctx, caseId, planId);
    },
  };
}

async function requireGoals(tx: Tx, planId: string): Promise<void> {
  if ((await tx.actionPlanGoal.count({ where: { planId } })) === 0)
    throw new RuleViolationError('Planen skal have mindst ét mål.');
}

export type ActionPlanService = ReturnType<typeof createActionPlanService>;
