import type { Prisma } from '@inddrag/db';
import { RuleViolationError } from '../../lib/errors';

/** The BL § 18, stk. 3 facts of a case. */
export interface HonourFacts {
  honourConflictSuspected: boolean;
  honourRiskAssessedOn: Date | null;
}

/**
 * Barnets lov § 18, stk. 3: where honour-related conflict or negative social control is suspected,
 * a risk assessment must come before the parents and the network are involved. Until one is
 * recorded, nothing in the app may contact or invite network persons.
 */
export function networkContactBlocked(facts: HonourFacts): boolean {
  return facts.honourConflictSuspected && facts.honourRiskAssessedOn === null;
}

export const NETWORK_CONTACT_BLOCKED_REASON =
  'Der er mistanke om æresrelateret konflikt eller negativ social kontrol, og der er ikke registreret en risikovurdering (Barnets lov § 18, stk. 3). Familie og netværk må ikke kontaktes eller inviteres, før risikovurderingen er registreret.';

/**
 * Throws 422 when the case may not contact or invite network persons. `what` names the refused
 * step for the message, e.g. "Sagen kan ikke visiteres".
 */
export async function assertNetworkContactAllowed(
  tx: Prisma.TransactionClient,
  caseId: string,
  what: string,
): Promise<void> {
  const facts = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { honourConflictSuspected: true, honourRiskAssessedOn: true },
  });
  if (networkContactBlocked(facts)) throw new RuleViolationError(`${what}: ${NETWORK_CONTACT_BLOCKED_REASON}`);
}
