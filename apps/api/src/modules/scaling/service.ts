import type {
  CaseScaleScores,
  RecordScaleScoresResponse,
  ScaleScore,
  ScaleScoresQuery,
  WithdrawScaleScoreRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { mayOnCase } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import type { RequestContext } from '../../lib/context';
import { ConflictError, NotFoundError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { recordScaleScores, type ParsedScaleScoreInput } from './record';
import { scoreSelect, toScaleScore } from './store';
import { scaleTrends } from './trends';

const STALE_WITHDRAW = 'Scoren er ændret, siden du hentede den. Hent skaleringerne igen, og se om den stadig skal trækkes tilbage.';
const ALREADY_WITHDRAWN = 'Scoren er allerede trukket tilbage.';

/** Skalering (domain.md §2.5): scores on the safety scale over time, recorded and withdrawn, never changed. */
export function createScalingService(prisma: PrismaClient, access: AccessService) {
  async function mayRecord(ctx: RequestContext, caseId: string): Promise<boolean> {
    return mayOnCase(ctx.actor, 'scaling.record', await access.caseReach(ctx.actor, caseId, ctx.now));
  }

  return {
    /** The case's scores oldest first, and the latest per respondent with its direction; the read is logged. */
    async list(ctx: RequestContext, caseId: string, query: ScaleScoresQuery): Promise<CaseScaleScores> {
      const where: Prisma.ScaleScoreWhereInput = { caseId };
      if (query.statementId !== undefined) where.statementId = query.statementId === 'overall' ? null : query.statementId;
      const [rows, record] = await Promise.all([
        prisma.scaleScore.findMany({
          where,
          // Scores recorded together share their createdAt: within it, by perspective and name, so the
          // order is the same on every read.
          orderBy: [{ scoredOn: 'asc' }, { createdAt: 'asc' }, { perspective: 'asc' }, { respondent: 'asc' }, { id: 'asc' }],
          select: scoreSelect,
        }),
        mayRecord(ctx, caseId),
      ]);
      const all = rows.map(toScaleScore);
      const items = query.includeWithdrawn ? all : all.filter((score) => score.withdrawnAt === null);
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'ScaleScore',
        caseId,
        details: { count: items.length, ...(query.statementId ? { statementId: query.statementId } : {}) },
      });
      return { items, trends: scaleTrends(all), can: { record } };
    },

    /** Several scores at once (e.g. everyone's at a meeting), in one transaction. */
    async record(
      ctx: RequestContext,
      caseId: string,
      scores: readonly ParsedScaleScoreInput[],
    ): Promise<RecordScaleScoresResponse> {
      const items = await prisma.$transaction((tx) => recordScaleScores(tx, ctx, caseId, scores));
      return { items };
    },

    /** A score given by mistake is withdrawn with a reason; it stays in the record, marked as withdrawn. */
    async withdraw(
      ctx: RequestContext,
      caseId: string,
      scoreId: string,
      request: WithdrawScaleScoreRequest,
    ): Promise<ScaleScore> {
      const row = await prisma.$transaction(async (tx) => {
        const before = await tx.scaleScore.findFirst({
          where: { id: scoreId, caseId },
          select: { withdrawnAt: true, version: true, respondent: true, score: true },
        });
        if (!before) throw new NotFoundError('Scoren findes ikke på sagen.');
        if (before.withdrawnAt !== null) throw new ConflictError(ALREADY_WITHDRAWN);
        const claimed = await tx.scaleScore.updateMany({
          where: { id: scoreId, version: request.version, withdrawnAt: null },
          data: { withdrawnAt: ctx.now, withdrawnReason: request.reason, version: { increment: 1 } },
        });
        if (claimed.count !== 1) throw new ConflictError(STALE_WITHDRAW);
        await appendAudit(tx, ctx, {
          action: 'UPDATE',
          entityType: 'ScaleScore',
          entityId: scoreId,
          caseId,
          reason: request.reason,
          details: {
            changes: [
              { field: 'withdrawnAt', from: null, to: ctx.now.toISOString() },
              { field: 'withdrawnReason', from: null, to: request.reason },
            ],
          },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'scale.withdrawn',
          entityType: 'ScaleScore',
          entityId: scoreId,
          data: { respondent: before.respondent, score: before.score },
        });
        return tx.scaleScore.findUniqueOrThrow({ where: { id: scoreId }, select: scoreSelect });
      });
      return toScaleScore(row);
    },
  };
}

export type ScalingService = ReturnType<typeof createScalingService>;
