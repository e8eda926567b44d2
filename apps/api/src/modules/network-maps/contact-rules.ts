/**
 * Who in the network may be contacted, invited to a meeting or named in a safety network
 * (issue 5 point 7; domain.md §4.7). A person may be contacted only when
 * - no risk flag says never to (doNotContact, with its reason),
 * - a consent to contact them is recorded and not withdrawn (RSL § 11 a), and
 * - the case is not blocked by BL § 18, stk. 3 (honour-related conflict without a risk assessment).
 * The meeting and safety-plan features call assertMayContactPerson; the map shows contactStatusOf.
 */
import type { ContactBlockReason, ContactStatus } from '@inddrag/contracts';
import type { Prisma } from '@inddrag/db';
import { danishDate, toIsoDate } from '../../lib/dates';
import { NotFoundError, RuleViolationError } from '../../lib/errors';
import { NETWORK_CONTACT_BLOCKED_REASON, networkContactBlocked, type HonourFacts } from '../cases/network-contact';

export interface ContactFacts {
  doNotContact: boolean;
  doNotContactReason: string | null;
  consents: readonly { givenOn: Date; withdrawnOn: Date | null }[];
}

/** Whether the person may be contacted on `today` (YYYY-MM-DD), and every reason why not. */
export function contactStatusOf(person: ContactFacts, kase: HonourFacts, today: string): ContactStatus {
  const blocks: { reason: ContactBlockReason; message: string }[] = [];
  if (person.doNotContact) {
    blocks.push({
      reason: 'DO_NOT_CONTACT',
      message: `Personen må ikke kontaktes: ${person.doNotContactReason ?? 'risikomarkering'}.`,
    });
  }
  const given = person.consents.filter((consent) => toIsoDate(consent.givenOn) <= today);
  const active = given.some((consent) => consent.withdrawnOn === null || toIsoDate(consent.withdrawnOn) > today);
  if (!active) {
    const withdrawn = given
      .map((consent) => consent.withdrawnOn)
      .filter((date): date is Date => date !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    blocks.push(
      withdrawn
        ? {
            reason: 'CONSENT_WITHDRAWN',
            message: `Samtykket til at kontakte personen blev tilbagekaldt ${danishDate(toIsoDate(withdrawn))}.`,
          }
        : { reason: 'NO_CONSENT', message: 'Der er ikke registreret samtykke til at kontakte personen.' },
    );
  }
  if (networkContactBlocked(kase)) blocks.push({ reason: 'HONOUR_RISK_UNASSESSED', message: NETWORK_CONTACT_BLOCKED_REASON });
  return { allowed: blocks.length === 0, blocks };
}

/** The contact status of one of the case's network persons, read inside the caller's transaction. */
export async function contactStatusInTx(
  tx: Prisma.TransactionClient,
  caseId: string,
  personId: string,
  today: string,
): Promise<ContactStatus> {
  const person = await tx.networkPerson.findFirst({
    where: { id: personId, caseId },
    select: {
      doNotContact: true,
      doNotContactReason: true,
      consents: { select: { givenOn: true, withdrawnOn: true } },
      case: { select: { honourConflictSuspected: true, honourRiskAssessedOn: true } },
    },
  });
  if (!person) throw new NotFoundError('Personen findes ikke i sagens netværk.');
  return contactStatusOf(person, person.case, today);
}

/**
 * Throws 422 naming every reason when the person may not be contacted. `what` names the refused step,
 * e.g. "Personen kan ikke inviteres til mødet".
 */
export async function assertMayContactPerson(
  tx: Prisma.TransactionClient,
  caseId: string,
  personId: string,
  today: string,
  what: string,
): Promise<void> {
  const status = await contactStatusInTx(tx, caseId, personId, today);
  if (!status.allowed) {
    throw new RuleViolationError(`${what}: ${status.blocks.map((block) => block.message).join(' ')}`);
  }
}
