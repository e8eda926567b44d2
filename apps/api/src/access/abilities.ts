import type { CaseAbilities, CaseRole } from '@inddrag/contracts';
import type { Actor } from '../lib/context';
import { grantFor } from './case-scope';
import { POLICY, type Action, type PolicyEntry } from './policy';

/** How one user reaches one case: the facts the policy's scopes are decided on. */
export interface CaseReach {
  teamRole: CaseRole | null;
  /** The case is held by the user's unit. */
  unitHolds: boolean;
  /** The case is referred to the user's unit and the referral accepted. */
  unitReferredAccepted: boolean;
  emergency: boolean;
}

/**
 * POLICY's answer for one case, decided in memory from the reach facts. It follows the same rule
 * as `caseScopeWhere` (the Prisma filter every request is checked with); the case page uses it to
 * show only the actions the API will allow.
 */
export function mayOnCase(actor: Pick<Actor, 'role' | 'unitKind'>, action: Action, reach: CaseReach): boolean {
  const entry: PolicyEntry = POLICY[action];
  const scope = grantFor(actor, action);
  if (!scope || scope === 'self' || scope === 'coordinated') return false;
  if (scope === 'municipality') return true;
  if (reach.teamRole && (!entry.teamRoles || entry.teamRoles.includes(reach.teamRole))) return true;
  if (!entry.teamRoles && reach.emergency) return true;
  if (scope === 'unit') return reach.unitHolds || (entry.unitReach !== 'held' && reach.unitReferredAccepted);
  return false;
}

const ABILITY_ACTIONS = {
  update: 'case.update',
  changePhase: 'case.changePhase',
  registerNotification: 'case.registerNotification',
  recordDecision: 'case.recordDecision',
  manageParents: 'case.manageParents',
  linkSiblings: 'case.linkSiblings',
  assessHonourRisk: 'case.assessHonourRisk',
  refer: 'case.refer',
  manageTeam: 'case.manageTeam',
  revealCpr: 'case.revealCpr',
  readAccessLog: 'case.readAccessLog',
  readNotes: 'case.readNotes',
  writeNotes: 'case.writeNotes',
  readDocuments: 'case.readDocuments',
  uploadDocuments: 'case.uploadDocuments',
  timeline: 'case.timeline',
  history: 'case.history',
  readNetworkMaps: 'networkMap.read',
  editNetworkMaps: 'networkMap.edit',
  readConcerns: 'concerns.read',
  editConcerns: 'concerns.edit',
  recordScores: 'scaling.record',
  readSafetyPlans: 'safetyPlan.read',
  editSafetyPlans: 'safetyPlan.edit',
  closeSafetyPlans: 'safetyPlan.close',
  readMeetings: 'meeting.list',
  planMeetings: 'meeting.create',
  readActionPlans: 'actionPlan.read',
  editActionPlans: 'actionPlan.edit',
  approveActionPlans: 'actionPlan.approve',
} as const satisfies Record<keyof CaseAbilities, Action>;

export function caseAbilities(actor: Pick<Actor, 'role' | 'unitKind'>, reach: CaseReach): CaseAbilities {
  return Object.fromEntries(
    Object.entries(ABILITY_ACTIONS).map(([ability, action]) => [ability, mayOnCase(actor, action, reach)]),
  ) as CaseAbilities;
}
