import type { Prisma } from '@inddrag/db';
import type { Actor } from '../lib/context';
import { POLICY, type Action, type PolicyEntry, type Scope } from './policy';

export function grantFor(actor: Pick<Actor, 'role' | 'unitKind'>, action: Action): Scope | undefined {
  const entry: PolicyEntry = POLICY[action];
  if (entry.unitKinds && !(actor.unitKind && entry.unitKinds.includes(actor.unitKind))) return undefined;
  return entry.grants[actor.role];
}

/**
 * The cases an actor may perform `action` on, as a Prisma filter — the same rule for a single
 * case and for lists, so a list can never show a case the detail would refuse.
 * Returns null when the actor's role holds no grant for the action.
 */
export function caseScopeWhere(actor: Actor, action: Action, now: Date): Prisma.CaseWhereInput | null {
  const entry: PolicyEntry = POLICY[action];
  const scope = grantFor(actor, action);
  if (!scope || scope === 'self' || scope === 'coordinated') return null;
  const inMunicipality = { municipalityId: actor.municipalityId };
  if (scope === 'municipality') return inMunicipality;

  // The unit's own cases first: PostgreSQL tries the alternatives in the order given, and for a
  // unit's staff most cases are reached by this plain column test, before any sub-query.
  const reach: Prisma.CaseWhereInput[] = scope === 'unit' && actor.unitId ? [{ responsibleUnitId: actor.unitId }] : [];
  reach.push({
    team: {
      some: {
        userId: actor.userId,
        removedAt: null,
        ...(entry.teamRoles ? { role: { in: [...entry.teamRoles] } } : {}),
      },
    },
  });
  // An emergency access opens a case for reading, never for acting on it as a team member would.
  if (!entry.teamRoles) {
    reach.push({ emergencyAccesses: { some: { userId: actor.userId, expiresAt: { gt: now } } } });
  }
  if (scope === 'unit' && actor.unitId && entry.unitReach !== 'held') {
    reach.push({ referrals: { some: { toUnitId: actor.unitId, status: 'ACCEPTED' } } });
  }
  return { AND: [inMunicipality, { OR: reach }] };
}
