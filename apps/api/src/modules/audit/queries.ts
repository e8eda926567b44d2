import type {
  CaseAccessLogResponse,
  ChangeHistoryResponse,
  FieldChange,
  InsightExportResponse,
  UserActivityResponse,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import type { RequestContext } from '../../lib/context';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { NotFoundError } from '../../lib/errors';
import { recordAudit } from './service';

const PAGE = 100;

/** Readable Danish words for the insight export, where employees' names are left out. */
const ACTION_WORDS: Record<string, string> = {
  READ: 'Sagen blev åbnet',
  SEARCH: 'Sagen blev vist i en søgning',
  CREATE: 'Oplysninger blev tilføjet',
  UPDATE: 'Oplysninger blev ændret',
  DELETE: 'Oplysninger blev fjernet',
  EXPORT: 'Oplysninger blev udtrukket',
  EMERGENCY_ACCESS: 'Nødadgang til sagen',
  REVEAL_CPR: 'Fuldt CPR-nummer blev vist',
};

async function pageAfter<T extends { id: string; seq: bigint }>(
  fetch: (cursorSeq: bigint | undefined) => Promise<T[]>,
  cursor: string | undefined,
  prisma: PrismaClient,
) {
  let cursorSeq: bigint | undefined;
  if (cursor) {
    const row = await prisma.auditEvent.findUnique({ where: { id: decodeCursor(cursor) }, select: { seq: true } });
    cursorSeq = row?.seq;
  }
  const rows = await fetch(cursorSeq);
  const items = rows.slice(0, PAGE);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > PAGE && last ? encodeCursor(last.id) : null };
}

export function createAuditQueries(prisma: PrismaClient) {
  const userNames = async (ids: (string | null)[]) => {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const users = await prisma.user.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
    return new Map(users.map((u) => [u.id, u]));
  };
  const unitNames = async (ids: (string | null)[]) => {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const units = await prisma.unit.findMany({ where: { id: { in: unique } }, select: { id: true, name: true } });
    return new Map(units.map((u) => [u.id, u.name]));
  };

  return {
    /** "Hvem har set sagen": every event on the case, newest first. Reading it is itself logged. */
    async caseAccessLog(ctx: RequestContext, caseId: string, cursor?: string): Promise<CaseAccessLogResponse> {
      const page = await pageAfter(
        (before) =>
          prisma.auditEvent.findMany({
            where: { caseId, ...(before !== undefined ? { seq: { lt: before } } : {}) },
            orderBy: { seq: 'desc' },
            take: PAGE + 1,
          }),
        cursor,
        prisma,
      );
      const [users, units] = await Promise.all([
        userNames(page.items.map((e) => e.userId)),
        unitNames(page.items.map((e) => e.unitId)),
      ]);
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'CaseAccessLog', entityId: caseId, caseId });
      return {
        items: page.items.map((event) => ({
          id: event.id,
          occurredAt: event.occurredAt.toISOString(),
          user: event.userId ? (users.get(event.userId) ?? null) : null,
          unitName: event.unitId ? (units.get(event.unitId) ?? null) : null,
          role: event.role,
          action: event.action,
          entityType: event.entityType,
          reason: event.reason,
        })),
        nextCursor: page.nextCursor,
      };
    },

    /** Field-by-field change history of the case's records, newest first. */
    async caseHistory(
      ctx: RequestContext,
      caseId: string,
      filter: { entityType?: string; entityId?: string },
    ): Promise<ChangeHistoryResponse> {
      const events = await prisma.auditEvent.findMany({
        where: {
          caseId,
          action: { in: ['CREATE', 'UPDATE', 'DELETE'] },
          ...(filter.entityType ? { entityType: filter.entityType } : {}),
          ...(filter.entityId ? { entityId: filter.entityId } : {}),
        },
        orderBy: { seq: 'desc' },
        take: 500,
      });
      const users = await userNames(events.map((e) => e.userId));
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'ChangeHistory', entityId: caseId, caseId });
      return {
        items: events.map((event) => ({
          id: event.id,
          occurredAt: event.occurredAt.toISOString(),
          user: event.userId ? (users.get(event.userId) ?? null) : null,
          action: event.action,
          entityType: event.entityType,
          entityId: event.entityId,
          changes: ((event.details as { changes?: FieldChange[] } | null)?.changes ?? []) as FieldChange[],
        })),
      };
    },

    /** For the admin: what one user did, newest first. */
    async userActivity(ctx: RequestContext, userId: string, cursor?: string): Promise<UserActivityResponse> {
      const user = await prisma.user.findFirst({
        where: { id: userId, municipalityId: ctx.actor.municipalityId },
        select: { id: true },
      });
      if (!user) throw new NotFoundError('Brugeren findes ikke.');
      const page = await pageAfter(
        (before) =>
          prisma.auditEvent.findMany({
            where: { userId, ...(before !== undefined ? { seq: { lt: before } } : {}) },
            orderBy: { seq: 'desc' },
            take: PAGE + 1,
          }),
        cursor,
        prisma,
      );
      const caseIds = [...new Set(page.items.map((e) => e.caseId).filter((id): id is string => id !== null))];
      const cases = await prisma.case.findMany({
        where: { id: { in: caseIds } },
        select: { id: true, caseNumber: true },
      });
      const caseNumbers = new Map(cases.map((c) => [c.id, c.caseNumber]));
      await recordAudit(prisma, ctx, { action: 'READ', entityType: 'UserActivity', entityId: userId });
      return {
        items: page.items.map((event) => ({
          id: event.id,
          occurredAt: event.occurredAt.toISOString(),
          action: event.action,
          entityType: event.entityType,
          entityId: event.entityId,
          caseNumber: event.caseId ? (caseNumbers.get(event.caseId) ?? null) : null,
          reason: event.reason,
          clientIp: event.clientIp,
        })),
        nextCursor: page.nextCursor,
      };
    },

    /**
     * A citizen's insight into the log of one child's case: dates, what was done and why,
     * and the unit — never the employee's name (Datatilsynet 2024, following CJEU C-579/21).
     */
    async insightExport(ctx: RequestContext, caseNumber: string, reason: string): Promise<InsightExportResponse> {
      const kase = await prisma.case.findFirst({
        where: { caseNumber, municipalityId: ctx.actor.municipalityId },
        select: { id: true, caseNumber: true, childFirstName: true, childLastName: true },
      });
      if (!kase) throw new NotFoundError('Der findes ingen sag med det sagsnummer.');
      const seenInSearch: Prisma.AuditEventWhereInput = {
        action: 'SEARCH',
        details: { path: ['resultCaseIds'], array_contains: [kase.id] },
      };
      const events = await prisma.auditEvent.findMany({
        where: { OR: [{ caseId: kase.id }, seenInSearch], action: { notIn: ['LOGIN', 'LOGOUT', 'FAILED_LOGIN'] } },
        orderBy: { seq: 'asc' },
      });
      const units = await unitNames(events.map((e) => e.unitId));
      await recordAudit(prisma, ctx, {
        action: 'EXPORT',
        entityType: 'InsightExport',
        entityId: kase.id,
        caseId: kase.id,
        reason,
      });
      return {
        caseNumber: kase.caseNumber,
        childName: `${kase.childFirstName} ${kase.childLastName}`,
        generatedAt: ctx.now.toISOString(),
        entries: events.map((event) => ({
          occurredAt: event.occurredAt.toISOString(),
          action: event.action,
          what: ACTION_WORDS[event.action] ?? event.action,
          purpose: event.reason ?? 'Sagsbehandling',
          unitName: event.unitId ? (units.get(event.unitId) ?? null) : null,
        })),
      };
    },
  };
}

export type AuditQueries = ReturnType<typeof createAuditQueries>;
