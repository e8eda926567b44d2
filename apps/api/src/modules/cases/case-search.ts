/**
 * Finding cases: the case list's search, filters, sorts and pages (GET /api/cases); "Mine sager"
 * (GET /api/cases/mine) is in my-cases.ts, the keyset pages in keyset.ts.
 *
 * Every query is the access scope AND the search, so a list can never show a case the detail
 * would refuse.
 *
 * Each form of search has an index to use (query plans in docs/benchmarks.md): CPR and its date
 * part use the childCpr index as a range, a case number the unique (municipalityId, caseNumber)
 * index, "overdue" and the deadline sort (municipalityId, nextDeadlineOn), and a name word the
 * btree of the lower-cased name words (CaseNameWord) as a prefix.
 */
import type { CaseListQuery, CaseListResponse, MyCasesQuery } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { caseScopeWhere } from '../../access/case-scope';
import type { RequestContext } from '../../lib/context';
import { copenhagenToday, fromIsoDate } from '../../lib/dates';
import { ForbiddenError } from '../../plugins/auth';
import { recordAudit } from '../audit/service';
import { keysetPage } from './keyset';
import { prefixUpperBound } from './prefix-range';
import { listMyCases } from './my-cases';
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
      // keeps them) in byte order (COLLATE "C"), so a lower-cased word finds æ/Æ, ø/Ø and å/Å alike
      // and its prefix is a range on the (municipalityId, word) index, one a prepared plan can use.
      return {
        AND: form.words.map((text) => {
          const word = text.toLocaleLowerCase('da');
          const upper = prefixUpperBound(word);
          return { nameWords: { some: { municipalityId, word: { gte: word, ...(upper ? { lt: upper } : {}) } } } };
        }),
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

export function createCaseSearch(prisma: PrismaClient) {
  return {
    list: (ctx: RequestContext, query: CaseListQuery) => listCases(prisma, ctx, query),
    mine: (ctx: RequestContext, query: MyCasesQuery) => listMyCases(prisma, ctx, query),
  };
}

export type CaseSearch = ReturnType<typeof createCaseSearch>;
