import type { CasePhase, NextStep } from '@inddrag/contracts';

export interface NextStepFacts {
  phase: CasePhase;
  networkContactBlocked: boolean;
  hasDecision: boolean;
  planAdoptedOn: string | null;
  planRequired: boolean;
  measureStartedOn: string | null;
  firstFollowUpOn: string | null;
  policeDocumentationOn: string | null;
  networkCouncilHeldOn: string | null;
  /** SENT or ACCEPTED referral, if any. */
  referralStatus: 'SENT' | 'ACCEPTED' | null;
  /** A notification arrived after the case had passed screening or was closed (BL § 137, stk. 1). */
  newNotificationSinceScreening: boolean;
}

/** What is next on the case, most pressing first (domain.md §3.1). */
export function nextSteps(facts: NextStepFacts): NextStep[] {
  const steps: NextStep[] = [];
  if (facts.networkContactBlocked) steps.push('HONOUR_RISK_ASSESSMENT');
  if (facts.policeDocumentationOn && !facts.networkCouncilHeldOn) steps.push('HOLD_NETWORK_COUNCIL');
  if (facts.newNotificationSinceScreening) steps.push('REASSESS_NEW_NOTIFICATION');
  switch (facts.phase) {
    case 'UNDERRETNING':
      steps.push('SCREEN_NOTIFICATION');
      break;
    case 'SCREENING':
      steps.push('DECIDE_AFTER_SCREENING');
      break;
    case 'AFDAEKNING':
    case 'BOERNEFAGLIG_UNDERSOEGELSE':
      steps.push('COMPLETE_ASSESSMENT');
      break;
    case 'AFGOERELSE':
    case 'PLAN':
    case 'INDSATS':
      if (!facts.hasDecision) steps.push('RECORD_DECISION');
      if (facts.planRequired && !facts.planAdoptedOn) steps.push('MAKE_PLAN');
      if (facts.hasDecision && facts.referralStatus === null) steps.push('REFER');
      if (facts.referralStatus === 'SENT') steps.push('AWAIT_REFERRAL');
      if (facts.measureStartedOn && !facts.firstFollowUpOn) steps.push('FIRST_FOLLOW_UP');
      break;
    case 'OPFOELGNING':
      steps.push('FOLLOW_UP');
      break;
    case 'AFSLUTTET':
      break;
  }
  return steps;
}
