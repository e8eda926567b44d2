import type {
  CreateSafetyAssessmentRequest,
  SafetyAssessment,
  SafetyAssessmentList,
  UpdateSafetyAssessmentRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { z } from 'zod';
import { mayOnCase } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import type { RequestContext } from '../../lib/context';
import { fromIsoDate } from '../../lib/dates';
import { NotFoundError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { assertOwnIds, StaleWriteError, unitOf } from './rules';
import {
  assessmentSelect,
  assessmentSummarySelect,
  toAssessmentSummary,
  toStatement,
  type AssessmentRow,
} from './store';

type Tx = Prisma.TransactionClient;
type AssessmentFields = z.output<typeof CreateSafetyAssessmentRequest>;
type AssessmentUpdate = z.output<typeof UpdateSafetyAssessmentRequest>;

const STALE_ASSESSMENT =
  'Kortlægningen er gemt af en anden, siden du hentede den. Din tekst er ikke gemt: hent deres version, og gentag din ændring.';

function columns(fields: AssessmentFields) {
  return {
    assessedOn: fromIsoDate(fields.assessedOn),
    purpose: fields.purpose,
    participants: fields.participants,
    harm: fields.harm,
    complicatingFactors: fields.complicatingFactors,
    strengths: fields.strengths,
    existingSafety: fields.existingSafety,
    nextSteps: fields.nextSteps,
  };
}

class StaleWrite extends Error {}

/** The assessments in three columns (kortlægning): worries, what works, what needs to happen. */
export function createAssessmentService(prisma: PrismaClient, access: AccessService) {
  async function mayEdit(ctx: RequestContext, caseId: string): Promise<boolean> {
    return mayOnCase(ctx.actor, 'concerns.edit', await access.caseReach(ctx.actor, caseId, ctx.now));
  }

  async function rowOf(db: Tx | PrismaClient, caseId: string, assessmentId: string): Promise<AssessmentRow> {
    const row = await db.safetyAssessment.findFirst({ where: { id: assessmentId, caseId }, select: assessmentSelect });
    if (!row) throw new NotFoundError('Kortlægningen findes ikke på sagen.');
    return row;
  }

  function toAssessment(row: AssessmentRow, canEdit: boolean): SafetyAssessment {
    const { case: kase, statements, participants, harm, complicatingFactors, strengths, existingSafety, nextSteps } = row;
    return {
      ...toAssessmentSummary(row),
      participants,
      harm,
      complicatingFactors,
      strengths,
      existingSafety,
      nextSteps,
      statements: statements.map((s) => toStatement(s.statement)).sort((a, b) => a.number - b.number),
      child: { firstName: kase.childFirstName, lastName: kase.childLastName },
      can: { edit: canEdit },
    };
  }

  async function linkStatements(tx: Tx, caseId: string, assessmentId: string, statementIds: readonly string[]) {
    const ids = await assertOwnIds(tx, 'statement', caseId, statementIds, 'body.statementIds');
    await tx.safetyAssessmentStatement.deleteMany({ where: { assessmentId } });
    if (ids.length) await tx.safetyAssessmentStatement.createMany({ data: ids.map((statementId) => ({ assessmentId, statementId })) });
    return ids;
  }

  return {
    async list(ctx: RequestContext, caseId: string): Promise<SafetyAssessmentList> {
      const [rows, canEdit] = await Promise.all([
        prisma.safetyAssessment.findMany({
          where: { caseId },
          select: assessmentSummarySelect,
          orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }],
        }),
        mayEdit(ctx, caseId),
      ]);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'SafetyAssessment', caseId, details: { count: rows.length } });
      return { items: rows.map(toAssessmentSummary), can: { edit: canEdit } };
    },

    /** One assessment with the child's name and its pairs as they are now; the read is logged. */
    async get(ctx: RequestContext, caseId: string, assessmentId: string): Promise<SafetyAssessment> {
      const [row, canEdit] = await Promise.all([rowOf(prisma, caseId, assessmentId), mayEdit(ctx, caseId)]);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'SafetyAssessment', entityId: assessmentId, caseId });
      return toAssessment(row, canEdit);
    },

    async create(ctx: RequestContext, caseId: string, request: AssessmentFields): Promise<SafetyAssessment> {
      const unitId = unitOf(ctx);
      const row = await prisma.$transaction(async (tx) => {
        const created = await tx.safetyAssessment.create({
          data: {
            caseId,
            ...columns(request),
            createdById: ctx.actor.userId,
            createdUnitId: unitId,
            updatedById: ctx.actor.userId,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          },
          select: { id: true },
        });
        const statementIds = await linkStatements(tx, caseId, created.id, request.statementIds);
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'SafetyAssessment',
          entityId: created.id,
          caseId,
          details: { assessedOn: request.assessedOn, purpose: request.purpose, statementIds },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'assessment.created',
          entityType: 'SafetyAssessment',
          entityId: created.id,
          data: { assessedOn: request.assessedOn, purpose: request.purpose },
        });
        return rowOf(tx, caseId, created.id);
      });
      return toAssessment(row, true);
    },

    /** Rewrites the assessment; 409 with the assessment as the other person saved it when `version` is stale. */
    async update(ctx: RequestContext, caseId: string, assessmentId: string, request: AssessmentUpdate): Promise<SafetyAssessment> {
      const { version, ...fields } = request;
      try {
        const row = await prisma.$transaction(async (tx) => {
          await rowOf(tx, caseId, assessmentId);
          const claimed = await tx.safetyAssessment.updateMany({
            where: { id: assessmentId, version },
            data: { ...columns(fields), updatedById: ctx.actor.userId, updatedAt: ctx.now, version: { increment: 1 } },
          });
          if (claimed.count === 0) throw new StaleWrite();
          const statementIds = await linkStatements(tx, caseId, assessmentId, fields.statementIds);
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'SafetyAssessment',
            entityId: assessmentId,
            caseId,
            details: { version: version + 1, assessedOn: fields.assessedOn, purpose: fields.purpose, statementIds },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'assessment.updated',
            entityType: 'SafetyAssessment',
            entityId: assessmentId,
            data: { assessedOn: fields.assessedOn, purpose: fields.purpose },
          });
          return rowOf(tx, caseId, assessmentId);
        });
        return toAssessment(row, true);
      } catch (error) {
        if (!(error instanceof StaleWrite)) throw error;
        const current = await prisma.safetyAssessment.findFirst({ where: { id: assessmentId, caseId }, select: assessmentSelect });
        throw new StaleWriteError(STALE_ASSESSMENT, current ? toAssessment(current, true) : null);
      }
    },
  };
}

