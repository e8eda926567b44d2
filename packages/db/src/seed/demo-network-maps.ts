import type { PrismaClient } from '../generated/prisma/client';

const DAY = 86_400_000;

type Sector = 'FAMILY' | 'FRIENDS_LEISURE' | 'SCHOOL_WORK' | 'PROFESSIONAL';
type Ring = 'INNER' | 'MIDDLE' | 'OUTER';
type Quality = 'SUPPORTIVE' | 'TENUOUS' | 'STRESSFUL' | 'MIXED';

interface DemoPerson {
  name: string;
  relation: string;
  sector: Sector;
  ring: Ring;
  position: number;
  quality: Quality;
  isProfessional?: boolean;
  contributions?: string;
  willingness?: 'YES' | 'MAYBE' | 'NO';
  doNotContactReason?: string;
  consent?: boolean;
  phone?: string;
}

/** The child's network as a caseworker might first draw it with the child during the assessment. */
const PERSONS: DemoPerson[] = [
  { name: 'Mor', relation: 'mor', sector: 'FAMILY', ring: 'INNER', position: 0.3, quality: 'MIXED', consent: true },
  { name: 'Grethe', relation: 'mormor', sector: 'FAMILY', ring: 'INNER', position: 0.7, quality: 'SUPPORTIVE', contributions: 'Henter i skole tirsdag og torsdag', willingness: 'YES', consent: true, phone: '20304050' },
  { name: 'Far', relation: 'far', sector: 'FAMILY', ring: 'OUTER', position: 0.5, quality: 'STRESSFUL', doNotContactReason: 'Polititilhold over for mor og barn' },
  { name: 'Lis', relation: 'moster', sector: 'FAMILY', ring: 'MIDDLE', position: 0.4, quality: 'SUPPORTIVE', contributions: 'Aflastning hver tredje weekend', willingness: 'MAYBE' },
  { name: 'Noah', relation: 'bedste ven', sector: 'FRIENDS_LEISURE', ring: 'INNER', position: 0.5, quality: 'SUPPORTIVE' },
  { name: 'Kim', relation: 'fodboldtræner', sector: 'FRIENDS_LEISURE', ring: 'MIDDLE', position: 0.6, quality: 'SUPPORTIVE', consent: true },
  { name: 'Hanne Berg', relation: 'klasselærer', sector: 'SCHOOL_WORK', ring: 'MIDDLE', position: 0.5, quality: 'SUPPORTIVE', isProfessional: true, consent: true },
  { name: 'Jens Holm', relation: 'sundhedsplejerske', sector: 'PROFESSIONAL', ring: 'OUTER', position: 0.5, quality: 'TENUOUS', isProfessional: true },
];

/**
 * A network map on the caseworker's first case in the child assessment, saved twice (BFU), so the
 * demo shows a drawn map, part 2, consents, a risk flag and a history to compare. Skipped when the
 * case already has a map.
 */
export async function seedDemoNetworkMaps(prisma: PrismaClient, now: Date): Promise<void> {
  const caseworker = await prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' }, select: { id: true, unitId: true } });
  const kase = await prisma.case.findFirst({
    where: { phase: 'BOERNEFAGLIG_UNDERSOEGELSE', team: { some: { userId: caseworker.id, role: 'RESPONSIBLE' } }, networkMaps: { none: {} } },
    orderBy: { caseNumber: 'asc' },
    select: { id: true, responsibleUnitId: true },
  });
  if (!kase || (await prisma.networkMap.count({ where: { caseId: kase.id } })) > 0) return;
  const unitId = caseworker.unitId ?? kase.responsibleUnitId;
  const firstSave = new Date(now.getTime() - 20 * DAY);
  const secondSave = new Date(now.getTime() - 6 * DAY);

  const rows = PERSONS.map((p) => ({ id: crypto.randomUUID(), ...p }));
  const document = (upTo: number) => ({
    persons: rows.slice(0, upTo).map((p) => ({
      id: p.id,
      name: p.name,
      relation: p.relation,
      sector: p.sector,
      isProfessional: p.isProfessional ?? false,
      contactFrequency: null,
      notes: null,
      doNotContact: p.doNotContactReason !== undefined,
      doNotContactReason: p.doNotContactReason ?? null,
      phone: p.phone ?? null,
      email: null,
      address: null,
      resources: null,
      contributions: upTo === rows.length ? (p.contributions ?? null) : null,
      willingness: upTo === rows.length ? (p.willingness ?? null) : null,
      conditions: null,
      supportNeeded: null,
      agreements: [],
      placement: { ring: p.ring, position: p.position, quality: p.quality, qualityView: 'CHILD' },
      version: 1,
    })),
    ties: [],
  });
  const counts = (upTo: number) => ({
    personCount: upTo,
    privateCount: rows.slice(0, upTo).filter((p) => !p.isProfessional).length,
    agreementCount: 0,
  });

  await prisma.$transaction(async (tx) => {
    await tx.networkPerson.createMany({
      data: rows.map((p) => ({
        id: p.id,
        caseId: kase.id,
        name: p.name,
        relation: p.relation,
        sector: p.sector,
        isProfessional: p.isProfessional ?? false,
        doNotContact: p.doNotContactReason !== undefined,
        doNotContactReason: p.doNotContactReason ?? null,
        phone: p.phone ?? null,
        contributions: p.contributions ?? null,
        willingness: p.willingness ?? null,
        createdById: caseworker.id,
        createdAt: firstSave,
        updatedAt: secondSave,
      })),
    });
    await tx.networkConsent.createMany({
      data: rows
        .filter((p) => p.consent)
        .map((p) => ({
          personId: p.id,
          givenBy: 'Mor (forældremyndighed)',
          scope: 'Kontakt og invitation til netværksmøde',
          givenOn: new Date(firstSave.toISOString().slice(0, 10)),
          recordedById: caseworker.id,
          createdAt: firstSave,
          updatedAt: firstSave,
        })),
    });
    const map = await tx.networkMap.create({
      data: { caseId: kase.id, perspective: 'CHILD', createdById: caseworker.id, createdUnitId: unitId, createdAt: firstSave, updatedAt: secondSave, version: 2 },
    });
    await tx.networkMapEntry.createMany({
      data: rows.map((p) => ({ mapId: map.id, personId: p.id, ring: p.ring, position: p.position, quality: p.quality, qualityView: 'CHILD' as const })),
    });
    await tx.networkMapVersion.createMany({
      data: [
        { mapId: map.id, number: 1, occasion: 'BFU', authorId: caseworker.id, unitId, createdAt: firstSave, snapshot: document(5), ...counts(5) },
        { mapId: map.id, number: 2, occasion: 'BFU', occasionNote: 'Tegnet sammen med barnet', authorId: caseworker.id, unitId, createdAt: secondSave, snapshot: document(rows.length), ...counts(rows.length) },
      ],
    });
  });
}
