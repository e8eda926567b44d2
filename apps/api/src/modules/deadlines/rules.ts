/**
 * Legal deadlines of a child-welfare case (Barnets lov), as pure functions of the case facts.
 *
 * Each rule is one exported object that carries its paragraph twice: in its doc comment (for
 * readers) and in `legalBasis` (shown to users next to the deadline). To change or add a
 * deadline, change or add a rule here and list it in `DEADLINE_RULES`.
 *
 * Dates are Copenhagen calendar dates as `YYYY-MM-DD`. Arithmetic is done on calendar dates only:
 * each date is parsed as midnight in UTC (which has no DST), so neither the process time zone nor
 * a DST change can move a date by a day. The arithmetic is plain `Date.UTC` rather than date-fns
 * with a UTC TZDate, which cost ~100 µs a call: too slow for every row of every case list.
 */
import { DeadlineKind } from '@inddrag/contracts';
import type { Deadline, DeadlineFacts, DeadlineStatus } from '@inddrag/contracts';
import { toIsoDate } from '../../lib/dates';

/** A deadline is DUE_SOON when it falls at most this many days after today. */
export const DUE_SOON_DAYS = 14;

/** Where a rule's deadline falls for a case, and when (if ever) it was met. */
export interface RuleOutcome {
  dueOn: string;
  metOn: string | null;
}

export interface DeadlineRule {
  kind: DeadlineKind;
  legalBasis: string;
  /** The deadline for these facts, or null when the rule does not apply to the case. */
  evaluate(facts: DeadlineFacts): RuleOutcome | null;
}

// --- Calendar-date helpers -------------------------------------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Milliseconds of midnight UTC on the date; throws for anything that is not a real calendar date. */
function parseDate(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
    const time = Date.UTC(year, month, day);
    // Date.UTC rolls an impossible day over into the next month (and reads years below 100 as 19xx).
    const date = new Date(time);
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day) return time;
  }
  throw new RangeError(`Not a calendar date: ${isoDate}`);
}

function formatDate(time: number): string {
  return toIsoDate(new Date(time));
}

/** `isoDate` plus whole months; the day of month is clamped to the target month's last day. */
export function addMonthsToDate(isoDate: string, months: number): string {
  const date = new Date(parseDate(isoDate));
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return formatDate(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export function addDaysToDate(isoDate: string, days: number): string {
  return formatDate(parseDate(isoDate) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to) - parseDate(from)) / DAY_MS);
}

// ISO calendar dates compare correctly as strings.
const earlier = (a: string, b: string): string => (a <= b ? a : b);

// --- Rules -----------------------------------------------------------------------------------

/**
 * Barnets lov § 20, stk. 3: the børnefaglige undersøgelse must be completed no later than
 * 4 months after the municipality became aware of the child's possible need for support.
 * Applies once an assessment has been started; met when it is completed.
 */
export const assessmentRule: DeadlineRule = {
  kind: 'ASSESSMENT',
  legalBasis: 'Barnets lov § 20, stk. 3',
  evaluate: (facts) =>
    facts.assessmentStartedOn === null
      ? null
      : { dueOn: addMonthsToDate(facts.awareOn, 4), metOn: facts.assessmentCompletedOn },
};

/**
 * Barnets lov § 91: barnets plan / ungeplan must be made no later than 3 months after the first
 * decision on a supporting measure (§ 32), and before a decision on placement without consent
 * (§ 47) is taken — so at the latest the day before that decision. Met when the plan is adopted.
 */
export const planRule: DeadlineRule = {
  kind: 'PLAN',
  legalBasis: 'Barnets lov § 91',
  evaluate: (facts) => {
    const candidates = [
      facts.firstDecisionOn && addMonthsToDate(facts.firstDecisionOn, 3),
      facts.placementWithoutConsentOn && addDaysToDate(facts.placementWithoutConsentOn, -1),
    ].filter((date): date is string => typeof date === 'string');
    if (candidates.length === 0) return null;
    return { dueOn: candidates.reduce(earlier), metOn: facts.planAdoptedOn };
  },
};

/**
 * Barnets lov § 95: the first follow-up is held at the earlier of 3 months after the measure
 * started and the end of an assessment (BFU) that was running when the measure started. While
 * that assessment has not ended, the 3-month date applies. Met when the first follow-up is held.
 */
export const firstFollowUpRule: DeadlineRule = {
  kind: 'FIRST_FOLLOW_UP',
  legalBasis: 'Barnets lov § 95',
  evaluate: (facts) => {
    const started = facts.measureStartedOn;
    if (started === null) return null;
    const threeMonths = addMonthsToDate(started, 3);
    const { assessmentStartedOn: from, assessmentCompletedOn: to } = facts;
    const assessmentEndedWhileRunning = from !== null && from <= started && to !== null && to >= started;
    return {
      dueOn: assessmentEndedWhileRunning ? earlier(threeMonths, to) : threeMonths,
      metOn: facts.firstFollowUpOn,
    };
  },
};

/**
 * Barnets lov § 95: after the first follow-up, follow-ups happen as decided at the last one.
 * Due on the next follow-up date; never met, because holding it sets a new next date.
 */
export const followUpRule: DeadlineRule = {
  kind: 'FOLLOW_UP',
  legalBasis: 'Barnets lov § 95',
  evaluate: (facts) =>
    facts.firstFollowUpOn === null || facts.nextFollowUpOn === null
      ? null
      : { dueOn: facts.nextFollowUpOn, metOn: null },
};

/**
 * Netværkssamråd: no later than 7 days after receiving police documentation that a child under
 * 18 is suspected of serious crime, the municipality must convene a network council. Sourced as
 * the former serviceloven § 57 c; the Barnets lov paragraph that replaced it is not verified
 * (domain notes §2.10: verify on retsinformation.dk), so `legalBasis` names the verified source.
 */
export const networkCouncilRule: DeadlineRule = {
  kind: 'NETWORK_COUNCIL',
  legalBasis: 'Netværkssamråd (tidl. serviceloven § 57 c)',
  evaluate: (facts) =>
    facts.policeDocumentationOn === null
      ? null
      : { dueOn: addDaysToDate(facts.policeDocumentationOn, 7), metOn: facts.networkCouncilHeldOn },
};

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  assessmentRule,
  planRule,
  firstFollowUpRule,
  followUpRule,
  networkCouncilRule,
];

// --- Status and aggregation -------------------------------------------------------------------

export function deadlineStatus(dueOn: string, metOn: string | null, today: string): DeadlineStatus {
  if (metOn !== null) return 'MET';
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return 'OVERDUE';
  return daysLeft <= DUE_SOON_DAYS ? 'DUE_SOON' : 'UPCOMING';
}

const KIND_ORDER = DeadlineKind.options;

function byDueOnThenKind(a: { dueOn: string; kind: DeadlineKind }, b: { dueOn: string; kind: DeadlineKind }) {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

function applicableDeadlines(facts: DeadlineFacts) {
  return DEADLINE_RULES.flatMap((rule) => {
    const outcome = rule.evaluate(facts);
    return outcome ? [{ kind: rule.kind, legalBasis: rule.legalBasis, ...outcome }] : [];
  });
}

/** Every applicable deadline with its status on `today`, sorted by due date then kind. A closed case keeps only met ones. */
export function computeDeadlines(facts: DeadlineFacts, today: string): Deadline[] {
  return applicableDeadlines(facts)
    .filter((d) => !facts.closed || d.metOn !== null)
    .map((d) => ({
      ...d,
      status: deadlineStatus(d.dueOn, d.metOn, today),
      metLate: d.metOn !== null && d.metOn > d.dueOn,
    }))
    .sort(byDueOnThenKind);
}

/**
 * The earliest unmet applicable deadline, whatever today is; null for a closed case or when
 * nothing is pending. Stored on the case row to index overdue cases and sort "Mine sager".
 */
export function nextDeadline(facts: DeadlineFacts): { kind: DeadlineKind; dueOn: string } | null {
  if (facts.closed) return null;
  const [first] = applicableDeadlines(facts)
    .filter((d) => d.metOn === null)
    .sort(byDueOnThenKind);
  return first ? { kind: first.kind, dueOn: first.dueOn } : null;
}
