import type { DeadlineDates, DeadlineFacts } from '@inddrag/contracts';
import type { Prisma, PrismaClient } from '@inddrag/db';
import { fromIsoDate, toIsoDate } from '../../lib/dates';
import { nextDeadline } from './rules';

/** The case columns the deadlines are computed from. */
export const deadlineFactsSelect = {
  awareOn: true,
  phase: true,
  assessmentStartedOn: true,
  assessmentCompletedOn: true,
  firstDecisionOn: true,
  placementWithoutConsentOn: true,
  planAdoptedOn: true,
  measureStartedOn: true,
  firstFollowUpOn: true,
  nextFollowUpOn: true,
  policeDocumentationOn: true,
  networkCouncilHeldOn: true,
} satisfies Prisma.CaseSelect;

export type DeadlineFactsRow = Prisma.CaseGetPayload<{ select: typeof deadlineFactsSelect }>;

export const DEADLINE_DATE_FIELDS = [
  'assessmentStartedOn',
  'assessmentCompletedOn',
  'firstDecisionOn',
  'placementWithoutConsentOn',
  'planAdoptedOn',
  'measureStartedOn',
  'firstFollowUpOn',
  'nextFollowUpOn',
  'policeDocumentationOn',
  'networkCouncilHeldOn',
] as const satisfies readonly (keyof DeadlineDates)[];

const isoOrNull = (date: Date | null) => (date ? toIsoDate(date) : null);

export function deadlineDatesOf(row: DeadlineFactsRow): DeadlineDates {
  return Object.fromEntries(DEADLINE_DATE_FIELDS.map((field) => [field, isoOrNull(row[field])])) as DeadlineDates;
}

export function deadlineFactsOf(row: DeadlineFactsRow): DeadlineFacts {
  return { awareOn: toIsoDate(row.awareOn), ...deadlineDatesOf(row), closed: row.phase === 'AFSLUTTET' };
}

/** Prisma data for deadline dates given as ISO strings (null clears a date). */
export function deadlineDatesData(dates: Partial<DeadlineDates>): Partial<Record<keyof DeadlineDates, Date | null>> {
  return Object.fromEntries(
    Object.entries(dates)
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => [field, value === null ? null : fromIsoDate(value as string)]),
  );
}

/**
 * Stores the case's earliest unmet deadline on the row, so lists can filter "overdue" and sort
 * "Mine sager" with an index. Call it in every transaction that changes a deadline date or the phase.
 */
export async function refreshNextDeadline(tx: Prisma.TransactionClient, caseId: string): Promise<void> {
  const row = await tx.case.findUniqueOrThrow({ where: { id: caseId }, select: deadlineFactsSelect });
  const next = nextDeadline(deadlineFactsOf(row));
  await tx.case.update({
    where: { id: caseId },
    data: { nextDeadlineOn: next ? fromIsoDate(next.dueOn) : null, nextDeadlineKind: next?.kind ?? null },
  });
}

/** For seeds and repairs: recomputes every case's stored next deadline. */
export async function refreshAllNextDeadlines(prisma: PrismaClient): Promise<number> {
  const rows = await prisma.case.findMany({ select: { id: true, ...deadlineFactsSelect } });
  for (const row of rows) {
    const next = nextDeadline(deadlineFactsOf(row));
    await prisma.case.update({
      where: { id: row.id },
      data: { nextDeadlineOn: next ? fromIsoDate(next.dueOn) : null, nextDeadlineKind: next?.kind ?? null },
    });
  }
  return rows.length;
}

/**
 * Sets deadline dates of a case from another feature (a network council planned from the police's
 * documentation, or held) and refreshes the stored next deadline, in the caller's transaction.
 */
export async function updateDeadlineDates(
  tx: Prisma.TransactionClient,
  caseId: string,
  dates: Partial<DeadlineDates>,
): Promise<void> {
  await tx.case.update({ where: { id: caseId }, data: deadlineDatesData(dates) });
  await refreshNextDeadline(tx, caseId);
}
