import type { CaseRole, PrismaClient } from '@inddrag/db';

/** Ids in the demo municipality (code 0999) that integration tests build on. */
export interface DemoIds {
  municipality: string;
  myndighed: string;
  familiecenter: string;
  /** raadgiver@ (Sofie Lund, Myndighed) */
  raadgiver: string;
  /** familiecenter@ (Ali Demir) */
  ali: string;
  /** ungecenter@ (Camilla) */
  camilla: string;
  ppr: string;
}

export async function demoIds(prisma: PrismaClient): Promise<DemoIds> {
  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { code: '0999' }, include: { units: true } });
  const unit = (name: string) => municipality.units.find((u) => u.name === name)!.id;
  const user = async (name: string) =>
    (await prisma.user.findUniqueOrThrow({ where: { email: `${name}@demo.inddrag.dk` }, select: { id: true } })).id;
  return {
    municipality: municipality.id,
    myndighed: unit('Myndighedscentret'),
    familiecenter: unit('FamilieCentret'),
    raadgiver: await user('raadgiver'),
    ali: await user('familiecenter'),
    camilla: await user('ungecenter'),
    ppr: await user('ppr'),
  };
}

/**
 * A case in the child assessment held by Myndighed, raadgiver@ responsible, Emma born 2016, with
 * the other team members given. `number` keeps case numbers and CPR numbers apart within a test file.
 */
export async function createCaseInAssessment(
  prisma: PrismaClient,
  ids: DemoIds,
  options: { prefix: string; number: number; now: Date; team?: { userId: string; role: CaseRole }[] },
): Promise<string> {
  const { prefix, number, now } = options;
  const kase = await prisma.case.create({
    data: {
      municipalityId: ids.municipality,
      caseNumber: `${prefix}-${String(number).padStart(4, '0')}`,
      childFirstName: 'Emma',
      childLastName: `${prefix}${number}`,
      childCpr: `0106165${String(100 + number).slice(-3)}`,
      childDateOfBirth: new Date('2016-06-01T00:00:00Z'),
      phase: 'BOERNEFAGLIG_UNDERSOEGELSE',
      awareOn: new Date('2026-10-01T00:00:00Z'),
      responsibleUnitId: ids.myndighed,
      responsibleCaseworkerId: ids.raadgiver,
    },
  });
  await prisma.caseTeamMember.createMany({
    data: [{ userId: ids.raadgiver, role: 'RESPONSIBLE' as const }, ...(options.team ?? [])].map((member) => ({
      caseId: kase.id,
      addedAt: now,
      ...member,
    })),
  });
  return kase.id;
}

/** A concern statement/safety goal pair written by raadgiver@, made directly (no version rows). */
export async function insertConcernPair(
  prisma: PrismaClient,
  ids: DemoIds,
  caseId: string,
  fields: { number?: number; behaviour?: string } = {},
): Promise<string> {
  const row = await prisma.concernStatement.create({
    data: {
      caseId,
      number: fields.number ?? 1,
      kind: 'DANGER',
      whoIsWorried: 'Skolen og kommunen',
      behaviour: fields.behaviour ?? 'Emma kommer ofte i skole uden morgenmad og madpakke.',
      impactOnChild: 'Emma er sulten og kan ikke koncentrere sig.',
      ifNothingChanges: 'Emma mister kontakten til klassen.',
      goalParentsWill: 'Mor sørger for morgenmad og madpakke hver skoledag.',
      goalChildWillExperience: 'Emma kommer mæt og til tiden.',
      goalProfessionalsWillSee: 'Skolen ser Emma møde mæt og til tiden.',
      goalDuration: 'i 3 måneder',
      createdById: ids.raadgiver,
      createdUnitId: ids.myndighed,
      updatedById: ids.raadgiver,
      updatedUnitId: ids.myndighed,
    },
    select: { id: true },
  });
  return row.id;
}
