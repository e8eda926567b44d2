import { caseSection } from '../support/case-steps';
import { expect, test } from '../support/fixtures';
import { registerCaseInAssessment } from '../support/network-map-steps';

test.describe('considering the network before a placement', () => {
  test('a placement decision asks for the network-inclusive method, and why none was used', async ({ page, expectNoA11yViolations }) => {
    await registerCaseInAssessment(page, 'Alma', 'Anbringsen');
    const decisions = caseSection(page, 'Afgørelser');
    await decisions.getByRole('button', { name: 'Registrér afgørelse' }).click();
    await decisions.getByLabel('Hjemmel').fill('Barnets lov § 46');
    await decisions.getByLabel('Indsats', { exact: true }).fill('Anbringelse i familiepleje');
    await decisions.getByLabel('Formål med indsatsen').fill('At give Alma en stabil og tryg hverdag.');
    await decisions.getByLabel('Forventet varighed').fill('1 år');
    await decisions.getByLabel('Afgørelsen er en anbringelse uden for hjemmet').check();

    const questions = page.getByTestId('placement-questions');
    await expect(questions.getByRole('group', { name: 'Er familierådslagning eller en anden netværksinddragende metode overvejet?' })).toBeVisible();
    await decisions.getByRole('button', { name: 'Registrér afgørelse' }).last().click();
    await expect(page.getByRole('alert').filter({ hasText: 'Svar på, om en netværksinddragende metode er overvejet' }).first()).toBeVisible();

    await questions.getByRole('group', { name: /overvejet\?$/ }).getByLabel('Ja').check();
    await questions.getByRole('group', { name: 'Hvilken metode er brugt?' }).getByLabel('Ingen').check();
    await decisions.getByRole('button', { name: 'Registrér afgørelse' }).last().click();
    await expect(questions.getByText('Skriv hvorfor en netværksinddragende metode ikke er brugt')).toBeVisible();
    await questions.getByLabel('Hvorfor er en netværksinddragende metode ikke brugt?').fill('Akut anbringelse efter vold i hjemmet; en familierådslagning planlægges før hjemgivelse.');
    await questions.getByLabel('Barnet anbringes i netværket (netværksplejefamilie)').check();
    await expectNoA11yViolations({ label: 'placement questions' });
    await decisions.getByRole('button', { name: 'Registrér afgørelse' }).last().click();
    await expect(decisions.getByRole('status')).toHaveText('Afgørelsen er registreret.');

    const item = decisions.locator('.decision-item').filter({ hasText: 'Anbringelse i familiepleje' });
    await expect(item).toContainText('Netværksinddragende metode');
    await expect(item).toContainText('Ingen – Akut anbringelse efter vold i hjemmet');
    await expect(item).toContainText('Anbragt i netværket');
  });
});
