import type { PrismaClient } from '../generated/prisma/client';

const DAY = 86_400_000;

/** A time of day in Copenhagen winter time (UTC+1), `days` from now. */
function at(now: Date, days: number, hourUtc: number): Date {
  const date = new Date(now.getTime() + days * DAY);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
}

/**
 * Demo meetings: on the case with the drawn network map, an inclusive network meeting held three
 * weeks ago (with agreements and fidelity) and its follow-up meeting planned; a family group
 * conference coordinated by the demo samordner; and the network council of the case with police
 * documentation (2026-0011). Skipped when the demo already has meetings.
 */
export async function seedDemoMeetings(prisma: PrismaClient, now: Date): Promise<void> {
  if ((await prisma.meeting.count()) > 0) return;
  const user = (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, unitId: true } });
  const [caseworker, facilitator, coordinator, executor] = await Promise.all([
    user('raadgiver@demo.inddrag.dk'),
    user('facilitator@demo.inddrag.dk'),
    user('samordner@demo.inddrag.dk'),
    user('familiecenter@demo.inddrag.dk'),
  ]);
  const mapped = await prisma.case.findFirst({
    where: { networkMaps: { some: {} } },
    orderBy: { caseNumber: 'asc' },
    select: { id: true, childFirstName: true, childLastName: true, networkPersons: { select: { id: true, name: true, relation: true, consents: { select: { id: true } } } } },
  });
  const base = { createdById: caseworker.id, createdUnitId: caseworker.unitId, updatedById: caseworker.id, inviterUserId: caseworker.id };

  if (mapped) {
    await prisma.caseTeamMember.upsert({
      where: { caseId_userId: { caseId: mapped.id, userId: facilitator.id } },
      update: {},
      create: { caseId: mapped.id, userId: facilitator.id, role: 'FACILITATOR', addedAt: at(now, -30, 9) },
    });
    const invitable = mapped.networkPersons.filter((person) => person.consents.length > 0);
    const held = await prisma.meeting.create({
      data: {
        ...base,
        caseId: mapped.id,
        type: 'NETWORK_MEETING',
        status: 'HELD',
        purpose: `At lave en plan sammen med ${mapped.childFirstName}s netværk for hverdagen efter skole`,
        agenda: 'Velkomst og formål\nRunde\nHvad er vi bekymrede for\nHvad går godt\nHvad skal der ske\nAftaler\nSkalering\nNæste møde',
        startsAt: at(now, -21, 14),
        endsAt: at(now, -21, 17),
        place: 'Medborgerhuset, mødelokale 2',
        neutralVenue: true,
        initiator: 'Rådgiveren efter den børnefaglige undersøgelse',
        leaderUserId: facilitator.id,
        noteTakerUserId: executor.id,
        startedAt: at(now, -21, 14),
        heldAt: at(now, -21, 17),
        worries: 'Barnet er meget alene om eftermiddagen, når mor arbejder.',
        workingWell: 'Mormor og fodboldtræneren er tætte på barnet. Barnet kommer gerne til fodbold.',
        nextSteps: 'Faste aftaler om eftermiddagene og en voksen at ringe til.',
        nextMeetingAt: at(now, 9, 14),
        participants: {
          create: [
            { position: 0, kind: 'CHILD', name: `${mapped.childFirstName} ${mapped.childLastName}`, relation: 'Barnet/den unge', reply: 'COMING', attended: true },
            ...invitable.map((person, index) => ({
              position: index + 1,
              kind: 'NETWORK_PERSON' as const,
              networkPersonId: person.id,
              name: person.name,
              relation: person.relation,
              invitedById: caseworker.id,
              invitedAt: at(now, -35, 10),
              channel: 'LETTER',
              reply: 'COMING' as const,
              attended: true,
            })),
          ],
        },
        checklist: {
          create: [
            { kind: 'FIDELITY', item: 'NEUTRAL_FACILITATOR', done: true },
            { kind: 'FIDELITY', item: 'PRIVATE_NETWORK_PRESENT', done: true },
            { kind: 'FIDELITY', item: 'CHILD_VOICE_HEARD', done: true },
            { kind: 'FIDELITY', item: 'AGREEMENTS_WITH_NAMES_AND_DATES', done: true },
            { kind: 'FIDELITY', item: 'SCALING_DONE', done: false, note: 'Tiden slap op' },
          ],
        },
        fidelityRecordedAt: at(now, -21, 18),
        fidelityRecordedById: facilitator.id,
      },
      select: { id: true },
    });
    const helper = invitable.find((person) => person.relation === 'mormor') ?? invitable[0];
    if (helper) {
      await prisma.meetingDecision.create({
        data: {
          meetingId: held.id,
          position: 0,
          what: 'Henter i skole tirsdag og torsdag og spiser med bagefter',
          who: helper.name,
          networkPersonId: helper.id,
          dueOn: new Date(at(now, 60, 0).toISOString().slice(0, 10)),
        },
      });
    }
    await prisma.meeting.create({
      data: {
        ...base,
        caseId: mapped.id,
        type: 'FOLLOW_UP_MEETING',
        followUpOfId: held.id,
        purpose: 'At følge op på aftalerne fra netværksmødet og se på netværkskortet igen',
        startsAt: at(now, 9, 14),
        endsAt: at(now, 9, 16),
        place: 'Medborgerhuset, mødelokale 2',
        neutralVenue: true,
        initiator: 'Aftalt på netværksmødet',
        leaderUserId: facilitator.id,
        noteTakerUserId: executor.id,
      },
    });
    await prisma.meeting.create({
      data: {
        ...base,
        caseId: mapped.id,
        type: 'FAMILY_GROUP_CONFERENCE',
        purpose: 'Familien laver sin egen plan for, hvordan barnet får en tryg hverdag',
        startsAt: at(now, 16, 15),
        endsAt: at(now, 16, 19),
        place: 'Familiens forsamlingshus',
        neutralVenue: true,
        initiator: 'Rådgiveren, efter aftale med mor',
        coordinatorId: coordinator.id,
        leaderName: 'Mormor (ordstyrer)',
        noteTakerName: 'Morbror (referent)',
        questions: {
          create: [
            { position: 0, text: 'Hvordan sikrer familien, at barnet har en voksen hjemme efter skole hver dag?' },
            { position: 1, text: 'Hvem kan barnet ringe til, hvis mor ikke har det godt?' },
          ],
        },
      },
    });
  }

  const council = await prisma.case.findFirst({
    where: { policeDocumentationOn: { not: null }, networkCouncilHeldOn: null },
    orderBy: { caseNumber: 'asc' },
    select: { id: true, childFirstName: true, childLastName: true, policeDocumentationOn: true },
  });
  if (council?.policeDocumentationOn) {
    await prisma.meeting.create({
      data: {
        ...base,
        caseId: council.id,
        type: 'NETWORK_COUNCIL',
        purpose: 'Netværkssamråd efter politiets underretning: en plan med initiativer og handlepligter, der kan forebygge ny kriminalitet',
        startsAt: at(now, 2, 13),
        endsAt: at(now, 2, 15),
        place: 'Rådhuset, mødelokale 4',
        initiator: 'Kommunen efter politiets dokumentation',
        policeDocumentationOn: council.policeDocumentationOn,
        leaderUserId: caseworker.id,
        participants: {
          create: [
            { position: 0, kind: 'CHILD', mandatory: true, name: `${council.childFirstName} ${council.childLastName}`, relation: 'Barnet/den unge' },
          ],
        },
      },
    });
  }
}
