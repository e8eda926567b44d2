import type { CaseDetail, CaseListQuery, CaseListResponse, CaseSummary, UpdateCaseRequest } from '@inddrag/contracts';
import { formatCpr, maskCpr } from '@inddrag/contracts';
import type { AccessService } from '../../access/access-service';
import { ConflictError, DomainValidationError, NotFoundError } from '../../lib/errors';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { caseScopeWhere } from '../../access/case-scope';
import type { RequestContext } from '../../lib/context';
import { ageOn, copenhagenToday, toIsoDate } from '../../lib/dates';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ForbiddenError } from '../../plugins/auth';
import { appendAudit, diffFields } from '../audit/service';

export const caseSummarySelect = {
  id: true,
  caseNumber: true,
  childFirstName: true,
  childLastName: true,
  childCpr: true,
  childDateOfBirth: true,
  phase: true,
  phaseChangedAt: true,
  awareOn: true,
  honourConflictSuspected: true,
  openedAt: true,
  closedAt: true,
  version: true,
  responsibleUnit: { select: { id: true, name: true, kind: true } },
  responsibleCaseworker: { select: { id: true, name: true } },
} satisfies Prisma.CaseSelect;

export type CaseSummaryRow = Prisma.CaseGetPayload<{ select: typeof caseSummarySelect }>;

const orderBy: Record<CaseListQuery['sort'], Prisma.CaseOrderByWithRelationInput[]> = {
  caseNumber: [{ caseNumber: 'asc' }, { id: 'asc' }],
  childName: [{ childLastName: 'asc' }, { childFirstName: 'asc' }, { id: 'asc' }],
  phaseChangedAt: [{ phaseChangedAt: 'desc' }, { id: 'asc' }],
};

export function toCaseSummary(row: CaseSummaryRow, today: string): CaseSummary {
  const dateOfBirth = toIsoDate(row.childDateOfBirth);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    child: {
      firstName: row.childFirstName,
      lastName: row.childLastName,
      cprMasked: maskCpr(row.childCpr),
      dateOfBirth,
      age: ageOn(dateOfBirth, today),
    },
    phase: row.phase,
    phaseChangedAt: row.phaseChangedAt.toISOString(),
    awareOn: toIsoDate(row.awareOn),
    responsibleUnit: row.responsibleUnit,
    responsibleCaseworker: row.responsibleCaseworker,
    honourConflictSuspected: row.honourConflictSuspected,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
  };
}

function searchFilter(q: string | undefined): Prisma.CaseWhereInput {
  if (!q) return {};
  const words = q.split(/\s+/).filter(Boolean);
  const digits = q.replace(/[\s-]/g, '');
  return {
    AND: words.map((word) => ({
      OR: [
        { childFirstName: { contains: word, mode: 'insensitive' as const } },
        { childLastName: { contains: word, mode: 'insensitive' as const } },
        { caseNumber: { contains: word, mode: 'insensitive' as const } },
        ...(/^\d{6,10}$/.test(digits) ? [{ childCpr: { startsWith: digits } }] : []),
      ],
    })),
  };
}

const teamSelect = {
  where: { removedAt: null },
  orderBy: { addedAt: 'asc' },
  select: {
    id: true,
    role: true,
    addedAt: true,
    version: true,
    user: { select: { id: true, name: true, unit: { select: { id: true, name: true, kind: true } } } },
  },
} satisfies Prisma.Case$teamArgs;

export function createCaseService(prisma: PrismaClient, access: AccessService) {
  async function loadDetail(ctx: RequestContext, caseId: string): Promise<CaseDetail> {
    const row = await prisma.case.findUnique({ where: { id: caseId }, select: { ...caseSummarySelect, team: teamSelect } });
    if (!row) throw new NotFoundError();
    const via = await access.accessVia(ctx.actor, caseId, ctx.now);
    return {
      ...toCaseSummary(row, copenhagenToday(ctx.now)),
      team: row.team.map((member) => ({
        id: member.id,
        user: { id: member.user.id, name: member.user.name },
        unit: member.user.unit,
        role: member.role,
        addedAt: member.addedAt.toISOString(),
        version: member.version,
      })),
      accessVia: via.via,
      emergencyAccessExpiresAt: via.emergencyExpiresAt?.toISOString() ?? null,
    };
  }

  return {
    /** The case without logging the read; only for callers that log it themselves (and the benchmark). */
    loadDetail,

    /** Access was checked by the route's policy hook; this reads and logs the read. */
    async get(ctx: RequestContext, caseId: string): Promise<CaseDetail> {
      const detail = await loadDetail(ctx, caseId);
      await prisma.$transaction((tx) =>
        appendAudit(tx, ctx, {
          action: 'READ',
          entityType: 'Case',
          entityId: caseId,
          caseId,
          ...(detail.accessVia === 'EMERGENCY' ? { reason: 'nødadgang' } : {}),
        }),
      );
      return detail;
    },

    /** "Vis CPR": the full number, for the case team only, always with a logged purpose. */
    async revealCpr(ctx: RequestContext, caseId: string, reason: string): Promise<{ cpr: string }> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: { childCpr: true } });
        await appendAudit(tx, ctx, { action: 'REVEAL_CPR', entityType: 'Case', entityId: caseId, caseId, reason });
        return { cpr: formatCpr(row.childCpr) };
      });
    },

    async update(ctx: RequestContext, caseId: string, request: UpdateCaseRequest): Promise<CaseDetail> {
      const { version, ...changes } = request;
      await prisma.$transaction(async (tx) => {
        const before = await tx.case.findUniqueOrThrow({
          where: { id: caseId },
          select: { version: true, honourConflictSuspected: true, responsibleCaseworkerId: true, municipalityId: true },
        });
        if (before.version !== version) throw new ConflictError();
        if (changes.responsibleCaseworkerId) {
          const caseworker = await tx.user.findFirst({
            where: { id: changes.responsibleCaseworkerId, municipalityId: before.municipalityId, active: true, role: 'CASEWORKER' },
          });
          if (!caseworker) {
            throw new DomainValidationError('Den ansvarlige skal være en aktiv myndighedsrådgiver.', [
              { path: 'body.responsibleCaseworkerId', message: 'Vælg en aktiv myndighedsrådgiver' },
            ]);
          }
        }
        const fieldChanges = diffFields(before, changes);
        if (fieldChanges.length === 0) {
          // Nothing to change, but the answer shows the case: that is a read, and reads are logged.
          await appendAudit(tx, ctx, { action: 'READ', entityType: 'Case', entityId: caseId, caseId });
          return;
        }
        // The version in the WHERE makes a concurrent save fail instead of overwriting this one.
        const updated = await tx.case.updateMany({ where: { id: caseId, version }, data: { ...changes, version: { increment: 1 } } });
        if (updated.count !== 1) throw new ConflictError();
        await appendAudit(tx, ctx, { action: 'UPDATE', entityType: 'Case', entityId: caseId, caseId, details: { changes: fieldChanges } });
      });
      return loadDetail(ctx, caseId);
    },


    /** Only the cases the actor may see; the search itself is logged with the cases it showed. */
    async list(ctx: RequestContext, query: CaseListQuery): Promise<CaseListResponse> {
      const scope = caseScopeWhere(ctx.actor, 'case.list', ctx.now);
      if (!scope) throw new ForbiddenError();
      const where: Prisma.CaseWhereInput = {
        AND: [
          scope,
          searchFilter(query.q),
          query.phase ? { phase: query.phase } : {},
          query.unitId ? { responsibleUnitId: query.unitId } : {},
        ],
      };
      const afterId = query.cursor ? decodeCursor(query.cursor) : undefined;
      // Prisma finds the cursor row without the access filter: a cursor naming a case outside
      // one's access must answer exactly as a cursor naming no case at all.
      if (afterId && (await prisma.case.count({ where: { AND: [scope, { id: afterId }] } })) === 0) {
        throw new DomainValidationError('Ugyldig side-markør.', [{ path: 'querystring.cursor', message: 'Ugyldig side-markør' }]);
      }
      const rows = await prisma.case.findMany({
        where,
        select: caseSummarySelect,
        orderBy: orderBy[query.sort],
        take: query.limit + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      });
      const today = copenhagenToday(ctx.now);
      const pageRows = rows.slice(0, query.limit);
      const last = pageRows.at(-1);
      await prisma.$transaction((tx) =>
        appendAudit(tx, ctx, {
          action: 'SEARCH',
          entityType: 'Case',
          details: {
            query: { q: query.q ?? null, phase: query.phase ?? null, unitId: query.unitId ?? null, sort: query.sort },
            resultCaseIds: pageRows.map((row) => row.id),
          },
        }),
      );
      return {
        items: pageRows.map((row) => toCaseSummary(row, today)),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
      };
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
