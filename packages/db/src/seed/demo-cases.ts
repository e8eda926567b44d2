import { CasePhase as CasePhaseSchema } from '@inddrag/contracts';
import type { CasePhase } from '../generated/prisma/enums';
import { BOY_NAMES, GIRL_NAMES, LAST_NAMES } from './demo-people';

export interface DemoCase {
  caseNumber: string;
  childFirstName: string;
  childLastName: string;
  childCpr: string;
  childDateOfBirth: string;
  phase: CasePhase;
  awareDaysAgo: number;
  phaseChangedDaysAgo: number;
  assigned: boolean;
  honourConflictSuspected: boolean;
  /** The executor unit the case is referred to (and has accepted), if any. */
  referredTo: 'familiecenter' | 'ungecenter' | null;
  withPpr: boolean;
  withFacilitator: boolean;
  /** The dates the legal deadlines are computed from, as days before `today` (negative: after). */
  deadlineDays: DemoDeadlineDays;
  /** BL § 18 stk. 3: days ago the risk assessment was made, for honour-conflict cases that have one. */
  honourRiskAssessedDaysAgo: number | null;
}

export type DemoDeadlineField =
  | 'assessmentStartedOn'
  | 'assessmentCompletedOn'
  | 'firstDecisionOn'
  | 'planAdoptedOn'
  | 'measureStartedOn'
  | 'firstFollowUpOn'
  | 'nextFollowUpOn'
  | 'policeDocumentationOn';
export type DemoDeadlineDays = Partial<Record<DemoDeadlineField, number>>;

/**
 * The case history behind each demo case's deadlines, by case index, chosen so the demo shows
 * every kind of deadline and every status (the next deadline is noted per case; "aware" is the
 * case's awareDaysAgo). The rules themselves live in apps/api/src/modules/deadlines/rules.ts.
 */
const DEADLINE_DAYS: Record<number, DemoDeadlineDays> = {
  // 2026-0004, BFU, aware 176 days ago: the § 20 deadline (aware + 4 months) is overdue.
  3: { assessmentStartedOn: 79 },
  // 2026-0005, decision 5 days ago (honour conflict, no risk assessment yet): plan due in about 3 months.
  4: { firstDecisionOn: 5 },
  // 2026-0006, measure started before the plan: plan due in about 10 weeks.
  5: { assessmentStartedOn: 27, firstDecisionOn: 20, measureStartedOn: 3 },
  // 2026-0007, measure running: first follow-up due in about 2 months.
  6: { assessmentStartedOn: 58, assessmentCompletedOn: 40, firstDecisionOn: 38, planAdoptedOn: 30, measureStartedOn: 28 },
  // 2026-0008, in follow-up: the next follow-up is in 5 days (due soon).
  7: {
    assessmentStartedOn: 150,
    assessmentCompletedOn: 120,
    firstDecisionOn: 118,
    planAdoptedOn: 100,
    measureStartedOn: 110,
    firstFollowUpOn: 57,
    nextFollowUpOn: -5,
  },
  // 2026-0011, police documentation 3 days ago: the netværkssamråd is due in 4 days.
  10: { policeDocumentationOn: 3 },
  // 2026-0013, BFU, aware 47 days ago: the § 20 deadline is in about 2½ months.
  12: { assessmentStartedOn: 5 },
  // 2026-0014, decision 141 days ago and still no plan: the § 91 deadline is overdue.
  13: { assessmentStartedOn: 155, assessmentCompletedOn: 142, firstDecisionOn: 141 },
  // 2026-0015, plan due in about 7 weeks.
  14: { assessmentStartedOn: 170, assessmentCompletedOn: 50, firstDecisionOn: 45, measureStartedOn: 36 },
  // 2026-0016, measure started 100 days ago: the first follow-up is overdue (honour conflict, risk assessed).
  15: { assessmentStartedOn: 120, assessmentCompletedOn: 105, firstDecisionOn: 104, planAdoptedOn: 101, measureStartedOn: 100 },
  // 2026-0017, the next follow-up was 2 days ago and is not held: overdue.
  16: {
    assessmentStartedOn: 96,
    firstDecisionOn: 95,
    measureStartedOn: 95,
    planAdoptedOn: 80,
    assessmentCompletedOn: 60,
    firstFollowUpOn: 62,
    nextFollowUpOn: 2,
  },
  // 2026-0022, BFU, aware 186 days ago: the § 20 deadline is overdue.
  21: { assessmentStartedOn: 145 },
  // 2026-0023, decision 67 days ago: plan due in about 3½ weeks.
  22: { assessmentStartedOn: 108, assessmentCompletedOn: 70, firstDecisionOn: 67 },
  // 2026-0024, plan due in about 8 weeks.
  23: { assessmentStartedOn: 175, assessmentCompletedOn: 40, firstDecisionOn: 35, measureStartedOn: 29 },
  // 2026-0025, measure started 80 days ago: the first follow-up is due in under 2 weeks.
  24: { assessmentStartedOn: 150, assessmentCompletedOn: 100, firstDecisionOn: 98, planAdoptedOn: 60, measureStartedOn: 80 },
  // 2026-0026, next follow-up in 40 days.
  25: {
    assessmentStartedOn: 54,
    firstDecisionOn: 52,
    measureStartedOn: 52,
    planAdoptedOn: 48,
    assessmentCompletedOn: 45,
    firstFollowUpOn: 43,
    nextFollowUpOn: -40,
  },
  // 2026-0009 and 2026-0018 are closed: their deadlines were met.
  8: { assessmentStartedOn: 140, assessmentCompletedOn: 139, firstDecisionOn: 139 },
  17: { assessmentStartedOn: 190, assessmentCompletedOn: 120, firstDecisionOn: 118, planAdoptedOn: 100, measureStartedOn: 110, firstFollowUpOn: 40 },
};

/** Honour-conflict cases with a risk assessment (days ago); 2026-0005 deliberately has none yet. */
const HONOUR_RISK_ASSESSED_DAYS_AGO: Record<number, number> = { 15: 118, 26: 170 };

const PHASES: readonly CasePhase[] = CasePhaseSchema.options;

/** A small deterministic PRNG so the demo data are the same on every machine. */
function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/**
 * Fictitious CPR: the real date of birth, a 7th digit that places it in the 2000s, and a
 * sequence whose last digit is even for girls and odd for boys, as in real numbers.
 */
function fictitiousCpr(dateOfBirth: Date, index: number, girl: boolean): string {
  const ddmmyy = `${pad(dateOfBirth.getUTCDate())}${pad(dateOfBirth.getUTCMonth() + 1)}${pad(dateOfBirth.getUTCFullYear() % 100)}`;
  const lastDigit = (index * 2 + (girl ? 0 : 1)) % 10;
  return `${ddmmyy}4${pad(10 + (index % 90))}${lastDigit}`;
}

/** About 30 children aged 0–17 spread over every phase, relative to `today`. */
export function buildDemoCases(today: Date, count = 30): DemoCase[] {
  const random = mulberry32(20261124);
  const year = today.getUTCFullYear();
  return Array.from({ length: count }, (_, index) => {
    const girl = index % 2 === 0;
    const ageDays = Math.floor(random() * 17.5 * 365) + 30;
    const dateOfBirth = new Date(today.getTime() - ageDays * 86_400_000);
    const dob = new Date(Date.UTC(dateOfBirth.getUTCFullYear(), dateOfBirth.getUTCMonth(), dateOfBirth.getUTCDate()));
    const phase = PHASES[index % PHASES.length] as CasePhase;
    const awareDaysAgo = 5 + Math.floor(random() * 200);
    const ageYears = ageDays / 365;
    const measureRunning = phase === 'INDSATS' || phase === 'OPFOELGNING' || phase === 'PLAN';
    return {
      caseNumber: `${year}-${pad(index + 1, 4)}`,
      childFirstName: pick(random, girl ? GIRL_NAMES : BOY_NAMES),
      childLastName: pick(random, LAST_NAMES),
      childCpr: fictitiousCpr(dob, index, girl),
      childDateOfBirth: dob.toISOString().slice(0, 10),
      phase,
      awareDaysAgo,
      phaseChangedDaysAgo: Math.floor(awareDaysAgo * random()),
      assigned: phase !== 'UNDERRETNING',
      honourConflictSuspected: index % 11 === 4,
      referredTo: measureRunning ? (ageYears >= 13 ? 'ungecenter' : 'familiecenter') : null,
      withPpr: phase === 'BOERNEFAGLIG_UNDERSOEGELSE' || (phase === 'INDSATS' && ageYears >= 6),
      withFacilitator: measureRunning && index % 2 === 0,
      deadlineDays: DEADLINE_DAYS[index] ?? {},
      honourRiskAssessedDaysAgo: HONOUR_RISK_ASSESSED_DAYS_AGO[index] ?? null,
    };
  });
}
