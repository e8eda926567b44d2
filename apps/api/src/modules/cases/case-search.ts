/**
 * Finding cases: the case list's search, filters, sorts and pages (GET /api/cases) and the
 * user's own work list "Mine sager" (GET /api/cases/mine).
 *
 * Every query is the access scope AND the search, so a list can never show a case the detail
 * would refuse. Pages are keyset pages: the cursor names the last case shown (its id only, so no
 * name or CPR ever travels in a URL), and the next page starts after that case's sort values. This
 * stays correct whatever the sort, also with nulls (cases without a pending deadline sort last).
 *
 * Each form of search has an index to use (query plans in docs/benchmarks.md): CPR and its date
 * part use the childCpr index as a range, a case number the unique (municipalityId, caseNumber)
 * index, "overdue" and the deadline sort (municipalityId, nextDeadlineOn), and "Mine sager" starts
 * from the user's team memberships. A name word is matched anywhere in the name (LIKE '%word%' on the
 * lower-cased name), which a btree cannot serve: it needs the pg_trgm GIN index, else a rare name
 * reads every case in scope.
 */
import type {
  CaseListQuery,
  CaseListResponse,
  CaseSort,
  MyCase,
  MyCasesQuery,
  MyCasesResponse,
} from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { caseScopeWhere } from '../../access/case-scope';
import { DomainValidationError } from '../../lib/errors';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate } from '../../lib/dates';
import { decodeCursor, encodeCursor } from '../../lib/cursor';
import { ForbiddenError } from '../../plugins/auth';
import { recordAudit } from '../audit/service';
import { deadlineFactsOf, deadlineFactsSelect } from '../deadlines/case-deadlines';
import { computeDeadlines } from '../deadlines/rules';
import { nextMeetingsOf } from '../meetings/next-meetings';
// service.ts delegates its list() here, so this import is circular: use these only inside functions.
import { caseSummarySelect, toCaseSummary } from './service';

// --- Search ----------------------------------------------------------------------------------

/** How a search text is read: a CPR number (or its first digits), a case number, or name words. */
export type SearchForm =
  | { kind: 'none' }
  | { kind: 'cpr'; digits: string }
  | { kind: 'caseNumber'; prefix: string }
  | { kind: 'name'; words: string[] };

/** `DDMMYY-XXXX` or `DDMMYYXXXX`, or its beginning from five digits on (`DDMMY`, `DDMMYY`, `DDMMYY-X`). */
const CPR_PREFIX = /^(?:\d{5,10}|\d{6}-\d{0,4})$/;
/** A case number `YYYY-NNNN` or its beginning (`2026`, `2026-00`). */
const CASE_NUMBER_PREFIX = /^\d{1,4}(-\d{0,4})?$/;

export function readSearch(q: string | undefined): SearchForm {
  const text = (q ?? '').trim();
  if (text === '') return { kind: 'none' };
  if (CPR_PREFIX.test(text)) return { kind: 'cpr', digits: text.replace('-', '') };
  if (CASE_NUMBER_PREFIX.test(text)) return { kind: 'caseNumber', prefix: text };
  return { kind: 'name', words: text.split(/\s+/).filter(Boolean) };
}

/** `text` as a literal inside a LIKE pattern (PostgreSQL's default escape character is the backslash). */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

function searchWhere(form: SearchForm, municipalityId: string): Prisma.CaseWhereInput {
  switch (form.kind) {
    case 'none':
      return {};
    case 'cpr':
      // A range rather than LIKE 'x%': every CPR is ten digits, and a range uses the btree index
      // whatever the database's collation.
      return form.digits.length === 10
        ? { childCpr: form.digits }
        : { childCpr: { gte: form.digits.padEnd(10, '0'), lte: form.digits.padEnd(10, '9') } };
    case 'caseNumber':
      // The lower bound lets the (municipalityId, caseNumber) index start at the prefix.
      return { caseNumber: { startsWith: form.prefix, gte: form.prefix } };
    case 'name':
      // Each word must begin a word of the name. CaseNameWord holds the lower-cased words (a trigger
      // keeps them), so a lower-cased word finds æ/Æ, ø/Ø and å/Å alike, and its btree
      // (text_pattern_ops) serves LIKE 'word%'. Prisma puts the word into the pattern as it is:
      // escape its wildcards.
      return {
        AND: form.words.map((word) => ({
          nameWords: { some: { municipalityId, word: { startsWith: likeLiteral(word.toLocaleLowerCase('da')) } } },
        })),
      };
  }
}

function filterWhere(query: CaseListQuery, today: string): Prisma.CaseWhereInput[] {
  return [
    query.phase ? { phase: query.phase } : {},
    query.unitId ? { responsibleUnitId: query.unitId } : {},
    query.caseworkerId ? { responsibleCaseworkerId: query.caseworkerId } : {},
    // overdue=false means "no filter", as an unticked "Kun overskredne frister" does.
    query.overdue ? { nextDeadlineOn: { lt: fromIsoDate(today) } } : {},
    query.flag === 'HONOUR_CONFLICT' ? { honourConflictSuspected: true } : {},
  ];
}

// --- Sorting and keyset pages ------------------------------------------------------------------

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

type SortKey = Prisma.CaseGetPayload<{ select: typeof sortKeySelect }>;

/**
 * The cases that come after `key` in `sort`'s order (the ORDER_BY above, written as a filter).
 * The leading bound (`caseNumber >= …`) repeats what the OR implies, so the index can start at
 * the key instead of reading every earlier case.
 */
export function afterKey(sort: CaseSort, key: SortKey): Prisma.CaseWhereInput {
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
async function cursorKey(
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

// --- The service -------------------------------------------------------------------------------

/** One keyset page of `where` (within `scope`) in `sort` order, and the cursor of the next page. */
async function keysetPage<S extends Prisma.CaseSelect & { id: true }>(
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
  const pageRows = rows.slice(0, args.limit);
  const last = pageRows.at(-1);
  return { rows: pageRows, nextCursor: rows.length > args.limit && last ? encodeCursor(last.id) : null };
}

/** The case list: only the cases the actor may see; the search is logged with the cases it showed. */
export async function listCases(
  prisma: PrismaClient,
  ctx: RequestContext,
  query: CaseListQuery,
): Promise<CaseListResponse> {
  const scope = caseScopeWhere(ctx.actor, 'case.list', ctx.now);
  if (!scope) throw new ForbiddenError();
  const today = copenhagenToday(ctx.now);
  const { rows, nextCursor } = await keysetPage(prisma, {
    scope,
    where: [searchWhere(readSearch(query.q), ctx.actor.municipalityId), ...filterWhere(query, today)],
    sort: query.sort,
    cursor: query.cursor,
    limit: query.limit,
    select: caseSummarySelect,
  });
  await recordAudit(prisma, ctx, {
    action: 'SEARCH',
    entityType: 'Case',
    details: {
      query: {
        q: query.q ?? null,
        phase: query.phase ?? null,
        unitId: query.unitId ?? null,
        caseworkerId: query.caseworkerId ?? null,
        overdue: query.overdue ?? null,
        flag: query.flag ?? null,
        sort: query.sort,
      },
      resultCaseIds: rows.map((row) => row.id),
    },
  });
  return { items: rows.map((row) => toCaseSummary(row, today)), nextCursor };
}

/**
 * "Mine sager": the open cases where the actor is on the team (in any case role), the next
 * deadline first and cases without one last, each with its unmet deadlines, its next meeting and
 * the actor's role.
 */
export async function listMyCases(
  prisma: PrismaClient,
  ctx: RequestContext,
  query: MyCasesQuery,
): Promise<MyCasesResponse> {
  if (!caseScopeWhere(ctx.actor, 'case.mine', ctx.now)) throw new ForbiddenError();
  const today = copenhagenToday(ctx.now);
  const membership = { userId: ctx.actor.userId, removedAt: null };
  // Being on the team is what puts a case here, and with the permission it is reach enough: the
  // list's filter is the membership alone, without the policy's other ways to a case.
  const { rows, nextCursor } = await keysetPage(prisma, {
    scope: { municipalityId: ctx.actor.municipalityId, team: { some: membership } },
    where: [{ phase: { not: 'AFSLUTTET' } }],
    sort: 'nextDeadline',
    cursor: query.cursor,
    limit: query.limit,
    select: { ...caseSummarySelect, ...deadlineFactsSelect },
  });
  // The roles in one small query rather than a JSON sub-select per row, the next meetings likewise,
  // and the audit record beside them.
  const caseIds = rows.map((row) => row.id);
  const [members, meetings] = await Promise.all([
    prisma.caseTeamMember.findMany({ where: { ...membership, caseId: { in: caseIds } }, select: { caseId: true, role: true } }),
    nextMeetingsOf(prisma, caseIds, ctx.now),
    recordAudit(prisma, ctx, { action: 'SEARCH', entityType: 'Case', details: { query: { view: 'mine' }, resultCaseIds: caseIds } }),
  ]);
  const roles = new Map(members.map((member) => [member.caseId, member.role]));
  const items = rows.map((row): MyCase => ({
    ...toCaseSummary(row, today),
    caseRole: roles.get(row.id) ?? 'READ_ONLY',
    deadlines: computeDeadlines(deadlineFactsOf(row), today).filter((deadline) => deadline.status !== 'MET'),
    nextMeeting: meetings.get(row.id) ?? null,
  }));
  return { items, nextCursor };
}

export function createCaseSearch(prisma: PrismaClient) {
  return {
    list: (ctx: RequestContext, query: CaseListQuery) => listCases(prisma, ctx, query),
    mine: (ctx: RequestContext, query: MyCasesQuery) => listMyCases(prisma, ctx, query),
  };
}

export type CaseSearch = ReturnType<typeof createCaseSearch>;
