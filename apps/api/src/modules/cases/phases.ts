import type { CasePhase } from '@inddrag/contracts';

/**
 * The steps a case may take between phases (domain.md §3.1). The law's order is
 * underretning → screening (BL § 18) → afdækning (§ 19) or børnefaglig undersøgelse (§§ 20–22)
 * → afgørelse (§ 32 ff.) → plan (§ 91) → indsats → opfølgning (§ 95) → afsluttet, with these
 * shortcuts: a measure can be decided without waiting for an assessment (BL allows starting at
 * once), a plan is not always needed, a follow-up may lead back to a measure, a revised plan or a
 * new assessment, and any case may be closed. A closed case is reopened by a new notification.
 */
export const PHASE_TRANSITIONS: Readonly<Record<CasePhase, readonly CasePhase[]>> = {
  UNDERRETNING: ['SCREENING', 'AFSLUTTET'],
  SCREENING: ['AFDAEKNING', 'BOERNEFAGLIG_UNDERSOEGELSE', 'AFGOERELSE', 'AFSLUTTET'],
  AFDAEKNING: ['BOERNEFAGLIG_UNDERSOEGELSE', 'AFGOERELSE', 'AFSLUTTET'],
  BOERNEFAGLIG_UNDERSOEGELSE: ['AFGOERELSE', 'AFSLUTTET'],
  AFGOERELSE: ['PLAN', 'INDSATS', 'AFSLUTTET'],
  PLAN: ['INDSATS', 'AFSLUTTET'],
  INDSATS: ['OPFOELGNING', 'AFSLUTTET'],
  OPFOELGNING: ['INDSATS', 'PLAN', 'BOERNEFAGLIG_UNDERSOEGELSE', 'AFSLUTTET'],
  AFSLUTTET: ['SCREENING'],
};

export function allowedPhases(from: CasePhase): readonly CasePhase[] {
  return PHASE_TRANSITIONS[from];
}

export function mayMove(from: CasePhase, to: CasePhase): boolean {
  return PHASE_TRANSITIONS[from].includes(to);
}

type DateField = 'assessmentStartedOn' | 'assessmentCompletedOn' | 'measureStartedOn';
type CurrentDates = Record<'assessmentCompletedOn' | 'measureStartedOn', string | null>;

/**
 * What a step records in the dates the deadlines count from: entering the assessment starts it
 * (a new assessment after a follow-up starts over), leaving it ends it, entering the measure
 * starts the measure if no start is recorded yet.
 */
export function deadlineDatesForStep(
  from: CasePhase,
  to: CasePhase,
  changedOn: string,
  current: CurrentDates,
): Partial<Record<DateField, string | null>> {
  const dates: Partial<Record<DateField, string | null>> = {};
  if (to === 'BOERNEFAGLIG_UNDERSOEGELSE') {
    dates.assessmentStartedOn = changedOn;
    dates.assessmentCompletedOn = null;
  }
  if (from === 'BOERNEFAGLIG_UNDERSOEGELSE' && current.assessmentCompletedOn === null)
    dates.assessmentCompletedOn = changedOn;
  if (to === 'INDSATS' && current.measureStartedOn === null) dates.measureStartedOn = changedOn;
  return dates;
}
