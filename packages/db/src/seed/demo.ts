import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword } from '../passwords';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoConcerns } from './demo-concerns';
import { seedDemoNetworkMaps } from './demo-network-maps';
import { buildDemoCases, type DemoCase, type DemoDeadlineField } from './demo-cases';
import { DEMO_MUNICIPALITY, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS, type DemoUnitKey } from './demo-people';

const DAY = 86_400_000;

export interface DemoSeedResult {
  municipalityId: string;
  createdUsers: number;
  createdCases: number;
}

/**
 * Fills the fictional "Demo Kommune": units, one user per role and about 30 cases.
 * Idempotent: everything is keyed by its natural key and existing rows are left as they are.
 */
export async function seedDemoData(prisma: PrismaClient, now = new Date()): Promise<DemoSeedResult> {
  const municipality = await prisma.municipality.upsert({
    where: { code: DEMO_MUNICIPALITY.code },
    update: {},
    create: { code: DEMO_MUNICIPALITY.code, name: DEMO_MUNICIPALITY.name },
  });

  const unitIds = {} as Record<DemoUnitKey, string>;
  for (const unit of DEMO_UNITS) {
    const row = await prisma.unit.upsert({
      where: { municipalityId_name: { municipalityId: municipality.id, name: unit.name } },
      update: {},
      create: { municipalityId: municipality.id, name: unit.name, kind: unit.kind },
    });
    unitIds[unit.key] = row.id;
  }

  const existingEmails = new Set(
    (
      await prisma.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true } })
    ).map((u) => u.email),
  );
  let createdUsers = 0;
  // One hash for every demo account: they share the demo password, and hashing is the slow part of a first start.
  let demoPasswordHash: string | undefined;
  for (const user of DEMO_USERS) {
    if (existingEmails.has(user.email)) continue;
    demoPasswordHash ??= await hashPassword(DEMO_PASSWORD);
    await prisma.user.create({
      data: {
        municipalityId: municipality.id,
        unitId: user.unit ? unitIds[user.unit] : null,
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: demoPasswordHash,
      },
    });
    createdUsers += 1;
  }

  const caseworker = await prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' } });
  const existingCases = new Set(
    (await prisma.case.findMany({ where: { municipalityId: municipality.id }, select: { caseNumber: true } })).map(
      (c) => c.caseNumber,
    ),
  );
  const newCases = buildDemoCases(now).filter((c) => !existingCases.has(c.caseNumber));
  await prisma.case.createMany({
    data: newCases.map((c) => ({
      municipalityId: municipality.id,
      caseNumber: c.caseNumber,
      childFirstName: c.childFirstName,
      childLastName: c.childLastName,
      childCpr: c.childCpr,
      childDateOfBirth: new Date(`${c.childDateOfBirth}T00:00:00.000Z`),
      phase: c.phase,
      phaseChangedAt: new Date(now.getTime() - c.phaseChangedDaysAgo * DAY),
      awareOn: new Date(new Date(now.getTime() - c.awareDaysAgo * DAY).toISOString().slice(0, 10)),
      openedAt: new Date(now.getTime() - c.awareDaysAgo * DAY),
      closedAt: c.phase === 'AFSLUTTET' ? new Date(now.getTime() - c.phaseChangedDaysAgo * DAY) : null,
      responsibleUnitId: unitIds.myndighed,
      responsibleCaseworkerId: c.assigned ? caseworker.id : null,
      honourConflictSuspected: c.honourConflictSuspected,
      ...deadlineDates(c, now),
      ...(c.honourRiskAssessedDaysAgo === null
        ? {}
        : {
            honourRiskAssessedOn: dateDaysAgo(now, Math.min(c.honourRiskAssessedDaysAgo, c.awareDaysAgo)),
            honourRiskAssessedById: caseworker.id,
            honourRiskAssessment:
              'Risikovurdering gennemført med barnet alene. Forældre og netværk inddrages først efter aftale med barnet og i samarbejde med politiets forebyggelsesenhed.',
          }),
    })),
  });

  await seedTeamsAndReferrals(prisma, municipality.id, unitIds, newCases, now);
  await seedDemoNetworkMaps(prisma, now);
  await seedDemoConcerns(prisma, now);
  await seedDemoMeetings(prisma, now);
  return { municipalityId: municipality.id, createdUsers, createdCases: newCases.length };
}

/** The calendar date (as stored in a `@db.Date` column) `days` before `now`; negative days lie ahead. */
function dateDaysAgo(now: Date, days: number): Date {
  return new Date(new Date(now.getTime() - days * DAY).toISOString().slice(0, 10));
}

/**
 * The case's deadline dates. Past events never lie before the municipality became aware of the
 * child. The stored next deadline (nextDeadlineOn) is left to the app, which owns the rules: it
 * recomputes it after seeding (refreshAllNextDeadlines in apps/api/src/modules/deadlines).
 */
function deadlineDates(c: DemoCase, now: Date): Partial<Record<DemoDeadlineField, Date>> {
  return Object.fromEntries(
    (Object.entries(c.deadlineDays) as [DemoDeadlineField, number][]).map(([field, days]) => [
      field,
      dateDaysAgo(now, Math.min(days, c.awareDaysAgo)),
    ]),
  );
}

/** True when the database holds no municipality yet: a fresh embedded database. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.municipality.count()) === 0;
}

export { DEMO_PASSWORD, DEMO_USERS } from './demo-people';

/** Case teams and accepted referrals, so each demo user sees the cases their role would. */
async function seedTeamsAndReferrals(
  prisma: PrismaClient,
  municipalityId: string,
  unitIds: Record<DemoUnitKey, string>,
  newCases: DemoCase[],
  now: Date,
) {
  if (newCases.length === 0) return;
  const users = await prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const userId = (email: string) => users.find((u) => u.email === email)?.id as string;
  const rows = await prisma.case.findMany({
    where: { municipalityId, caseNumber: { in: newCases.map((c) => c.caseNumber) } },
    select: { id: true, caseNumber: true },
  });
  const idOf = new Map(rows.map((r) => [r.caseNumber, r.id]));
  const team: {
    caseId: string;
    userId: string;
    role: 'RESPONSIBLE' | 'CO_WORKER' | 'EXECUTOR' | 'FACILITATOR';
    addedAt: Date;
  }[] = [];
  const referrals: {
    caseId: string;
    fromUnitId: string;
    toUnitId: string;
    status: 'ACCEPTED';
    sentAt: Date;
    decidedAt: Date;
    sentById: string;
    decidedById: string;
    assignedWorkerId: string;
  }[] = [];
  for (const c of newCases) {
    const caseId = idOf.get(c.caseNumber) as string;
    const openedAt = new Date(now.getTime() - c.awareDaysAgo * DAY);
    if (c.assigned)
      team.push({ caseId, userId: userId('raadgiver@demo.inddrag.dk'), role: 'RESPONSIBLE', addedAt: openedAt });
    if (c.withPpr) team.push({ caseId, userId: userId('ppr@demo.inddrag.dk'), role: 'CO_WORKER', addedAt: openedAt });
    if (c.withFacilitator)
      team.push({ caseId, userId: userId('facilitator@demo.inddrag.dk'), role: 'FACILITATOR', addedAt: openedAt });
    if (c.referredTo) {
      const worker = c.referredTo === 'ungecenter' ? 'ungecenter@demo.inddrag.dk' : 'familiecenter@demo.inddrag.dk';
      team.push({ caseId, userId: userId(worker), role: 'EXECUTOR', addedAt: openedAt });
      referrals.push({
        caseId,
        fromUnitId: unitIds.myndighed,
        toUnitId: unitIds[c.referredTo],
        status: 'ACCEPTED',
        sentAt: openedAt,
        decidedAt: openedAt,
        // Sent by the caseworker, accepted by the unit's leader, who assigned the worker.
        sentById: userId('raadgiver@demo.inddrag.dk'),
        decidedById: userId(c.referredTo === 'ungecenter' ? 'leder.ungecenter@demo.inddrag.dk' : 'leder.familiecenter@demo.inddrag.dk'),
        assignedWorkerId: userId(worker),
      });
    }
  }
  await prisma.caseTeamMember.createMany({ data: team });
  await prisma.referral.createMany({ data: referrals });
}
