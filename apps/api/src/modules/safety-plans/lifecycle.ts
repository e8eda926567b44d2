import type {
  ActivateSafetyPlanRequest,
  CloseSafetyPlanRequest,
  FieldError,
  HoldSafetyPlanReviewRequest,
  SafetyPlanDetail,
  ScaleScoreInput,
} from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, danishDate, fromIsoDate, toIsoDate } from '../../lib/dates';
import { DomainValidationError, NotFoundError, RuleViolationError } from '../../lib/errors';
import { appendAudit } from '../audit/service';
import { contactStatusOf } from '../network-maps/contact-rules';
import { recordScaleScores } from '../scaling/record';
import { appendCaseEvent } from '../timeline/events';
import { claimVersion, planOfCase, requireStatus, type createPlanReader, type Tx } from './shared';
import { immediateReviewProblem } from './validate';

type Reader = ReturnType<typeof createPlanReader>;
type HoldRequest = Omit<HoldSafetyPlanReviewRequest, 'notes' | 'scores'> & { notes: string; scores: z.infer<typeof ScaleScoreInput>[] };

/**
 * What a draft lacks before it can be put in force: a start, at least one pair, one rule, one person
 * in the safety network and a planned review (an immediate plan's first within 7 days), and every
 * named person still allowed to be contacted.
 */
async function activationProblems(tx: Tx, ctx: RequestContext, planId: string): Promise<FieldError[]> {
  const plan = await tx.safetyPlan.findUniqueOrThrow({
    where: { id: planId },
    select: {
      immediate: true,
      startsOn: true,
      case: { select: { honourConflictSuspected: true, honourRiskAssessedOn: true } },
      _count: { select: { statements: true, rules: true, network: true } },
      reviews: { select: { dueOn: true } },
      network: { select: { person: { select: personFacts } } },
      rules: { select: { responsible: { select: { person: { select: personFacts } } } } },
    },
  });
  const problems: FieldError[] = [];
  if (!plan.startsOn) problems.push({ path: 'startsOn', message: 'Planen mangler en startdato' });
  if (plan._count.statements === 0) problems.push({ path: 'statementIds', message: 'Vælg mindst ét bekymringsudsagn med sikkerhedsmål, som planen svarer på' });
  if (plan._count.rules === 0) problems.push({ path: 'rules', message: 'Planen mangler mindst én regel' });
  if (plan._count.network === 0) problems.push({ path: 'network', message: 'Planen mangler mindst én person i sikkerhedsnetværket' });
  const reviewDates = plan.reviews.map((r) => toIsoDate(r.dueOn));
  if (reviewDates.length === 0) problems.push({ path: 'reviewDates', message: 'Planen mangler en dato for opfølgning' });
  else {
    const immediate = immediateReviewProblem(plan.immediate, plan.startsOn ? toIsoDate(plan.startsOn) : null, reviewDates);
    if (immediate) problems.push({ path: 'reviewDates', message: immediate });
  }
  const today = copenhagenToday(ctx.now);
  const named = new Map([...plan.network.map((m) => m.person), ...plan.rules.flatMap((r) => r.responsible.map((x) => x.person))].map((p) => [p.id, p]));
  for (const person of named.values()) {
    const status = contactStatusOf(person, plan.case, today);
    if (!status.allowed) problems.push({ path: 'network', message: `${person.name}: ${status.blocks.map((b) => b.message).join(' ')}` });
  }
  return problems;
}

const personFacts = {
  id: true,
  name: true,
  doNotContact: true,
  doNotContactReason: true,
  consents: { select: { givenOn: true, withdrawnOn: true } },
} as const;

export function createPlanLifecycle(prisma: PrismaClient, reader: Reader) {
  return {
    /** DRAFT → ACTIVE once the plan holds what a plan in force needs (400 listing what is missing). */
    async activate(ctx: RequestContext, caseId: string, planId: string, request: ActivateSafetyPlanRequest): Promise<SafetyPlanDetail> {
      await reader.versioned(ctx, caseId, planId, () =>
        prisma.$transaction(async (tx) => {
          const plan = await planOfCase(tx, caseId, planId);
          requireStatus(plan.status, 'DRAFT', 'Kun et udkast kan sættes i kraft.');
          await claimVersion(tx, ctx, caseId, planId, request.version, { status: 'ACTIVE' });
          const problems = await activationProblems(tx, ctx, planId);
          if (problems.length) throw new DomainValidationError('Sikkerhedsplanen kan ikke sættes i kraft endnu.', problems);
          const startsOn = toIsoDate(plan.startsOn!);
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'SafetyPlan',
            entityId: planId,
            caseId,
            details: { changes: [{ field: 'status', from: 'DRAFT', to: 'ACTIVE' }], version: request.version + 1 },
          });
          await appendCaseEvent(tx, ctx, { caseId, kind: 'safetyPlan.activated', entityType: 'SafetyPlan', entityId: planId, data: { startsOn } });
        }),
      );
      return reader.detail(ctx, caseId, planId);
    },

    /** Marks a review of a plan in force as held, with the scale scores given at it. */
    async holdReview(ctx: RequestContext, caseId: string, planId: string, reviewId: string, request: HoldRequest): Promise<SafetyPlanDetail> {
      if (request.heldOn > copenhagenToday(ctx.now)) {
        throw new DomainValidationError('Opfølgningen kan ikke registreres.', [{ path: 'body.heldOn', message: 'Datoen må ikke ligge i fremtiden' }]);
      }
      await reader.versioned(ctx, caseId, planId, () =>
        prisma.$transaction(async (tx) => {
          const plan = await planOfCase(tx, caseId, planId);
          const review = await tx.safetyPlanReview.findFirst({ where: { id: reviewId, planId }, select: { heldOn: true } });
          if (!review) throw new NotFoundError('Opfølgningen findes ikke i sikkerhedsplanen.');
          requireStatus(plan.status, 'ACTIVE', 'Der kan kun følges op på en sikkerhedsplan, der er i kraft.');
          if (review.heldOn) throw new RuleViolationError(`Opfølgningen er allerede holdt ${danishDate(toIsoDate(review.heldOn))}.`);
          await claimVersion(tx, ctx, caseId, planId, request.version);
          await tx.safetyPlanReview.update({
            where: { id: reviewId },
            data: {
              heldOn: fromIsoDate(request.heldOn),
              notes: request.notes || null,
              heldById: ctx.actor.userId,
              updatedAt: ctx.now,
              version: { increment: 1 },
            },
          });
          const scores = await recordScaleScores(tx, ctx, caseId, request.scores, { safetyPlanReviewId: reviewId });
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'SafetyPlanReview',
            entityId: reviewId,
            caseId,
            details: { planId, changes: [{ field: 'heldOn', from: null, to: request.heldOn }], scores: scores.length },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'safetyPlan.reviewed',
            entityType: 'SafetyPlan',
            entityId: planId,
            data: { heldOn: request.heldOn },
          });
        }),
      );
      return reader.detail(ctx, caseId, planId);
    },

    /** ACTIVE → CLOSED: Myndighed's decision, with whether the closure criteria are met. */
    async close(ctx: RequestContext, caseId: string, planId: string, request: CloseSafetyPlanRequest): Promise<SafetyPlanDetail> {
      await reader.versioned(ctx, caseId, planId, () =>
        prisma.$transaction(async (tx) => {
          const plan = await planOfCase(tx, caseId, planId);
          requireStatus(plan.status, 'ACTIVE', 'Kun en sikkerhedsplan i kraft kan afsluttes.');
          const errors: FieldError[] = [];
          if (request.closedOn > copenhagenToday(ctx.now)) errors.push({ path: 'body.closedOn', message: 'Datoen må ikke ligge i fremtiden' });
          if (plan.startsOn && request.closedOn < toIsoDate(plan.startsOn))
            errors.push({ path: 'body.closedOn', message: 'Planen kan ikke afsluttes før sin start' });
          if (errors.length) throw new DomainValidationError('Sikkerhedsplanen kan ikke afsluttes.', errors);
          await claimVersion(tx, ctx, caseId, planId, request.version, {
            status: 'CLOSED',
            closedOn: fromIsoDate(request.closedOn),
            closureDecision: request.closureDecision,
            closureCriteriaMet: request.criteriaMet,
            closedById: ctx.actor.userId,
          });
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'SafetyPlan',
            entityId: planId,
            caseId,
            details: {
              changes: [
                { field: 'status', from: 'ACTIVE', to: 'CLOSED' },
                { field: 'closedOn', from: null, to: request.closedOn },
              ],
              criteriaMet: request.criteriaMet,
              version: request.version + 1,
            },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'safetyPlan.closed',
            entityType: 'SafetyPlan',
            entityId: planId,
            data: { closedOn: request.closedOn },
          });
        }),
      );
      return reader.detail(ctx, caseId, planId);
    },
  };
}
