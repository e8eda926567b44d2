import type { ContactStatus, MeetingCandidate, MeetingParticipant } from '@inddrag/contracts';
import { networkContactBlocked, NETWORK_CONTACT_BLOCKED_REASON } from '../cases/network-contact';
import { contactStatusOf } from '../network-maps/contact-rules';
import type { Db } from './shared';

const ALLOWED: ContactStatus = { allowed: true, blocks: [] };

/**
 * Everyone who may be invited: the child, the custody holders, the network map's persons and the
 * case team. The map's consent and risk rules decide whether a network person may be contacted;
 * BL § 18, stk. 3 (honour-related conflict not yet assessed) also holds back the custody holders.
 */
export async function candidatesOf(
  db: Db,
  caseId: string,
  invited: readonly Pick<MeetingParticipant, 'kind' | 'networkPersonId' | 'userId' | 'caseParentId'>[],
  today: string,
): Promise<MeetingCandidate[]> {
  const kase = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      childFirstName: true,
      childLastName: true,
      honourConflictSuspected: true,
      honourRiskAssessedOn: true,
      parents: { where: { removedAt: null, hasCustody: true }, select: { id: true, name: true, relation: true }, orderBy: { name: 'asc' } },
      networkPersons: {
        select: {
          id: true,
          name: true,
          relation: true,
          isProfessional: true,
          doNotContact: true,
          doNotContactReason: true,
          consents: { select: { givenOn: true, withdrawnOn: true } },
        },
        orderBy: [{ isProfessional: 'asc' }, { name: 'asc' }],
      },
      team: {
        where: { removedAt: null },
        select: { user: { select: { id: true, name: true, role: true, active: true } } },
        orderBy: { addedAt: 'asc' },
      },
    },
  });
  const has = (test: (p: (typeof invited)[number]) => boolean) => invited.some(test);
  const parentStatus: ContactStatus = networkContactBlocked(kase)
    ? { allowed: false, blocks: [{ reason: 'HONOUR_RISK_UNASSESSED', message: NETWORK_CONTACT_BLOCKED_REASON }] }
    : ALLOWED;
  return [
    {
      ref: { kind: 'CHILD' },
      name: `${kase.childFirstName} ${kase.childLastName}`,
      relation: 'Barnet/den unge',
      isProfessional: false,
      contact: ALLOWED,
      alreadyInvited: has((p) => p.kind === 'CHILD'),
    },
    ...kase.parents.map((parent) => ({
      ref: { kind: 'CUSTODY_HOLDER' as const, caseParentId: parent.id },
      name: parent.name,
      relation: `${PARENT_RELATION[parent.relation] ?? 'Forælder'} (forældremyndighed)`,
      isProfessional: false,
      contact: parentStatus,
      alreadyInvited: has((p) => p.caseParentId === parent.id),
    })),
    ...kase.networkPersons.map((person) => ({
      ref: { kind: 'NETWORK_PERSON' as const, networkPersonId: person.id },
      name: person.name,
      relation: person.relation,
      isProfessional: person.isProfessional,
      contact: contactStatusOf(person, kase, today),
      alreadyInvited: has((p) => p.networkPersonId === person.id),
    })),
    ...kase.team
      .filter((member) => member.user.active)
      .map(({ user }) => ({
        ref: { kind: 'PROFESSIONAL' as const, userId: user.id },
        name: user.name,
        relation: ROLE_TEXT[user.role] ?? 'Fagperson',
        isProfessional: true,
        contact: ALLOWED,
        alreadyInvited: has((p) => p.userId === user.id),
      })),
  ];
}

const PARENT_RELATION: Record<string, string> = {
  MOTHER: 'Mor',
  FATHER: 'Far',
  CO_MOTHER: 'Medmor',
  STEP_PARENT: 'Papforælder',
  GUARDIAN: 'Værge',
  OTHER: 'Forælder',
};

/** How a professional is named on an invitation, by role. */
export const ROLE_TEXT: Record<string, string> = {
  CASEWORKER: 'Rådgiver',
  EXECUTOR: 'Familiebehandler',
  PPR: 'PPR',
  FACILITATOR: 'Mødeleder',
  COORDINATOR: 'Samordner',
  LEADER: 'Leder',
  ADMIN: 'Administrator',
};
