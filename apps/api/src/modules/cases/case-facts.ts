import type { CaseParent, DeadlineDates } from '@inddrag/contracts';
import { maskCpr } from '@inddrag/contracts';
import type { CaseParent as CaseParentRow } from '@inddrag/db';
import { DomainValidationError } from '../../lib/errors';

export function toCaseParent(row: CaseParentRow): CaseParent {
  return {
    id: row.id,
    name: row.name,
    relation: row.relation,
    hasCustody: row.hasCustody,
    cprMasked: row.cpr ? maskCpr(row.cpr) : null,
    address: row.address,
    phone: row.phone,
    email: row.email,
    version: row.version,
  };
}

/** A date that must have happened: not after today (Copenhagen), with a field-level 400 otherwise. */
export function assertNotInFuture(
  isoDate: string,
  today: string,
  path: string,
  message = 'Datoen må ikke ligge i fremtiden',
): void {
  if (isoDate > today) throw new DomainValidationError(message, [{ path, message }]);
}

/** Dates that record what has happened may not lie in the future; the planned ones may. */
const PLANNED: readonly (keyof DeadlineDates)[] = ['placementWithoutConsentOn', 'nextFollowUpOn'];

export function assertDeadlineDatesValid(dates: Partial<DeadlineDates>, today: string): void {
  for (const [field, value] of Object.entries(dates) as [keyof DeadlineDates, string | null | undefined][]) {
    if (value && !PLANNED.includes(field)) assertNotInFuture(value, today, `body.deadlineDates.${field}`);
  }
  const { assessmentStartedOn, assessmentCompletedOn } = dates;
  if (assessmentStartedOn && assessmentCompletedOn && assessmentCompletedOn < assessmentStartedOn) {
    const message = 'Undersøgelsen kan ikke slutte, før den begynder';
    throw new DomainValidationError(message, [{ path: 'body.deadlineDates.assessmentCompletedOn', message }]);
  }
}
