import {
  caseSection,
  changePhase,
  fillNotificationForm,
  newChildCpr,
  recordDecision,
  submitNotification,
} from '../support/case-steps';
import { expect, FULL_CPR, pageText, test } from '../support/fixtures';

/**
 * The case register as the caseworker Sofie Lund (raadgiver@): she registers a notification about
 * a new child, lands on the new case, takes it through screening into a child welfare assessment
 * (BL § 20), records a decision, flags a suspected honour-related conflict (which blocks contact
 * with the family and network until a risk assessment is recorded, BL § 18, stk. 3), and sees it
 * all on the case's timeline.
 */

const section = caseSection;

test.describe('registering a notification and working the case', () => {
  // Registering the same child twice is answered 409 (the browser logs the failed request).
  test.use({ allowedConsoleErrors: [/status of 409/] });

  test('a new case from notification to assessment, decision, honour block and timeline', async ({
    page,
    expectNoA11yViolations,
  }) => {
    test.slow(); // a long journey with several axe scans
    const firstName = 'Alma';
    const lastName = `Registreret${Date.now().toString(36)}`;
    const cpr = newChildCpr({ modulus11: false });

    // The main menu leads to the registration.
    await page.goto('/sager');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Registrér underretning', exact: true })
      .click();
    await expect(page).toHaveURL(/\/sager\/ny$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Registrér underretning');
    await expectNoA11yViolations({ label: 'register notification' });

    // A malformed CPR number: the form says so in Danish, at the field and in the summary.
    await page.getByLabel('Fornavn').fill(firstName);
    await page.getByLabel('Efternavn').fill(lastName);
    const cprField = page.getByLabel('CPR-nummer');
    await cprField.fill('12345');
    await page.getByLabel('Hvem underretter').selectOption({ label: 'Skole' });
    await page
      .getByLabel('Hvad handler underretningen om')
      .fill('Barnet kommer ofte sultent i skole og virker bange for at gå hjem.');
    await page.getByRole('button', { name: 'Registrér og opret sag' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'CPR-nummeret skal have formen DDMMÅÅ-XXXX' })).toBeVisible();
    await expect(cprField).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/sager\/ny$/);
    await expectNoA11yViolations({ label: 'register notification, errors' });

    // A real CPR number that fails modulus 11: a warning, not a stop.
    await cprField.fill(cpr);
    await expect(page.getByTestId('cpr-modulus11-warning')).toContainText('består ikke modulus 11-kontrollen');
    await page.getByRole('button', { name: 'Registrér og opret sag' }).click();

    // The new case page.
    await expect(page).toHaveURL(/\/sager\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${firstName} ${lastName}`);
    await expect(page.getByTestId('case-created-warnings')).toContainText('modulus 11');
    const overview = section(page, 'Overblik');
    await expect(overview.getByTestId('case-phase')).toContainText('Underretning');
    await expect(overview).toContainText(`${cpr.slice(0, 6)}-XXXX`);
    await expect(overview.getByTestId('case-next-steps')).toContainText('Screen underretningen (inden for 24 timer)');
    expect(await pageText(page)).not.toMatch(FULL_CPR);
    await expect(section(page, 'Underretninger')).toContainText('Skole');
    await expect(
      page.getByRole('navigation', { name: 'På denne side' }).getByRole('link', { name: 'Tidslinje' }),
    ).toBeVisible();
    await expectNoA11yViolations({ label: 'new case' });

    // Underretning → Screening → Børnefaglig undersøgelse.
    const phase = section(page, 'Fase');
    for (const label of ['Screening', 'Børnefaglig undersøgelse']) {
      if (label === 'Screening') {
        await phase.getByRole('button', { name: 'Skift fase' }).click();
        await expectNoA11yViolations({ label: 'change phase dialog' });
        await page.keyboard.press('Escape');
      }
      await changePhase(page, label);
      await expect(overview.getByTestId('case-phase')).toContainText(label);
    }
    await expect(phase.getByTestId('phase-history')).toContainText('Screening → Børnefaglig undersøgelse');

    // The § 20 deadline of the assessment shows on the overview.
    const assessment = overview
      .getByTestId('case-deadlines')
      .getByRole('row')
      .filter({ hasText: 'Børnefaglig undersøgelse' });
    await expect(assessment).toContainText('§ 20');
    await expect(assessment).toContainText(/Kommende|Forfalder snart|Overskredet/);

    // A decision.
    await recordDecision(page);
    const decisions = section(page, 'Afgørelser');
    await expect(decisions.getByRole('listitem').filter({ hasText: 'Familiebehandling' })).toContainText(
      'Med samtykke',
    );

    // Suspected honour-related conflict: contact with the network is blocked until the risk assessment.
    await overview.getByRole('button', { name: 'Markér mistanke om æresrelateret konflikt' }).click();
    const block = page.getByTestId('honour-block');
    await expect(block).toContainText('Familie og netværk må ikke kontaktes endnu');
    await expect(block).toContainText('§ 18, stk. 3');
    await expect(overview.getByTestId('case-next-steps')).toContainText(
      'Lav risikovurdering før familie og netværk inddrages',
    );
    const honour = section(page, 'Æreskonflikt');
    await expectNoA11yViolations({ label: 'case with honour block' });
    await honour
      .getByLabel('Konklusion')
      .fill('Ingen konkret risiko ved at inddrage moderen; faderen inddrages ikke indtil videre.');
    await honour.getByRole('button', { name: 'Registrér risikovurdering' }).click();
    await expect(honour.getByTestId('honour-assessment')).toContainText('Ingen konkret risiko');
    await expect(honour.getByTestId('honour-assessment')).toContainText('Sofie Lund');
    await expect(block).toHaveCount(0);

    // The timeline tells the story, newest first.
    const timeline = section(page, 'Tidslinje');
    for (const entry of [
      'Sagen blev oprettet',
      'Underretning fra Skole registreret',
      'Fase ændret fra Underretning til Screening',
      'Fase ændret fra Screening til Børnefaglig undersøgelse',
      'Afgørelse registreret: Familiebehandling',
      'Markeret med mistanke om æresrelateret konflikt',
      'Risikovurdering registreret',
    ]) {
      await expect(timeline.getByRole('listitem').filter({ hasText: entry })).toHaveCount(1);
    }
    await expect(timeline.getByRole('listitem').first()).toContainText('Risikovurdering registreret');
    await expect(timeline.getByRole('listitem').first()).toContainText('Sofie Lund, Myndighedscentret');
    expect(await pageText(page)).not.toMatch(FULL_CPR);
    await expectNoA11yViolations({ label: 'case after the journey' });
    const caseNumber = (await page.getByText(/^Sag \d{4}-\d{4}$/).innerText()).replace('Sag ', '');

    // The same child again: the open case is named, with a way to it.
    await page.goto('/sager/ny');
    await fillNotificationForm(page, { firstName, lastName, cpr }, 'Ny henvendelse om samme barn.', 'Politi');
    await submitNotification(page);
    const exists = page.getByTestId('case-exists');
    await expect(exists).toContainText('Barnet har allerede en åben sag');
    await expect(exists).toContainText(caseNumber);
    await exists.getByRole('link', { name: `Find sag ${caseNumber}` }).click();
    await expect(page).toHaveURL(new RegExp(`/sager\\?q=${caseNumber}`));
    await expect(page.getByRole('table').getByRole('row').filter({ hasText: caseNumber })).toHaveCount(1);
  });
});
