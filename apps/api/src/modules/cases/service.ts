import type { CaseListQuery, CaseListResponse, CaseSummary } from '@inddrag/contracts';
import { maskCpr } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { ageOn, copenhagenToday, toIsoDate } from '../../lib/dates';
import { decodeCursor, encodeCursor } from '../../lib/cursor';

const caseSummarySelect = {
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

type CaseSummaryRow = Prisma.CaseGetPayload<{ select: typeof caseSummarySelect }>;

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

export function createCaseService(prisma: PrismaClient, clock: () => Date) {
  return {
    async list(query: CaseListQuery): Promise<CaseListResponse> {
      const where: Prisma.CaseWhereInput = {
        ...searchFilter(query.q),
        ...(query.phase ? { phase: query.phase } : {}),
        ...(query.unitId ? { responsibleUnitId: query.unitId } : {}),
      };
      const afterId = query.cursor ? decodeCursor(query.cursor) : undefined;
      const rows = await prisma.case.findMany({
        where,
        select: caseSummarySelect,
        orderBy: orderBy[query.sort],
        take: query.limit + 1,
        ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      });
      const today = copenhagenToday(clock());
      const pageRows = rows.slice(0, query.limit);
      const last = pageRows.at(-1);
      return {
        items: pageRows.map((row) => toCaseSummary(row, today)),
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.id) : null,
      };
    },
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
