import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A case page section, found by its h2. */
export const caseSection = (page: Page, heading: string): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

export function passesModulus11(digits: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11 === 0;
}

/**
 * A CPR number of a child born 2015–2019 (7th digit 4 with year ≤ 36 is 20xx) that nobody in the
 * demo seed has; `modulus11: false` makes one that fails the check (allowed since 2007, the form warns).
 */
export function newChildCpr({ modulus11 }: { modulus11: boolean }): string {
  for (;;) {
    const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
    const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
    const year = String(15 + Math.floor(Math.random() * 5));
    const serial = `4${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
    const digits = `${day}${month}${year}${serial}`;
    if (passesModulus11(digits) === modulus11) return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  }
}

export interface NewChild {
  firstName: string;
  lastName: string;
  cpr: string;
}

/** Fills the "Registrér underretning" form (the page must be open). */
export async function fillNotificationForm(
  page: Page,
  child: NewChild,
  about: string,
  source = 'Skole',
): Promise<void> {
  await page.getByLabel('Fornavn').fill(child.firstName);
  await page.getByLabel('Efternavn').fill(child.lastName);
  await page.getByLabel('CPR-nummer').fill(child.cpr);
  await page.getByLabel('Hvem underretter').selectOption({ label: source });
  await page.getByLabel('Hvad handler underretningen om').fill(about);
}

export const submitNotification = (page: Page) => page.getByRole('button', { name: 'Registrér og opret sag' }).click();

/** Moves the open case page's case to the phase through the "Skift fase" dialog. */
export async function changePhase(page: Page, label: string): Promise<void> {
  const phase = caseSection(page, 'Fase');
  await phase.getByRole('button', { name: 'Skift fase' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skift fase' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: label, exact: true }).check();
  await dialog.getByRole('button', { name: 'Skift fase' }).click();
  await expect(dialog).toBeHidden();
  await expect(phase.getByRole('status').filter({ hasText: `Sagen er flyttet til ${label}.` })).toBeVisible();
}

/** Records a BL § 32 decision on the open case page. */
export async function recordDecision(page: Page, measure = 'Familiebehandling'): Promise<void> {
  const decisions = caseSection(page, 'Afgørelser');
  await decisions.getByRole('button', { name: 'Registrér afgørelse' }).click();
  await decisions.getByLabel('Hjemmel').fill('Barnets lov § 32, stk. 1, nr. 3');
  await decisions.getByLabel('Indsats', { exact: true }).fill(measure);
  await decisions.getByLabel('Formål med indsatsen').fill('At styrke forældrenes omsorg for barnet.');
  await decisions.getByLabel('Forventet varighed').fill('6 måneder');
  await decisions.getByRole('button', { name: 'Registrér afgørelse' }).last().click();
  await expect(decisions.getByRole('status')).toHaveText('Afgørelsen er registreret.');
}
