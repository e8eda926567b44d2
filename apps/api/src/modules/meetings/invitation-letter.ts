import type { InvitationLetter, MeetingType, ParticipantKind } from '@inddrag/contracts';
import { NotFoundError } from '../../lib/errors';
import type { Db } from './shared';

const aboutWhom = (kind: ParticipantKind, child: string) => (kind === 'CHILD' ? 'dig' : child);

/**
 * What the meeting is, per type, in short plain sentences for the family and the network
 * (Socialstyrelsen's templates for invitations; domain.md §2.8–§2.10).
 */
export function whatText(type: MeetingType, kind: ParticipantKind, childFirstName: string): string {
  const about = aboutWhom(kind, childFirstName);
  switch (type) {
    case 'NETWORK_MEETING':
      return (
        `Du er inviteret til et netværksmøde om ${about}. ` +
        `På mødet er familien, netværket og de fagfolk, der kender ${about}. Alle er lige vigtige. ` +
        'Sammen laver vi en plan, som alle kan stå inde for.'
      );
    case 'FOLLOW_UP_MEETING':
      return (
        `Du er inviteret til et opfølgningsmøde om ${about}. ` +
        'Vi ser på, hvordan det går med de aftaler, vi lavede sidst. ' +
        'Vi taler om, hvad der går godt, og hvad der skal ske nu.'
      );
    case 'FAMILY_GROUP_CONFERENCE':
      return (
        `Du er inviteret til en familierådslagning om ${about}. ` +
        'Først fortæller fagfolkene, hvad de ved. Så taler familien og netværket sammen uden fagfolk. ' +
        'I laver selv en plan. Til sidst ser rådgiveren planen igennem sammen med jer.'
      );
    case 'NETWORK_COUNCIL':
      return (
        `Du er indkaldt til et netværkssamråd om ${about}. ` +
        'Kommunen skal holde mødet, fordi politiet har kontaktet os. ' +
        `På mødet taler vi om, hvad der kan hjælpe ${about}. Sammen laver vi en plan med aftaler om, hvem der gør hvad.`
      );
  }
}

function closingText(inviterName: string | null): string {
  const to = inviterName ?? 'os';
  return `Giv ${to} besked, om du kommer. Spørg gerne ${to}, hvis der er noget, du er i tvivl om.`;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * One participant's invitation: what, why, when, where, who else is coming (names and relations
 * only), who invites and who leads. Nothing here reads a CPR number or anyone's contact details.
 */
export async function invitationLetterOf(
  db: Db,
  meetingId: string,
  participantId: string,
): Promise<InvitationLetter & { caseId: string }> {
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      caseId: true,
      type: true,
      purpose: true,
      agenda: true,
      startsAt: true,
      endsAt: true,
      place: true,
      inviterName: true,
      inviterUser: { select: { name: true } },
      leaderName: true,
      leaderUser: { select: { name: true } },
      createdUnit: { select: { name: true } },
      case: {
        select: {
          childFirstName: true,
          municipality: { select: { name: true } },
          responsibleUnit: { select: { name: true } },
        },
      },
      participants: { orderBy: { position: 'asc' }, select: { id: true, kind: true, name: true, relation: true } },
    },
  });
  const recipient = meeting?.participants.find((participant) => participant.id === participantId);
  if (!meeting || !recipient) throw new NotFoundError('Invitationen findes ikke.');
  const inviterName = meeting.inviterUser?.name ?? meeting.inviterName;
  return {
    caseId: meeting.caseId,
    meetingId: meeting.id,
    participantId: recipient.id,
    recipientName: recipient.name,
    greeting: `Kære ${firstName(recipient.name)}`,
    meetingType: meeting.type,
    childFirstName: meeting.case.childFirstName,
    what: whatText(meeting.type, recipient.kind, meeting.case.childFirstName),
    why: meeting.purpose,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt ? meeting.endsAt.toISOString() : null,
    place: meeting.place,
    agenda: meeting.agenda
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    others: meeting.participants
      .filter((participant) => participant.id !== recipient.id)
      .map((participant) => ({ name: participant.name, relation: participant.relation })),
    inviterName,
    leaderName: meeting.leaderUser?.name ?? meeting.leaderName,
    municipalityName: meeting.case.municipality.name,
    unitName: meeting.createdUnit?.name ?? meeting.case.responsibleUnit.name,
    closing: closingText(inviterName),
  };
}
