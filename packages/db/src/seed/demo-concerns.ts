import type { PrismaClient } from '../generated/prisma/client';

const DAY = 86_400_000;

const dayOnly = (date: Date) => new Date(date.toISOString().slice(0, 10));

interface DemoPair {
  kind: 'DANGER' | 'HARM';
  whoIsWorried: string;
  behaviour: string;
  impactOnChild: string;
  ifNothingChanges: string;
  familyView: string | null;
  goalParentsWill: string;
  goalChildWillExperience: string;
  goalProfessionalsWillSee: string;
  goalDuration: string;
}

const PAIRS: DemoPair[] = [
  {
    kind: 'DANGER',
    whoIsWorried: 'Skolen, sundhedsplejersken og socialrådgiveren',
    behaviour:
      'Barnet er kommet i skole uden madpakke 12 gange i oktober. To gange har barnet sagt, at der ikke var aftensmad dagen før.',
    impactOnChild: 'Barnet er sultent i skolen, kan ikke koncentrere sig og trækker sig fra legen.',
    ifNothingChanges: 'Vi er bekymrede for, at barnet bliver ved med at være sultent og mister lysten til skolen.',
    familyView: 'Mor siger, at det kun var i en periode, hvor hun var syg.',
    goalParentsWill: 'Mor sørger for, at der er morgenmad og madpakke hver skoledag. Mormor hjælper, når mor er syg.',
    goalChildWillExperience: 'Barnet er mæt, har energi i skolen og ved, hvem der hjælper, når mor er syg.',
    goalProfessionalsWillSee: 'Læreren ser barnet spise sin madpakke hver dag.',
    goalDuration: 'I 3 måneder',
  },
  {
    kind: 'HARM',
    whoIsWorried: 'Socialrådgiveren og politiet',
    behaviour: 'Far har slået mor i ansigtet, mens barnet så på, den 3. september. Politiet blev tilkaldt af naboen.',
    impactOnChild: 'Barnet er bange, sover dårligt og vil ikke være alene hjemme.',
    ifNothingChanges: 'Vi er bekymrede for, at barnet igen ser vold og bliver mere utrygt.',
    familyView: null,
    goalParentsWill: 'Mor holder fast i polititilholdet og ringer til mormor eller politiet, hvis far kommer.',
    goalChildWillExperience: 'Barnet føler sig trygt hjemme og ved, hvem det kan ringe til.',
    goalProfessionalsWillSee: 'Der er ingen politisager, og barnet fortæller i samtaler, at det er trygt.',
    goalDuration: 'I 6 måneder',
  },
];

/**
 * Grounds for concern, two statement/goal pairs (each saved twice) and one assessment on the demo
 * case that has network maps, so the Signs of Safety pages have something to show. Skipped when the
 * case already has statements.
 */
export async function seedDemoConcerns(prisma: PrismaClient, now: Date): Promise<void> {
  const caseworker = await prisma.user.findUniqueOrThrow({
    where: { email: 'raadgiver@demo.inddrag.dk' },
    select: { id: true, unitId: true },
  });
  const kase = await prisma.case.findFirst({
    where: { networkMaps: { some: {} }, team: { some: { userId: caseworker.id, role: 'RESPONSIBLE' } } },
    orderBy: { caseNumber: 'asc' },
    select: { id: true, responsibleUnitId: true },
  });
  if (!kase || (await prisma.concernStatement.count({ where: { caseId: kase.id } })) > 0) return;
  const unitId = caseworker.unitId ?? kase.responsibleUnitId;
  const by = { createdById: caseworker.id, createdUnitId: unitId };
  const firstSave = new Date(now.getTime() - 14 * DAY);
  const secondSave = new Date(now.getTime() - 5 * DAY);

  await prisma.$transaction(async (tx) => {
    const school = await tx.concernGround.create({
      data: {
        caseId: kase.id,
        kind: 'NOTIFICATION',
        occurredOn: dayOnly(new Date(now.getTime() - 40 * DAY)),
        source: 'Skolens underretning',
        description: 'Klasselæreren skriver, at barnet ofte mangler madpakke og virker sultent og træt.',
        ...by,
        createdAt: firstSave,
      },
      select: { id: true },
    });
    const police = await tx.concernGround.create({
      data: {
        caseId: kase.id,
        kind: 'STATEMENT',
        occurredOn: dayOnly(new Date(now.getTime() - 30 * DAY)),
        source: 'Politiets døgnrapport',
        description: 'Politiet blev tilkaldt af naboen til vold mellem forældrene. Barnet var hjemme.',
        ...by,
        createdAt: firstSave,
      },
      select: { id: true },
    });
    const statementIds: string[] = [];
    for (const [index, pair] of PAIRS.entries()) {
      const groundIds = [index === 0 ? school.id : police.id];
      const statement = await tx.concernStatement.create({
        data: {
          caseId: kase.id,
          number: index + 1,
          ...pair,
          ...by,
          updatedById: caseworker.id,
          updatedUnitId: unitId,
          createdAt: firstSave,
          updatedAt: secondSave,
          version: 2,
          grounds: { create: groundIds.map((groundId) => ({ groundId })) },
        },
        select: { id: true },
      });
      statementIds.push(statement.id);
      // Version 1 was the first draft; version 2 added the family's view or sharpened the goal.
      const snapshot = (draft: boolean) => ({
        ...pair,
        familyView: draft ? null : pair.familyView,
        goalDuration: draft ? 'I nogle måneder' : pair.goalDuration,
        groundIds,
        status: 'ACTIVE',
        statusReason: null,
      });
      await tx.concernStatementVersion.createMany({
        data: [
          { statementId: statement.id, number: 1, authorId: caseworker.id, unitId, createdAt: firstSave, snapshot: snapshot(true) },
          { statementId: statement.id, number: 2, authorId: caseworker.id, unitId, createdAt: secondSave, snapshot: snapshot(false) },
        ],
      });
    }
    await tx.safetyAssessment.create({
      data: {
        caseId: kase.id,
        assessedOn: dayOnly(secondSave),
        purpose: 'Faglig sparring',
        participants: 'Sofie Lund (rådgiver), Jens Kragh (leder)',
        harm: 'Barnet har set vold mellem forældrene i september.',
        complicatingFactors: 'Mor har været syg i perioder. Far har polititilhold.',
        strengths: 'Mor søger selv hjælp. Mormor Grethe er tæt på og vil gerne hjælpe.',
        existingSafety: 'Mormor henter i skole tirsdag og torsdag. Polititilholdet er overholdt siden september.',
        nextSteps: 'Netværksmøde med mor, mormor og moster inden for tre uger. Samtale med barnet om De Tre Huse.',
        ...by,
        updatedById: caseworker.id,
        createdAt: secondSave,
        updatedAt: secondSave,
        statements: { create: statementIds.map((statementId) => ({ statementId })) },
      },
    });
    await tx.scaleScore.createMany({ data: demoScores(kase.id, statementIds, by, [firstSave, secondSave]) });
  });
}

const QUESTION =
  'På en skala fra 0 til 10, hvor 10 betyder, at der er sikkerhed nok til at lukke sagen, og 0 betyder, at det er så slemt, at barnet ikke kan være sikkert hjemme – hvor vil du placere situationen nu?';

/** Scale scores at two dates, overall and for the first pair, from the child, mother, grandmother and caseworker. */
function demoScores(
  caseId: string,
  statementIds: string[],
  by: { createdById: string; createdUnitId: string },
  [first, second]: [Date, Date],
) {
  const rows: [Date, string | null, 'CHILD' | 'PARENT' | 'NETWORK' | 'PROFESSIONAL', string, number, string][] = [
    [first, null, 'CHILD', 'Barnet', 4, 'Jeg er bange, når far ringer.'],
    [first, null, 'PARENT', 'Mor', 6, 'Vi klarer os, men jeg er træt.'],
    [first, null, 'PROFESSIONAL', 'Sofie Lund', 3, 'Madpakker mangler stadig, og tilholdet er nyt.'],
    [second, null, 'CHILD', 'Barnet', 6, 'Mormor henter mig, og det er rart.'],
    [second, null, 'PARENT', 'Mor', 7, 'Mormor hjælper nu to dage om ugen.'],
    [second, null, 'NETWORK', 'Mormor Grethe', 6, 'Jeg kan se, at det går bedre.'],
    [second, null, 'PROFESSIONAL', 'Sofie Lund', 5, 'Skolen melder madpakke de fleste dage.'],
    [first, statementIds[0] ?? null, 'PROFESSIONAL', 'Sofie Lund', 3, 'Madpakke mangler flere gange om ugen.'],
    [second, statementIds[0] ?? null, 'PROFESSIONAL', 'Sofie Lund', 6, 'Madpakke mangler kun sjældent.'],
  ];
  return rows.map(([at, statementId, perspective, respondent, score, reason]) => ({
    caseId,
    statementId,
    scoredOn: dayOnly(at),
    perspective,
    respondent,
    score,
    question: QUESTION,
    reason,
    oneStepUp: score < 6 ? 'At der er madpakke hver dag i en hel måned.' : null,
    ...by,
    createdAt: at,
  }));
}
