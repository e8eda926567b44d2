import { csrfHeaders } from '../support/auth';
import { recordDecision } from '../support/case-steps';
import {
  chooseOption,
  dayFromToday,
  deadlineRow,
  fillGoal,
  goalSection,
  holdMeetingWithAgreement,
  networkFieldset,
  networkPersonId,
  planForm,
} from '../support/action-plan-steps';
import { expect, FULL_CPR, pageText, test } from '../support/fixtures';
import {
  acceptAndAssign,
  logInAs,
  openIncomingReferral,
  referToFamilyCentre,
  registerCaseInAssessment,
  watchConsole,
} from '../support/network-map-steps';
import { setUpConsentedNetwork } from '../support/safety-plan-steps';

/**
 * Issue 8's journey. The caseworker Sofie Lund (raadgiver@) registers a case, draws a consented
 * network, records a decision and refers the case to FamilieCentret, where the leader assigns Ali
 * Demir (familiecenter@). A network meeting is held with an agreement for the mormor (through the
 * API). Ali drafts the child's plan with three goals – the third by keyboard only – and one network
 * task taken from the meeting agreement, and proposes it; he cannot approve. Sofie approves it, the
 * plan deadline is met, and she records a follow-up whose next date lands among the case's
 * deadlines. The printable plan shows no CPR and its PDF opens. Plan page, follow-up form and
 * print page are axe-clean.
 */

const LEADER_FC = 'leder.familiecenter@demo.inddrag.dk';
const WORKER_FC = { email: 'familiecenter@demo.inddrag.dk', name: 'Ali Demir' };

test('the FamilieCenter worker proposes the plan, Myndighed approves it, a follow-up sets the next date, the PDF opens', async ({
  page,
  browser,
  baseURL,
  request,
  expectNoA11yViolations,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36).slice(-5);
  const kase = await registerCaseInAssessment(page, 'Lea', 'Plan');
  const network = await setUpConsentedNetwork(request, kase.id, stamp);
  const grethe = network.allowed[0]!;
  const agreement = {
    what: `${grethe} henter Lea i skole tirsdag og torsdag`,
    who: grethe,
    networkPersonId: await networkPersonId(request, kase.id, grethe),
    dueOn: dayFromToday(60).iso,
  };
  await page.reload();
  await recordDecision(page, 'Familiebehandling i FamilieCentret');
  await referToFamilyCentre(page, 'Undersøgelsen viser, at Lea har brug for faste voksne efter skole.');
  await holdMeetingWithAgreement(request, kase.id, agreement);

  const leader = await logInAs(browser, baseURL!, LEADER_FC);
  await openIncomingReferral(leader, kase.caseNumber);
  await acceptAndAssign(leader, WORKER_FC.name);
  await leader.context().close();

  // --- Ali drafts and proposes the plan -------------------------------------------------------------
  const ali = await logInAs(browser, baseURL!, WORKER_FC.email);
  const aliConsole = watchConsole(ali);
  await ali.goto(`/sager/${kase.id}`);
  const section = ali.getByTestId('action-plan-section');
  await expect(section).toContainText('Sagen har endnu ingen plan.');
  await section.getByRole('link', { name: 'Opret barnets plan' }).click();
  await expect(ali.getByRole('heading', { level: 1 })).toHaveText('Opret barnets plan');

  const form = planForm(ali);
  await form.getByLabel('Afgørelsen planen bygger på').selectOption({ index: 1 });
  await expect(form.getByLabel('Formålet med indsatsen')).toHaveValue('At styrke forældrenes omsorg for barnet.');
  await expect(form.getByLabel('Forventet varighed')).toHaveValue('6 måneder');

  await fillGoal(goalSection(ali, 1), {
    area: 'Skole/dagtilbud',
    goal: 'Lea kommer i skole hver dag',
    childWords: 'Jeg vil gerne i skole, når Grethe henter',
    indicators: 'Fravær under 5 %',
  });
  const goal1 = goalSection(ali, 1);
  await goal1.getByRole('button', { name: 'Tilføj en opgave' }).click();
  const task = goal1.locator('.action-plan-task').first();
  await expect(task.getByLabel('Hvem', { exact: true }).locator('option', { hasText: network.blocked })).toBeDisabled();
  await chooseOption(task.getByLabel('Hvem', { exact: true }), WORKER_FC.name);
  await task.getByLabel('Hvad', { exact: true }).fill('Familiebehandling hver uge');

  await form.getByRole('button', { name: 'Tilføj et mål' }).click();
  await fillGoal(goalSection(ali, 2), {
    area: 'Familie',
    goal: 'Mor har overskud om aftenen',
    childWords: 'Mor skal ikke være så træt',
    indicators: 'Aftensmad sammen 5 dage om ugen',
  });

  // The third goal by keyboard only.
  await form.getByRole('button', { name: 'Tilføj et mål' }).focus();
  await ali.keyboard.press('Enter');
  const goal3 = goalSection(ali, 3);
  await expect(goal3).toBeVisible();
  await goal3.getByLabel('Område i barnets liv').focus();
  await ali.keyboard.press('Tab');
  await expect(goal3.getByLabel('Målet', { exact: true })).toBeFocused();
  await ali.keyboard.type('Lea går til fodbold');
  await ali.keyboard.press('Tab');
  await ali.keyboard.type('Jeg vil spille med Sara');
  await expect(goal3.getByLabel('Barnets egne ord')).toHaveValue('Jeg vil spille med Sara');

  // The network task, from the meeting's agreement: nothing retyped.
  const networkPart = networkFieldset(ali);
  await networkPart.getByLabel('Netværkets del af planen').fill(`${grethe} er Leas faste voksne efter skole.`);
  await chooseOption(networkPart.getByLabel('Tilføj fra mødeaftale'), agreement.what);
  await networkPart.getByRole('button', { name: 'Tilføj som opgave' }).click();
  const networkTask = networkPart.locator('.action-plan-task').first();
  await expect(networkTask.getByLabel('Hvad', { exact: true })).toHaveValue(agreement.what);
  await expect(networkTask).toContainText('Fra en aftale på et møde');

  await form.getByRole('button', { name: 'Opret planen' }).focus();
  await ali.keyboard.press('Enter');
  await expect(ali).toHaveURL(/\/sager\/[0-9a-f-]{36}\/plan\/[0-9a-f-]{36}$/);
  await expect(ali.getByRole('heading', { level: 1 })).toHaveText('Barnets plan for Lea');
  await expect(ali.getByTestId('plan-status')).toHaveText('Udkast');
  const planPath = new URL(ali.url()).pathname;
  await expect(goalSection(ali, 3).getByLabel('Målet', { exact: true })).toHaveValue('Lea går til fodbold');
  await expectNoA11yViolations({ page: ali, label: 'plan page (executor)' });

  await ali.getByRole('button', { name: 'Foreslå til godkendelse' }).click();
  await expect(ali.getByTestId('plan-status')).toHaveText('Foreslået');
  await expect(ali.getByRole('button', { name: 'Godkend planen' })).toHaveCount(0);
  aliConsole.check();
  await ali.context().close();

  // --- Sofie approves and follows up ----------------------------------------------------------------
  await page.goto(planPath);
  await expect(page.getByTestId('plan-status')).toHaveText('Foreslået');
  await page.getByLabel('Note til godkendelsen').fill('Godkendt på teammødet.');
  await page.getByRole('button', { name: 'Godkend planen' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('Godkendt');
  await expect(page.getByTestId('plan-versions')).toContainText('Godkendt');

  await page.getByRole('button', { name: 'Registrér en opfølgning' }).click();
  const followUp = page.getByTestId('follow-up-form');
  await expect(followUp.getByRole('heading', { name: 'Opfølgning på planen' })).toBeFocused();
  await expectNoA11yViolations({ label: 'follow-up form' });
  const next = dayFromToday(90);
  await followUp.getByLabel('Deltagere').fill('Mor, Lea, Ali Demir, Sofie Lund');
  await followUp.getByLabel('Barnets syn', { exact: true }).fill('Lea siger, at skolen er blevet lettere.');
  const firstGoal = followUp.getByRole('group', { name: /^Mål 1:/ });
  await firstGoal.getByLabel('Hvordan går det med målet?').selectOption({ label: 'Nået' });
  await firstGoal.getByLabel('Score (0–10)').fill('8');
  await followUp.getByLabel('Beslutning').selectOption({ label: 'Fortsæt' });
  await followUp.getByLabel('Næste opfølgning').fill(next.iso);
  await followUp.getByRole('button', { name: 'Gem opfølgningen' }).click();
  await expect(page.getByText('Opfølgningen er gemt. Næste opfølgning står nu på sagens frister.')).toBeVisible();
  await expect(page.getByTestId('follow-ups')).toContainText(`Næste opfølgning: ${next.shown}`);

  await page.goto(`/sager/${kase.id}`);
  await expect(page.getByTestId('action-plan-status')).toHaveText('Godkendt, version 1');
  await expect(page.getByTestId('action-plan-next-follow-up')).toHaveText(next.shown);
  await expect(deadlineRow(page, 'Opfølgning')).toContainText(next.shown);

  // --- The family's copy --------------------------------------------------------------------------
  await page.getByTestId('action-plan-section').getByRole('link', { name: 'Udskriv planen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barnets plan for Lea');
  await expect(page.getByRole('table', { name: 'Netværkets opgaver' })).toContainText(agreement.what);
  await expect(page.getByText('Jeg vil gerne i skole, når Grethe henter')).toBeVisible();
  expect(await pageText(page)).not.toMatch(FULL_CPR);
  await expectNoA11yViolations({ label: 'print page' });
  const pdfHref = await page.getByRole('link', { name: 'Hent som PDF' }).getAttribute('href');
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test.describe('saving over someone else’s version', () => {
  /** The refused save answers 409 by design: Chromium logs every failed request. */
  test.use({ allowedConsoleErrors: [/the server responded with a status of 409/] });

  test('says someone else saved, shows their version, keeps the input, and saves on top of it', async ({
    page,
    request,
    expectNoA11yViolations,
  }) => {
    const kase = await registerCaseInAssessment(page, 'Noah', 'Planversion');
    const headers = await csrfHeaders(request);
    const fields = {
      type: 'BARNETS_PLAN',
      legalBasis: 'Barnets lov § 91, stk. 1',
      purpose: 'At Noah trives',
      expectedDuration: '6 måneder',
      goals: [{ area: 'SCHOOL', goal: 'Noah kommer i skole' }],
    };
    const created = await request.post(`/api/cases/${kase.id}/action-plans`, { headers, data: fields });
    expect(created.status(), await created.text()).toBe(201);
    const plan = (await created.json()) as { id: string; version: number };
    await page.goto(`/sager/${kase.id}/plan/${plan.id}`);
    await expect(page.getByTestId('plan-status')).toHaveText('Udkast');

    // A colleague saves meanwhile.
    const theirs = await request.put(`/api/cases/${kase.id}/action-plans/${plan.id}`, {
      headers,
      data: {
        ...fields,
        goals: [
          { area: 'SCHOOL', goal: 'Noah kommer i skole' },
          { area: 'HEALTH', goal: 'Noah sover om natten' },
        ],
        version: plan.version,
        changeNote: 'Mål om søvn',
      },
    });
    expect(theirs.status(), await theirs.text()).toBe(200);

    await goalSection(page, 1).getByLabel('Barnets egne ord').fill('Jeg kan lide matematik');
    await planForm(page).getByRole('button', { name: 'Gem planen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'En anden har gemt planen imens' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Planen er nu version 2.');
    await alert.getByText('Version 2, gemt af Sofie Lund').click();
    await expect(alert).toContainText('Noah sover om natten');
    await expect(alert).toContainText('Mål om søvn');
    await expect(goalSection(page, 1).getByLabel('Barnets egne ord')).toHaveValue('Jeg kan lide matematik');
    await expectNoA11yViolations({ label: 'plan page with a conflict' });

    await planForm(page).getByRole('button', { name: 'Gem mine ændringer oven på version 2' }).click();
    await expect(page.getByText('Planen er gemt som version 3.')).toBeAttached();
    await expect(alert).toHaveCount(0);
    await expect(goalSection(page, 1).getByLabel('Barnets egne ord')).toHaveValue('Jeg kan lide matematik');
  });
});
