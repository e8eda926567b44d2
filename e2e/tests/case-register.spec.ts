import type { Locator, Page } from '@playwright/test';
import { expect, FULL_CPR, pageText, test } from '../support/fixtures';

/**
 * The case register as the caseworker Sofie Lund (raadgiver@): she registers a notification about
 * a new child, lands on the new case, takes it through screening into a child welfare assessment
 * (BL § 20), records a decision, flags a suspected honour-related conflict (which blocks contact
 * with the family and network until a risk assessment is recorded, BL § 18, stk. 3), and sees it
 * all on the case's timeline.
 */

const section = (page: Page, heading: string): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

function passesModulus11(digits: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11 === 0;
}

/**
 * A CPR number of a child born 2015–2019 that nobody in the demo seed has, and that fails the
 * modulus-11 check (allowed since 2007, but the form warns). The 7th digit 4 with year ≤ 36 is 20xx.
 */
function newChildCpr(): string {
  for (;;) {
    const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
    const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
    const year = String(15 + Math.floor(Math.random() * 5));
    const serial = `4${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
    const digits = `${day}${month}${year}${serial}`;
    if (!passesModulus11(digits)) return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  }
}

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
    const cpr = newChildCpr();

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
    await page.getByLabel('Hvad handler underretningen om').fill('Barnet kommer ofte sultent i skole og virker bange for at gå hjem.');
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
    await expect(page.getByRole('navigation', { name: 'På denne side' }).getByRole('link', { name: 'Tidslinje' })).toBeVisible();
    await expectNoA11yViolations({ label: 'new case' });

    // Underretning → Screening → Børnefaglig undersøgelse.
    const phase = section(page, 'Fase');
    for (const [to, label] of [
      ['Screening', 'Screening'],
      ['Børnefaglig undersøgelse', 'Børnefaglig undersøgelse'],
    ] as const) {
      await phase.getByRole('button', { name: 'Skift fase' }).click();
      const dialog = page.getByRole('dialog', { name: 'Skift fase' });
      await expect(dialog).toBeVisible();
      if (to === 'Screening') await expectNoA11yViolations({ label: 'change phase dialog' });
      await dialog.getByRole('radio', { name: label, exact: true }).check();
      await dialog.getByRole('button', { name: 'Skift fase' }).click();
      await expect(dialog).toBeHidden();
      await expect(phase.getByRole('status').filter({ hasText: `Sagen er flyttet til ${label}.` })).toBeVisible();
      await expect(overview.getByTestId('case-phase')).toContainText(label);
    }
    await expect(phase.getByTestId('phase-history')).toContainText('Screening → Børnefaglig undersøgelse');

    // The § 20 deadline of the assessment shows on the overview.
    const assessment = overview.getByTestId('case-deadlines').getByRole('row').filter({ hasText: 'Børnefaglig undersøgelse' });
    await expect(assessment).toContainText('§ 20');
    await expect(assessment).toContainText(/Kommende|Forfalder snart|Overskredet/);

    // A decision.
    const decisions = section(page, 'Afgørelser');
    await decisions.getByRole('button', { name: 'Registrér afgørelse' }).click();
    await decisions.getByLabel('Hjemmel').fill('Barnets lov § 32, stk. 1, nr. 3');
    await decisions.getByLabel('Indsats', { exact: true }).fill('Familiebehandling');
    await decisions.getByLabel('Formål med indsatsen').fill('At styrke forældrenes omsorg for barnet.');
    await decisions.getByLabel('Forventet varighed').fill('6 måneder');
    await decisions.getByRole('button', { name: 'Registrér afgørelse' }).last().click();
    await expect(decisions.getByRole('status')).toHaveText('Afgørelsen er registreret.');
    await expect(decisions.getByRole('listitem').filter({ hasText: 'Familiebehandling' })).toContainText('Med samtykke');

    // Suspected honour-related conflict: contact with the network is blocked until the risk assessment.
    await overview.getByRole('button', { name: 'Markér mistanke om æresrelateret konflikt' }).click();
    const block = page.getByTestId('honour-block');
    await expect(block).toContainText('Familie og netværk må ikke kontaktes endnu');
    await expect(block).toContainText('§ 18, stk. 3');
    await expect(overview.getByTestId('case-next-steps')).toContainText('Lav risikovurdering før familie og netværk inddrages');
    const honour = section(page, 'Æreskonflikt');
    await expectNoA11yViolations({ label: 'case with honour block' });
    await honour.getByLabel('Konklusion').fill('Ingen konkret risiko ved at inddrage moderen; faderen inddrages ikke indtil videre.');
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
    await page.getByLabel('Fornavn').fill(firstName);
    await page.getByLabel('Efternavn').fill(lastName);
    await page.getByLabel('CPR-nummer').fill(cpr);
    await page.getByLabel('Hvem underretter').selectOption({ label: 'Politi' });
    await page.getByLabel('Hvad handler underretningen om').fill('Ny henvendelse om samme barn.');
    await page.getByRole('button', { name: 'Registrér og opret sag' }).click();
    const exists = page.getByTestId('case-exists');
    await expect(exists).toContainText('Barnet har allerede en åben sag');
    await expect(exists).toContainText(caseNumber);
    await exists.getByRole('link', { name: `Find sag ${caseNumber}` }).click();
    await expect(page).toHaveURL(new RegExp(`/sager\\?q=${caseNumber}`));
    await expect(page.getByRole('table').getByRole('row').filter({ hasText: caseNumber })).toHaveCount(1);
  });
});
