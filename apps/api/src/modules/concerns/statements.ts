import type {
  ChangeConcernStatusRequest,
  ConcernStatement,
  ConcernStatementFields,
  ConcernStatementHistory,
  CreateConcernStatementRequest,
  UpdateConcernStatementRequest,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { z } from 'zod';
import type { RequestContext } from '../../lib/context';
import { NotFoundError } from '../../lib/errors';
import { appendAudit, recordAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { assertOwnIds, StaleWriteError, unitOf } from './rules';
import { snapshotOf, statementSelect, toStatement, toVersion, versionSelect, type StatementRow } from './store';

type Tx = Prisma.TransactionClient;
type CreateStatement = z.output<typeof CreateConcernStatementRequest>;
type UpdateStatement = z.output<typeof UpdateConcernStatementRequest>;
type ChangeStatus = z.output<typeof ChangeConcernStatusRequest>;

const STALE_STATEMENT =
  'Bekymringen er gemt af en anden, siden du hentede den. Din tekst er ikke gemt: hent deres version, og gentag din ændring.';

/** The pair's text columns; an empty family view is stored as nothing written. */
function textColumns(fields: ConcernStatementFields) {
  return {
    kind: fields.kind,
    whoIsWorried: fields.whoIsWorried,
    behaviour: fields.behaviour,
    impactOnChild: fields.impactOnChild,
    ifNothingChanges: fields.ifNothingChanges,
    familyView: fields.familyView?.trim() ? fields.familyView : null,
    goalParentsWill: fields.goalParentsWill,
    goalChildWillExperience: fields.goalChildWillExperience,
    goalProfessionalsWillSee: fields.goalProfessionalsWillSee,
    goalDuration: fields.goalDuration,
  };
}

/** Thrown inside a transaction to roll it back when the write turns out to be stale. */
class StaleWrite extends Error {}

/** The concern statement/safety goal pairs (bekymrings- og skadesudsagn med sikkerhedsmål) and their versions. */
export function createStatementService(prisma: PrismaClient) {
  async function statementOfCase(db: Tx | PrismaClient, caseId: string, statementId: string): Promise<StatementRow> {
    const row = await db.concernStatement.findFirst({ where: { id: statementId, caseId }, select: statementSelect });
    if (!row) throw new NotFoundError('Bekymringen findes ikke på sagen.');
    return row;
  }

  /** Saves the row's present state as version `row.version`. */
  async function addVersion(tx: Tx, ctx: RequestContext, row: StatementRow, unitId: string): Promise<void> {
    await tx.concernStatementVersion.create({
      data: {
        statementId: row.id,
        number: row.version,
        authorId: ctx.actor.userId,
        unitId,
        createdAt: ctx.now,
        snapshot: snapshotOf(row) as unknown as Prisma.InputJsonValue,
      },
    });
  }

  /**
   * Claims the next version (409 when `version` is stale), applies `data`, and records the version,
   * audit record and timeline event, all in one transaction.
   */
  async function saveVersion(
    ctx: RequestContext,
    caseId: string,
    statementId: string,
    version: number,
    write: (tx: Tx) => Promise<Prisma.ConcernStatementUpdateManyMutationInput>,
    after: (tx: Tx, row: StatementRow, before: StatementRow) => Promise<void>,
  ): Promise<ConcernStatement> {
    const unitId = unitOf(ctx);
    try {
      return await prisma.$transaction(async (tx) => {
        const before = await statementOfCase(tx, caseId, statementId);
        const data = await write(tx);
        // The conditional increment takes the row lock: of two writers with the same version only one gets through.
        const claimed = await tx.concernStatement.updateMany({
          where: { id: statementId, version },
          data: { ...data, updatedById: ctx.actor.userId, updatedUnitId: unitId, updatedAt: ctx.now, version: { increment: 1 } },
        });
        if (claimed.count === 0) throw new StaleWrite();
        const row = await statementOfCase(tx, caseId, statementId);
        await addVersion(tx, ctx, row, unitId);
        await after(tx, row, before);
        return toStatement(row);
      });
    } catch (error) {
      if (!(error instanceof StaleWrite)) throw error;
      const current = await prisma.concernStatement.findFirst({ where: { id: statementId, caseId }, select: statementSelect });
      throw new StaleWriteError(STALE_STATEMENT, current ? toStatement(current) : null);
    }
  }

  async function replaceGrounds(tx: Tx, caseId: string, statementId: string, groundIds: readonly string[]) {
    const ids = await assertOwnIds(tx, 'ground', caseId, groundIds, 'body.groundIds');
    await tx.concernStatementGround.deleteMany({ where: { statementId } });
    if (ids.length) await tx.concernStatementGround.createMany({ data: ids.map((groundId) => ({ statementId, groundId })) });
  }

  return {
    /** A new pair, numbered next on the case ("Bekymring 3"), as version 1. */
    async create(ctx: RequestContext, caseId: string, request: CreateStatement): Promise<ConcernStatement> {
      const unitId = unitOf(ctx);
      return prisma.$transaction(async (tx) => {
        const groundIds = await assertOwnIds(tx, 'ground', caseId, request.groundIds, 'body.groundIds');
        // Locking the case row serialises numbering: two concurrent creates get 1 and 2, never 1 twice.
        await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId}::uuid FOR UPDATE`;
        const last = await tx.concernStatement.aggregate({ where: { caseId }, _max: { number: true } });
        const number = (last._max.number ?? 0) + 1;
        const created = await tx.concernStatement.create({
          data: {
            caseId,
            number,
            ...textColumns(request),
            createdById: ctx.actor.userId,
            createdUnitId: unitId,
            updatedById: ctx.actor.userId,
            updatedUnitId: unitId,
            createdAt: ctx.now,
            updatedAt: ctx.now,
            version: 1,
            grounds: { create: groundIds.map((groundId) => ({ groundId })) },
          },
          select: statementSelect,
        });
        await addVersion(tx, ctx, created, unitId);
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'ConcernStatement',
          entityId: created.id,
          caseId,
          details: { number, kind: request.kind, version: 1, groundIds },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'concern.created',
          entityType: 'ConcernStatement',
          entityId: created.id,
          data: { number, kind: request.kind },
        });
        return toStatement(created);
      });
    },

    /** Rewrites the pair as its next version; 409 with the current pair when `version` is stale. */
    async update(ctx: RequestContext, caseId: string, statementId: string, request: UpdateStatement) {
      const { version, groundIds, ...fields } = request;
      return saveVersion(
        ctx,
        caseId,
        statementId,
        version,
        async (tx) => {
          await replaceGrounds(tx, caseId, statementId, groundIds);
          return textColumns({ ...fields, groundIds });
        },
        async (tx, row, before) => {
          const changed = (Object.keys(textColumns({ ...fields, groundIds })) as (keyof StatementRow)[]).filter(
            (key) => before[key] !== row[key],
          );
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'ConcernStatement',
            entityId: statementId,
            caseId,
            details: { number: row.number, version: row.version, fields: changed, groundIds: row.grounds.map((g) => g.groundId) },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'concern.updated',
            entityType: 'ConcernStatement',
            entityId: statementId,
            data: { number: row.number, kind: row.kind },
          });
        },
      );
    },

    /** Goal achieved, statement withdrawn (with a reason), or active again: a new version too. */
    async changeStatus(ctx: RequestContext, caseId: string, statementId: string, request: ChangeStatus) {
      const reason = request.status === 'ACTIVE' ? null : request.reason;
      return saveVersion(
        ctx,
        caseId,
        statementId,
        request.version,
        async () => ({ status: request.status, statusReason: reason }),
        async (tx, row, before) => {
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'ConcernStatement',
            entityId: statementId,
            caseId,
            reason,
            details: {
              number: row.number,
              version: row.version,
              changes: [{ field: 'status', from: before.status, to: row.status }],
            },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'concern.statusChanged',
            entityType: 'ConcernStatement',
            entityId: statementId,
            data: { number: row.number, status: row.status },
          });
        },
      );
    },

    /** Every saved version of the pair, newest first; the read is logged. */
    async versions(ctx: RequestContext, caseId: string, statementId: string): Promise<ConcernStatementHistory> {
      const statement = await statementOfCase(prisma, caseId, statementId);
      const rows = await prisma.concernStatementVersion.findMany({
        where: { statementId },
        select: versionSelect,
        orderBy: { number: 'desc' },
      });
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'ConcernStatementVersion',
        entityId: statementId,
        caseId,
        details: { number: statement.number, count: rows.length },
      });
      return { items: rows.map(toVersion) };
    },
  };
}

