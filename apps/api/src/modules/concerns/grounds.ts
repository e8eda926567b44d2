import type { CaseConcerns, ConcernGround, ConcernGroundInput, UpdateConcernGroundRequest } from '@inddrag/contracts';
import type { z } from 'zod';
import type { PrismaClient } from '@inddrag/db';
import { mayOnCase } from '../../access/abilities';
import type { AccessService } from '../../access/access-service';
import type { RequestContext } from '../../lib/context';
import { fromIsoDate, toIsoDate } from '../../lib/dates';
import { NotFoundError } from '../../lib/errors';
import { appendAudit, diffFields, recordAudit } from '../audit/service';
import { appendCaseEvent } from '../timeline/events';
import { assertGroundLinks, assertNotInFuture, StaleWriteError, unitOf } from './rules';
import { groundSelect, statementSelect, toGround, toStatement } from './store';

type GroundFields = z.output<typeof ConcernGroundInput>;
type GroundUpdate = z.output<typeof UpdateConcernGroundRequest>;

const STALE_GROUND =
  'Bekymringsgrundlaget er gemt af en anden, siden du hentede det. Se deres version, og gentag din ændring.';

/** Thrown inside the transaction to roll it back when the write turns out to be stale. */
class StaleWrite extends Error {}

/** The grounds for concern (bekymringsgrundlag), and the overview of a case's grounds and pairs. */
export function createGroundService(prisma: PrismaClient, access: AccessService) {
  const columns = (fields: GroundFields) => ({
    kind: fields.kind,
    occurredOn: fromIsoDate(fields.occurredOn),
    source: fields.source,
    description: fields.description,
    notificationId: fields.notificationId,
    noteId: fields.noteId,
    documentId: fields.documentId,
  });

  return {
    /** The grounds by date and every pair by number, with what the reader may do; the read is logged. */
    async overview(ctx: RequestContext, caseId: string): Promise<CaseConcerns> {
      const [grounds, statements, reach] = await Promise.all([
        prisma.concernGround.findMany({
          where: { caseId },
          select: groundSelect,
          orderBy: [{ occurredOn: 'asc' }, { createdAt: 'asc' }],
        }),
        prisma.concernStatement.findMany({ where: { caseId }, select: statementSelect, orderBy: { number: 'asc' } }),
        access.caseReach(ctx.actor, caseId, ctx.now),
      ]);
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'ConcernStatement',
        caseId,
        details: { grounds: grounds.length, statements: statements.length },
      });
      return {
        grounds: grounds.map(toGround),
        statements: statements.map(toStatement),
        can: {
          edit: mayOnCase(ctx.actor, 'concerns.edit', reach),
          recordScores: mayOnCase(ctx.actor, 'scaling.record', reach),
        },
      };
    },

    async create(ctx: RequestContext, caseId: string, request: GroundFields): Promise<ConcernGround> {
      assertNotInFuture(request.occurredOn, ctx, 'body.occurredOn');
      const unitId = unitOf(ctx);
      return prisma.$transaction(async (tx) => {
        await assertGroundLinks(tx, caseId, request);
        const row = await tx.concernGround.create({
          data: {
            caseId,
            ...columns(request),
            createdById: ctx.actor.userId,
            createdUnitId: unitId,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          },
          select: groundSelect,
        });
        await appendAudit(tx, ctx, {
          action: 'CREATE',
          entityType: 'ConcernGround',
          entityId: row.id,
          caseId,
          details: { changes: diffFields({}, { kind: request.kind, occurredOn: request.occurredOn, source: request.source }) },
        });
        await appendCaseEvent(tx, ctx, {
          caseId,
          kind: 'concernGround.added',
          entityType: 'ConcernGround',
          entityId: row.id,
          data: { source: request.source, occurredOn: request.occurredOn },
        });
        return toGround(row);
      });
    },

    /** Rewrites a ground; a stale `version` is refused with the ground as the other person saved it. */
    async update(
      ctx: RequestContext,
      caseId: string,
      groundId: string,
      request: GroundUpdate,
    ): Promise<ConcernGround> {
      const { version, ...fields } = request;
      assertNotInFuture(fields.occurredOn, ctx, 'body.occurredOn');
      try {
        return await prisma.$transaction(async (tx) => {
          const before = await tx.concernGround.findFirst({ where: { id: groundId, caseId }, select: groundSelect });
          if (!before) throw new NotFoundError('Bekymringsgrundlaget findes ikke på sagen.');
          await assertGroundLinks(tx, caseId, fields);
          const claimed = await tx.concernGround.updateMany({
            where: { id: groundId, version },
            data: { ...columns(fields), updatedAt: ctx.now, version: { increment: 1 } },
          });
          if (claimed.count === 0) throw new StaleWrite();
          const after = await tx.concernGround.findUniqueOrThrow({ where: { id: groundId }, select: groundSelect });
          const changes = diffFields(
            {
              ...toGround(before),
              notificationId: before.notification?.id ?? null,
              noteId: before.note?.id ?? null,
              documentId: before.document?.id ?? null,
            },
            fields,
          );
          await appendAudit(tx, ctx, {
            action: 'UPDATE',
            entityType: 'ConcernGround',
            entityId: groundId,
            caseId,
            details: { version: after.version, changes },
          });
          await appendCaseEvent(tx, ctx, {
            caseId,
            kind: 'concernGround.updated',
            entityType: 'ConcernGround',
            entityId: groundId,
            data: { source: fields.source, occurredOn: toIsoDate(after.occurredOn) },
          });
          return toGround(after);
        });
      } catch (error) {
        if (!(error instanceof StaleWrite)) throw error;
        const current = await prisma.concernGround.findFirst({ where: { id: groundId, caseId }, select: groundSelect });
        throw new StaleWriteError(STALE_GROUND, current ? toGround(current) : null);
      }
    },
  };
}

