import { recordDecision } from '../support/case-steps';
import { expect, test } from '../support/fixtures';
import { addConcernGround, createAssessment, openConcerns, writeConcernPair } from '../support/concern-steps';
import {
  acceptAndAssign,
  logInAs,
  openCaseFromList,
  openIncomingReferral,
  referToFamilyCentre,
  registerCaseInAssessment,
  watchConsole,
} from '../support/network-map-steps';
import {
  activateSafetyPlan,
  buildSafetyPlan,
  openPrintablePlan,
  ruleFieldsets,
  setUpConsentedNetwork,
  startSafetyPlan,
} from '../support/safety-plan-steps';
import { chartOf, copenhagenDate, danishDate, openScaling, recordScores } from '../support/scaling-steps';

/**
 * Issue 6's journey across two units. The Myndighed caseworker Sofie Lund (raadgiver@, the suite's
 * persona) registers a case, adds a ground for concern, writes two concern statement/safety goal
 * pairs and scores them a week ago, and refers the case to FamilieCentret; the pairs travel with the
 * referral. The leader there accepts and assigns Ali Demir, who holds a network meeting: he records
 * it as an assessment, records every participant's score from it on the first pair's scale, and the
 * charts show both dates. He builds a safety plan with three rules and two network people, puts it in
 * force and prints it on A4. Myndighed sees the plan on her case page. The pages are axe-clean.
 */

const LEADER_FC = 'leder.familiecenter@demo.inddrag.dk';
const WORKER_FC = { email: 'familiecenter@demo.inddrag.dk', name: 'Ali Demir' };
/** A4 portrait at 96 dpi: 210 mm. */
const A4_WIDTH_PX = Math.floor((210 / 25.4) * 96);

const PAIRS = [
  {
    whoIsWorried: 'Skolen og socialrådgiveren',
    behaviour: 'Emma er kommet i skole uden madpakke otte gange i november og har sagt, at der ikke var aftensmad.',
    impactOnChild: 'Emma er sulten i skolen og kan ikke følge med.',
    ifNothingChanges: 'Vi er bekymrede for, at Emma mister lysten til skolen.',
    familyView: 'Mor siger, at det kun var, mens hun var syg.',
    goalParentsWill: 'Mor sørger for morgenmad og madpakke hver skoledag; mormor hjælper, når mor er syg.',
    goalChildWillExperience: 'Emma er mæt og ved, hvem der hjælper, når mor er syg.',
    goalProfessionalsWillSee: 'Læreren ser Emma spise sin madpakke hver dag.',
    goalDuration: 'I 3 måneder',
  },
  {
    kind: 'Skadesudsagn' as const,
    whoIsWorried: 'Socialrådgiveren og politiet',
    behaviour: 'Far slog mor i ansigtet, mens Emma så på, den 3. september.',
    impactOnChild: 'Emma er bange og sover dårligt.',
    ifNothingChanges: 'Vi er bekymrede for, at Emma igen ser vold.',
    goalParentsWill: 'Mor holder fast i tilholdet og ringer til mormor eller politiet, hvis far kommer.',
    goalChildWillExperience: 'Emma føler sig tryg hjemme og ved, hvem hun kan ringe til.',
    goalProfessionalsWillSee: 'Ingen politisager, og Emma fortæller, at hun er tryg.',
    goalDuration: 'I 6 måneder',
  },
];

test.describe('the Signs of Safety journey (issue 6)', () => {
  test.use({ viewport: { width: 1280, height: 1000 } });

  test('two pairs scored by Myndighed; after referral FamilieCentret scores from a meeting and builds a safety plan of three rules and two network people; both dates on the chart; printed on A4', async ({
    page,
    browser,
    request,
    baseURL,
    expectNoA11yViolations,
  }) => {
    test.setTimeout(360_000);
    const stamp = Date.now().toString(36);
    const weekAgo = copenhagenDate(7);
    const today = copenhagenDate();

    // --- Myndighed: the case, the network, the grounds and two pairs, scored -----------------------
    const kase = await registerCaseInAssessment(page, 'Emma', 'Tryghed');
    const network = await setUpConsentedNetwork(request, kase.id, stamp);
    const [grethe, jens] = network.allowed as [string, string];

    await openConcerns(page, kase.id);
    await addConcernGround(page, {
      kind: 'Underretning',
      source: 'Skolens underretning',
      description: 'Klasselæreren skriver, at Emma ofte mangler madpakke.',
      occurredOn: copenhagenDate(20),
    });
    const first = await writeConcernPair(page, PAIRS[0]!);
    const second = await writeConcernPair(page, PAIRS[1]!);
    expect([first, second]).toEqual([1, 2]);
    await expectNoA11yViolations({ label: 'concerns page with two pairs' });

    await openScaling(page, kase.id);
    await recordScores(page, {
      scale: 'Bekymring 1',
      date: weekAgo,
      rows: [
        { perspective: 'Fagperson', respondent: 'Sofie Lund', score: 3, reason: 'Madpakken mangler flere gange om ugen.' },
        { perspective: 'Forælder', respondent: 'Mor', score: 4, reason: 'Jeg har været syg.' },
      ],
    });
    await recordScores(page, {
      scale: 'Bekymring 2',
      date: weekAgo,
      rows: [{ perspective: 'Fagperson', respondent: 'Sofie Lund', score: 4, reason: 'Tilholdet er overholdt indtil nu.' }],
    });

    await page.goto(`/sager/${kase.id}`);
    await recordDecision(page);
    await referToFamilyCentre(page, 'Undersøgelsen viser behov for en sikkerhedsplan med netværket.');

    // --- FamilieCentret: the pairs arrive with the referral; the leader assigns Ali Demir ---------
    const leader = await logInAs(browser, baseURL!, LEADER_FC);
    const leaderConsole = watchConsole(leader);
    await openIncomingReferral(leader, kase.caseNumber);
    const pairsSent = leader.locator('.referral-concerns');
    await expect(pairsSent.getByRole('listitem')).toHaveCount(2);
    await expect(pairsSent).toContainText('Bekymring 1 (bekymringsudsagn, version 1)');
    await expect(pairsSent).toContainText('Bekymring 2 (skadesudsagn, version 1)');
    await acceptAndAssign(leader, WORKER_FC.name);
    leaderConsole.check();
    await leader.context().close();

    const ali = await logInAs(browser, baseURL!, WORKER_FC.email);
    const aliConsole = watchConsole(ali);
    await openCaseFromList(ali, kase);
    await expect(ali.getByTestId('concerns-section').getByText('Bekymring 1')).toBeVisible();
    await expect(ali.getByTestId('concerns-section').getByText('Bekymring 2')).toBeVisible();

    // The network meeting, recorded as an assessment, and every participant's score from it.
    await createAssessment(ali, kase.id, {
      purpose: 'Netværksmøde',
      participants: `Mor, Emma, ${grethe}, ${jens}, Ali Demir`,
      strengths: 'Mormor henter tirsdag og torsdag.',
      nextSteps: 'En sikkerhedsplan med mormor og naboen.',
    });
    await openScaling(ali, kase.id);
    await recordScores(ali, {
      scale: 'Bekymring 1',
      date: today,
      assessment: `${danishDate(today)}: Netværksmøde`,
      rows: [
        { perspective: 'Barnet', respondent: 'Emma', score: 5, reason: 'Mormor giver mig madpakke med.' },
        { perspective: 'Forælder', respondent: 'Mor', score: 6, reason: 'Mormor hjælper nu.' },
        { perspective: 'Netværk', respondent: grethe, score: 6 },
        { perspective: 'Fagperson', respondent: WORKER_FC.name, score: 5, oneStepUp: 'Madpakke hver dag i en måned.' },
      ],
    });

    // The pair's charts: Mor's line and the professionals' chart hold both dates.
    await ali.getByLabel('Skala', { exact: true }).selectOption({ label: 'Bekymring 1' });
    const mothersPoints = chartOf(ali, 'Forælder').locator('g.scale-chart-series[data-respondent="Mor"] path.scale-chart-point');
    await expect(mothersPoints).toHaveCount(2);
    expect(await mothersPoints.evaluateAll((points) => points.map((p) => [p.getAttribute('data-date'), p.getAttribute('data-score')]))).toEqual([
      [weekAgo, '4'],
      [today, '6'],
    ]);
    const professionals = chartOf(ali, 'Fagperson');
    for (const date of [weekAgo, today]) {
      await expect(professionals.locator('text.scale-chart-date').filter({ hasText: danishDate(date) })).toHaveCount(1);
    }
    await expect(ali.getByRole('list', { name: /Seneste score/ }).getByRole('listitem').filter({ hasText: 'Mor' })).toContainText(
      'steget fra 4 til 6',
    );
    await expectNoA11yViolations({ label: 'scaling page after the meeting', page: ali });

    // --- The safety plan: three rules, two network people, in force, printed on A4 -------------
    await startSafetyPlan(ali, kase.id);
    await buildSafetyPlan(ali, {
      pairNumber: 1,
      rules: [
        { text: 'Emma har madpakke med hver skoledag', responsible: [grethe], monitoredBy: 'Læreren', warningSigns: 'Emma er sulten i frikvarteret', ifBroken: 'Læreren ringer til mormor' },
        { text: 'Mormor henter Emma tirsdag og torsdag', responsible: [grethe], monitoredBy: 'Mor', ifBroken: 'Mor ringer til naboen' },
        { text: 'Naboen kigger ind, når mor er syg', responsible: [jens], monitoredBy: 'Mormor', ifBroken: 'Mormor ringer til rådgiveren' },
      ],
      network: [grethe, jens],
      startsOn: today,
      reviewOn: copenhagenDate(-14),
    });
    await expect(ruleFieldsets(ali)).toHaveCount(3);
    await activateSafetyPlan(ali);
    await expectNoA11yViolations({ label: 'safety plan in force', page: ali });

    await openPrintablePlan(ali);
    await expect(ali.getByTestId('print-rule')).toHaveCount(3);
    await expect(ali.getByRole('region', { name: 'Sikkerhedsnetværket' }).getByRole('listitem')).toHaveCount(2);
    await expectNoA11yViolations({ label: 'safety plan print view', page: ali });
    await ali.setViewportSize({ width: A4_WIDTH_PX, height: 1123 });
    await ali.emulateMedia({ media: 'print' });
    const width = await ali.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(A4_WIDTH_PX);
    await ali.emulateMedia({ media: 'screen' });
    aliConsole.check();

    // --- Myndighed sees the executor's work on her case page ---------------------------------
    await page.goto(`/sager/${kase.id}`);
    const plan = page.getByTestId('safety-plan-section');
    await expect(plan.getByText('I kraft')).toBeVisible();
    await expect(plan.getByText('3 regler, 2 i sikkerhedsnetværket')).toBeVisible();
    await expect(page.getByTestId('scaling').getByRole('listitem').filter({ hasText: 'Mor' })).toContainText('steget fra 4 til 6');
    await expect(page.getByText('Sikkerhedsplan sat i kraft fra')).toBeVisible();
  });
});
