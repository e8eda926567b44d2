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
}

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
    };
  });
}
