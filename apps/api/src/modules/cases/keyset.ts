/**
 * Keyset pages of cases: the cursor names the last case shown (its id only, so no name or CPR ever
 * travels in a URL), and the next page starts after that case's sort values. This stays correct
 * whatever the sort, also with nulls (cases without a pending deadline sort last).
 */
import type { CaseSort } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { DomainValidationError } from '../../lib/errors';
import { decodeCursor, encodeCursor } from '../../lib/cursor';

/** Every order ends in id, so no two cases tie and a page boundary is exact. */
const ORDER_BY: Record<CaseSort, Prisma.CaseOrderByWithRelationInput[]> = {
  caseNumber: [{ caseNumber: 'asc' }, { id: 'asc' }],
  childName: [{ childLastName: 'asc' }, { childFirstName: 'asc' }, { id: 'asc' }],
  phaseChangedAt: [{ phaseChangedAt: 'desc' }, { id: 'asc' }],
  nextDeadline: [{ nextDeadlineOn: { sort: 'asc', nulls: 'last' } }, { caseNumber: 'asc' }, { id: 'asc' }],
};

const sortKeySelect = {
  id: true,
  caseNumber: true,
  childLastName: true,
  childFirstName: true,
  phaseChangedAt: true,
  nextDeadlineOn: true,
} satisfies Prisma.CaseSelect;

export type SortKey = Prisma.CaseGetPayload<{ select: typeof sortKeySelect }>;

/**
 * The cases that come after `key` in `sort`'s order (the ORDER_BY above, written as a filter).
 * The leading bound (`caseNumber >= …`) repeats what the OR implies, so the index can start at
 * the key instead of reading every earlier case.
 */
function afterKey(sort: CaseSort, key: SortKey): Prisma.CaseWhereInput {
  const idAfter = { id: { gt: key.id } };
  switch (sort) {
    case 'caseNumber':
      return {
        caseNumber: { gte: key.caseNumber },
        OR: [{ caseNumber: { gt: key.caseNumber } }, { caseNumber: key.caseNumber, ...idAfter }],
      };
    case 'childName':
      return {
        childLastName: { gte: key.childLastName },
        OR: [
          { childLastName: { gt: key.childLastName } },
          { childLastName: key.childLastName, childFirstName: { gt: key.childFirstName } },
          { childLastName: key.childLastName, childFirstName: key.childFirstName, ...idAfter },
        ],
      };
    case 'phaseChangedAt':
      return {
        phaseChangedAt: { lte: key.phaseChangedAt },
        OR: [{ phaseChangedAt: { lt: key.phaseChangedAt } }, { phaseChangedAt: key.phaseChangedAt, ...idAfter }],
      };
    case 'nextDeadline': {
      const sameDeadlineAfter = {
        OR: [{ caseNumber: { gt: key.caseNumber } }, { caseNumber: key.caseNumber, ...idAfter }],
      };
      // Nulls last: after a dated case come later dates and every undated case; after an undated one,
      // only undated ones. (The IS NULL branch keeps the index from starting at the key: deep pages of
      // this sort read the earlier cases, a few milliseconds at 10,000.)
      return key.nextDeadlineOn === null
        ? { AND: [{ nextDeadlineOn: null }, sameDeadlineAfter] }
        : {
            OR: [
              { nextDeadlineOn: { gt: key.nextDeadlineOn } },
              { nextDeadlineOn: null },
              { AND: [{ nextDeadlineOn: key.nextDeadlineOn }, sameDeadlineAfter] },
            ],
          };
    }
  }
}

const badCursor = () =>
  new DomainValidationError('Ugyldig side-markør.', [{ path: 'querystring.cursor', message: 'Ugyldig side-markør' }]);

/**
 * The sort values of the case a cursor names. A cursor naming a case outside `scope` answers
 * exactly as one naming no case at all, so cursors cannot probe for cases.
 */
export async function cursorKey(
  prisma: PrismaClient,
  scope: Prisma.CaseWhereInput,
  cursor: string | undefined,
): Promise<SortKey | null> {
  if (!cursor) return null;
  const id = decodeCursor(cursor);
  const key = await prisma.case.findFirst({ where: { AND: [scope, { id }] }, select: sortKeySelect });
  if (!key) throw badCursor();
  return key;
}

/** One keyset page of `where` (within `scope`) in `sort` order, and the cursor of the next page. */
export async function keysetPage<S extends Prisma.CaseSelect & { id: true }>(
  prisma: PrismaClient,
  args: {
    scope: Prisma.CaseWhereInput;
    where: Prisma.CaseWhereInput[];
    sort: CaseSort;
    cursor: string | undefined;
    limit: number;
    select: S;
  },
) {
  const key = await cursorKey(prisma, args.scope, args.cursor);
  const rows = (await prisma.case.findMany({
    where: { AND: [args.scope, ...args.where, ...(key ? [afterKey(args.sort, key)] : [])] },
    select: args.select,
    orderBy: ORDER_BY[args.sort],
    take: args.limit + 1,
  })) as (Prisma.CaseGetPayload<{ select: S }> & { id: string })[];
  return pageOf(rows, args.limit);
}

/** The page from `limit + 1` rows read, and the cursor of the next page when there is one. */
export function pageOf<R extends { id: string }>(rows: readonly R[], limit: number): { rows: R[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return { rows: pageRows, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

