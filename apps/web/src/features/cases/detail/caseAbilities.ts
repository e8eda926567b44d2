import type { CaseDetail, CaseRole, CurrentUser } from '@inddrag/contracts';
import { hasPermission } from '../../auth/permissions';

export interface CaseAbilities {
  revealCpr: boolean;
  readAccessLog: boolean;
  manageTeam: boolean;
  update: boolean;
  readHistory: boolean;
}

const WRITERS: readonly CaseRole[] = ['RESPONSIBLE', 'CO_WORKER', 'EXECUTOR', 'FACILITATOR'];
const CASEWORKERS: readonly CaseRole[] = ['RESPONSIBLE', 'CO_WORKER'];

/**
 * What the page offers on this case. It follows the API's policy (apps/api/src/access/policy.ts):
 * the role must hold the action, and for the team-bound actions the user's role on the case
 * must be one of the named ones, or the user leads the unit that holds the case. An emergency
 * access only ever opens the case for reading. The API checks every request regardless; this
 * only hides buttons that would be refused.
 */
export function caseAbilities(user: CurrentUser, detail: CaseDetail): CaseAbilities {
  const member = detail.team.find((m) => m.user.id === user.id);
  const onTeamAs = (roles: readonly CaseRole[]) => member !== undefined && roles.includes(member.role);
  const leadsHoldingUnit =
    user.role === 'LEADER' &&
    detail.accessVia !== 'EMERGENCY' &&
    (detail.accessVia === 'UNIT' || (user.unit !== null && detail.responsibleUnit.id === user.unit.id));

  return {
    revealCpr: hasPermission(user, 'case.revealCpr') && onTeamAs(WRITERS),
    readAccessLog: hasPermission(user, 'case.readAccessLog') && (onTeamAs(CASEWORKERS) || leadsHoldingUnit),
    manageTeam: hasPermission(user, 'case.manageTeam') && (onTeamAs(['RESPONSIBLE']) || leadsHoldingUnit),
    update: hasPermission(user, 'case.update') && (onTeamAs(CASEWORKERS) || leadsHoldingUnit),
    readHistory: hasPermission(user, 'case.history'),
  };
}
