import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { csrfHeaders } from './auth';
import { expect } from './fixtures';

/**
 * Shared steps for scaling (the safety scale): opening a case's scaling page, recording several
 * scores at once through "Registrér skalering", reading the charts and withdrawing a score.
 */

export type PerspectiveLabel = 'Barnet' | 'Forælder' | 'Netværk' | 'Fagperson';
/** The charts' headings, per perspective. */
export const CHART_HEADING: Record<PerspectiveLabel, string> = {
  Barnet: 'Barnet',
  Forælder: 'Forældre',
  Netværk: 'Netværket',
  Fagperson: 'Fagpersoner',
};

export interface ScoreRowInput {
  perspective: PerspectiveLabel;
  respondent: string;
  score: number;
  reason?: string;
  oneStepUp?: string;
}

/** `YYYY-MM-DD` in Copenhagen, `daysAgo` days before today. */
export function copenhagenDate(daysAgo = 0): string {
  const instant = new Date(Date.now() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** `YYYY-MM-DD` as the app shows it in Danish: `03.11.2026`. */
export const danishDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

export async function openScaling(page: Page, caseId: string): Promise<void> {
  await page.goto(`/sager/${caseId}/skalering`);
  await expect(page.getByRole('heading', { level: 1, name: 'Skalering' })).toBeVisible();
  await expect(page.getByLabel('Skala', { exact: true })).toBeVisible();
}

/**
 * Records the rows on one scale and date through "Registrér skalering" on the open scaling page,
 * and waits for the confirmation. `scale` is the option's label ("Samlet vurdering", "Bekymring 1").
 */
export async function recordScores(
  page: Page,
  options: { scale?: string; date: string; rows: readonly ScoreRowInput[]; /** the assessment's option label */ assessment?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Registrér skalering' }).click();
  const form = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Registrér skalering' }) });
  await expect(form.getByRole('heading', { level: 2, name: 'Registrér skalering' })).toBeFocused();
  if (options.scale) await form.getByLabel('Skala', { exact: true }).selectOption({ label: options.scale });
  await form.getByLabel('Dato', { exact: true }).fill(options.date);
  if (options.assessment) {
    await form.getByLabel('Givet ved en kortlægning (valgfrit)').selectOption({ label: options.assessment });
  }
  for (const [index, row] of options.rows.entries()) {
    if (index > 0) await form.getByRole('button', { name: 'Tilføj en score' }).click();
    const group = form.getByRole('group', { name: `Score ${index + 1}`, exact: true });
    await group.getByLabel('Perspektiv').selectOption({ label: row.perspective });
    await group.getByLabel('Hvem', { exact: true }).fill(row.respondent);
    await group.getByRole('radio', { name: String(row.score), exact: true }).check();
    if (row.reason) await group.getByLabel('Hvad gør, at du siger dette tal?').fill(row.reason);
    if (row.oneStepUp) await group.getByLabel('Hvad skulle der til for at komme et skridt op?').fill(row.oneStepUp);
  }
  await form.getByRole('button', { name: 'Gem scorerne' }).click();
  const count = options.rows.length;
  await expect(page.getByRole('status').filter({ hasText: `Der er registreret ${count} ${count === 1 ? 'score' : 'scorer'}.` })).toBeVisible();
}

/** The chart of one perspective on the open scaling page. */
export const chartOf = (page: Page, perspective: PerspectiveLabel): Locator =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 3, name: CHART_HEADING[perspective], exact: true }) })
    .locator('figure');

/** Withdraws the score a respondent gave on a date, with a reason, and waits for the confirmation. */
export async function withdrawScore(page: Page, respondent: string, date: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: `Træk tilbage scoren fra ${respondent} den ${danishDate(date)}`, exact: true }).click();
  const form = page.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: `Træk scoren fra ${respondent} tilbage` }) });
  await form.getByLabel('Hvorfor trækkes scoren tilbage?').fill(reason);
  await form.getByRole('button', { name: 'Træk scoren tilbage' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Scoren fra ${respondent} er trukket tilbage.` })).toBeVisible();
}

/** A concern statement/safety goal pair made through the API; returns its id and number. */
export async function createConcernPair(request: APIRequestContext, caseId: string): Promise<{ id: string; number: number }> {
  const response = await request.post(`/api/cases/${caseId}/concern-statements`, {
    headers: await csrfHeaders(request),
    data: {
      kind: 'DANGER',
      whoIsWorried: 'Skolen og sagsbehandleren',
      behaviour: 'Emma kommer ofte i skole uden morgenmad og madpakke.',
      impactOnChild: 'Emma er sulten og kan ikke koncentrere sig i timerne.',
      ifNothingChanges: 'Emma mister kontakten til klassen og fagligheden.',
      goalParentsWill: 'Mor sørger for morgenmad og madpakke hver skoledag.',
      goalChildWillExperience: 'Emma kommer mæt i skole og kan være med i timerne.',
      goalProfessionalsWillSee: 'Skolen ser Emma møde mæt og til tiden.',
      goalDuration: 'i 3 måneder',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; number: number };
}
