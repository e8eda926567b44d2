// Test fixtures for the meetings module's integration tests (imported only by *.test.ts files).
import type { PlanMeetingRequest } from '@inddrag/contracts';
import type { PrismaClient } from '@inddrag/db';
import { createCaseInAssessment, type DemoIds } from '../../testing/demo-case';

export const NOW = new Date('2026-11-24T09:00:00Z');
export const TODAY = '2026-11-24';

let counter = 0;

/**
 * A case held by Myndighed, raadgiver@ responsible and facilitator@ on the team as facilitator,
 * a mother with custody, and network persons: three with consent (mormor, nabo, træner), one with
 * a risk flag (far), one without consent (moster), one whose consent was withdrawn (faster).
 */
export async function newMeetingCase(prisma: PrismaClient, ids: DemoIds, prefix = 'MOD') {
  counter += 1;
  const facilitator = await prisma.user.findUniqueOrThrow({ where: { email: 'facilitator@demo.inddrag.dk' }, select: { id: true } });
  const caseId = await createCaseInAssessment(prisma, ids, {
    prefix,
    number: counter,
    now: NOW,
    team: [
      { userId: facilitator.id, role: 'FACILITATOR' },
      { userId: ids.ali, role: 'EXECUTOR' },
    ],
  });
  const mother = await prisma.caseParent.create({
    data: { caseId, name: 'Maria Mor', relation: 'MOTHER', hasCustody: true, cpr: '0101851234', address: 'Hjemvej 1' },
  });
  const person = async (name: string, relation: string, extra: Record<string, unknown> = {}, consent: 'given' | 'withdrawn' | 'none' = 'given') => {
    const row = await prisma.networkPerson.create({
      data: { caseId, name, relation, sector: 'FAMILY', createdById: ids.raadgiver, phone: '12345678', ...extra },
    });
    if (consent !== 'none') {
      await prisma.networkConsent.create({
        data: {
          personId: row.id,
          givenBy: 'Maria Mor',
          scope: 'Kontakt og invitation til netværksmøde',
          givenOn: new Date('2026-11-01T00:00:00Z'),
          withdrawnOn: consent === 'withdrawn' ? new Date('2026-11-10T00:00:00Z') : null,
          withdrawnReason: consent === 'withdrawn' ? 'Mor trak det tilbage' : null,
          recordedById: ids.raadgiver,
        },
      });
    }
    return row.id;
  };
  return {
    caseId,
    facilitatorId: facilitator.id,
    motherId: mother.id,
    mormor: await person('Grethe Hansen', 'mormor'),
    nabo: await person('Jens Nabo', 'nabo'),
    traener: await person('Ole Træner', 'fodboldtræner', { sector: 'FRIENDS_LEISURE' }),
    far: await person('Karsten Far', 'far', { doNotContact: true, doNotContactReason: 'Polititilhold' }),
    moster: await person('Lise Moster', 'moster', {}, 'none'),
    faster: await person('Bente Faster', 'faster', {}, 'withdrawn'),
  };
}
export type MeetingCase = Awaited<ReturnType<typeof newMeetingCase>>;

/** A valid plan for an inclusive network meeting led by the facilitator. */
export function networkMeetingPlan(c: MeetingCase, ids: DemoIds, extra: Partial<PlanMeetingRequest> = {}): PlanMeetingRequest {
  return {
    type: 'NETWORK_MEETING',
    purpose: 'At lave en plan for, hvordan Emma kommer i skole hver dag',
    agenda: 'Velkomst\nRunde\nHvad skal der til',
    startsAt: '2026-12-03T14:00:00.000Z',
    endsAt: '2026-12-03T17:00:00.000Z',
    place: 'Medborgerhuset, lokale 2',
    neutralVenue: true,
    initiator: 'Rådgiveren efter underretning fra skolen',
    inviter: { userId: ids.raadgiver, name: null },
    leader: { userId: c.facilitatorId, name: null },
    noteTaker: { userId: ids.ali, name: null },
    noteKind: 'BESLUTNINGSNOTAT',
    ...extra,
  };
}
