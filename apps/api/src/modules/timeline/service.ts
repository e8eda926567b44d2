import type { CaseEvent, CaseEventData, CaseEventKind, TimelineQuery, TimelineResponse } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { DomainValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/service';

export function createTimelineService(prisma: PrismaClient) {
  return {
    /** Everything that happened on the case, newest first. */
    async list(ctx: RequestContext, caseId: string, query: TimelineQuery): Promise<TimelineResponse> {
      const afterId = query.cursor ? decodeCursor(query.cursor) : undefined;
      if (afterId && (await prisma.caseEvent.count({ where: { id: afterId, caseId } })) === 0) {
        throw new DomainValidationError('Ugyldig side-markør.', [
          { path: 'querystring.cursor', message: 'Ugyldig side-markør' },
        ]);
      }
      const rows = await prisma.caseEvent.findMany({
        where: { caseId, ...(query.kind ? { kind: { startsWith: query.kind } } : {}) },
        orderBy: [{ occurredAt: 'desc' }, { seq: 'desc' }],
        take: query.limit + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
        include: { actor: { select: { id: true, name: true } } },
      });
      const pageRows = rows.slice(0, query.limit);
      const unitIds = [...new Set(pageRows.map((row) => row.unitId).filter((id): id is string => id !== null))];
      const units = unitIds.length
        ? await prisma.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true, kind: true } })
        : [];
      await recordAudit(prisma, ctx, {
        action: 'READ',
        entityType: 'CaseEvent',
        caseId,
        details: { count: pageRows.length },
      });
      const last = pageRows.at(-1);
      return {
        items: pageRows.map((row): CaseEvent => ({
          id: row.id,
          occurredAt: row.occurredAt.toISOString(),
          kind: row.kind as CaseEventKind,
          actor: row.actor,
          unit: units.find((unit) => unit.id === row.unitId) ?? null,
          entityType: row.entityType,
          entityId: row.entityId,
          data: (row.data ?? {}) as CaseEventData,
        })),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
      };
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
