import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Shared steps for the Signs of Safety pages: grounds for concern, concern statement/safety goal
 * pairs and assessments (kortlægninger), as the user meets them in the forms.
 */

export interface ConcernPairText {
  kind?: 'Bekymringsudsagn' | 'Skadesudsagn';
  whoIsWorried: string;
  behaviour: string;
  impactOnChild: string;
  ifNothingChanges: string;
  familyView?: string;
  goalParentsWill: string;
  goalChildWillExperience: string;
  goalProfessionalsWillSee: string;
  goalDuration: string;
  /** Sources of grounds for concern to tick (as listed in the form: "dd.mm.yyyy – source"). */
  grounds?: string[];
}

const PAIR_LABELS: Record<Exclude<keyof ConcernPairText, 'kind' | 'grounds'>, string> = {
  whoIsWorried: 'Hvem er bekymret?',
  behaviour: 'Hvad er vi bekymrede for – konkret adfærd?',
  impactOnChild: 'Hvad betyder det for barnet?',
  ifNothingChanges: 'Hvad kan der ske, hvis intet ændrer sig?',
  familyView: 'Familiens syn',
  goalParentsWill: 'Hvad vil forældrene gøre anderledes?',
  goalChildWillExperience: 'Hvad vil barnet opleve?',
  goalProfessionalsWillSee: 'Hvad vil de professionelle se?',
  goalDuration: 'Hvor længe skal det ses?',
};

export const concernsUrl = (caseId: string) => `/sager/${caseId}/bekymringer`;
export const assessmentsUrl = (caseId: string) => `/sager/${caseId}/kortlaegninger`;

/** Opens "Bekymringer og sikkerhedsmål" of the case and waits for it to load. */
export async function openConcerns(page: Page, caseId: string): Promise<void> {
  await page.goto(concernsUrl(caseId));
  await expect(page.getByRole('heading', { level: 1, name: 'Bekymringer og sikkerhedsmål' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Bekymringsgrundlag' })).toBeVisible();
}

/** Adds a ground for concern through the form on the concerns page. */
export async function addConcernGround(
  page: Page,
  ground: { kind: 'Underretning' | 'Observation' | 'Udsagn' | 'Andet'; source: string; description: string; occurredOn?: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj bekymringsgrundlag' }).click();
  const form = page.locator('section.concern-form').filter({ has: page.getByRole('heading', { name: 'Nyt bekymringsgrundlag' }) });
  await form.getByLabel('Type', { exact: true }).selectOption({ label: ground.kind });
  if (ground.occurredOn) await form.getByLabel('Dato', { exact: true }).fill(ground.occurredOn);
  await form.getByLabel('Kilde', { exact: true }).fill(ground.source);
  await form.getByLabel('Beskrivelse', { exact: true }).fill(ground.description);
  await form.getByRole('button', { name: 'Gem bekymringsgrundlag' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bekymringsgrundlaget er gemt.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Bekymringsgrundlag efter dato' }).getByText(ground.source)).toBeVisible();
}

/** Fills the pair form's fields that `pair` names. */
async function fillPair(form: Locator, pair: Partial<ConcernPairText>): Promise<void> {
  if (pair.kind) await form.getByLabel('Slags udsagn').selectOption({ label: pair.kind });
  for (const [field, label] of Object.entries(PAIR_LABELS) as [keyof typeof PAIR_LABELS, string][]) {
    const value = pair[field];
    if (value !== undefined) await form.getByLabel(label, { exact: true }).fill(value);
  }
  for (const ground of pair.grounds ?? []) await form.getByRole('checkbox', { name: ground }).check();
}

/** Writes a new statement/goal pair through the form and returns its number ("Bekymring n"). */
export async function writeConcernPair(page: Page, pair: ConcernPairText): Promise<number> {
  const pairs = page.locator('article.concern-pair');
  const before = await pairs.count();
  await page.getByRole('button', { name: 'Skriv ny bekymring' }).click();
  const form = page.locator('section.concern-pair-form');
  await expect(form.getByRole('heading', { name: 'Ny bekymring' })).toBeFocused();
  await fillPair(form, pair);
  await form.getByRole('button', { name: 'Gem bekymring' }).click();
  await expect(form).toBeHidden();
  // Pairs are listed by number: the new one is the last.
  await expect(pairs).toHaveCount(before + 1);
  const heading = await pairs.last().getByRole('heading', { level: 3 }).innerText();
  const number = Number(/Bekymring (\d+)/.exec(heading)![1]);
  await expect(page.getByRole('status').filter({ hasText: `Bekymring ${number} er gemt (version 1).` })).toBeVisible();
  return number;
}

/** The pair "Bekymring n" on the concerns page. */
export const concernPair = (page: Page, number: number): Locator =>
  page.getByRole('article', { name: `Bekymring ${number}`, exact: true });

/** The version pair `number` shows ("Version 3 · gemt …"). */
export async function shownVersion(page: Page, number: number): Promise<number> {
  const meta = await concernPair(page, number).locator('.concern-meta').innerText();
  return Number(/Version (\d+)/.exec(meta)![1]);
}

/** Edits pair `number` and saves it as a new version; returns that version's number. */
export async function editConcernPair(page: Page, number: number, changes: Partial<ConcernPairText>): Promise<number> {
  const pair = concernPair(page, number);
  const next = (await shownVersion(page, number)) + 1;
  await pair.getByRole('button', { name: 'Ret', exact: true }).click();
  await expect(pair.getByRole('heading', { name: `Ret bekymring ${number}` })).toBeFocused();
  await fillPair(pair, changes);
  await pair.getByRole('button', { name: 'Gem ny version' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Bekymring ${number} er gemt (version ${next}).` })).toBeVisible();
  await expect(pair.locator('.concern-meta')).toContainText(`Version ${next} `);
  return next;
}

/** Creates an assessment from the list page ("Ny kortlægning") and lands on its three columns. */
export async function createAssessment(
  page: Page,
  caseId: string,
  fields: { purpose: string; participants?: string; harm?: string; complicatingFactors?: string; strengths?: string; existingSafety?: string; nextSteps?: string },
): Promise<string> {
  await page.goto(assessmentsUrl(caseId));
  await expect(page.getByRole('heading', { level: 1, name: 'Kortlægninger' })).toBeVisible();
  await page.getByRole('button', { name: 'Ny kortlægning' }).click();
  const form = page.locator('section.concern-form');
  await form.getByLabel('Formål', { exact: true }).fill(fields.purpose);
  const labels = {
    participants: 'Deltagere',
    harm: 'Skade',
    complicatingFactors: 'Komplicerende faktorer',
    strengths: 'Styrker',
    existingSafety: 'Eksisterende sikkerhed',
    nextSteps: 'Næste skridt',
  } as const;
  for (const [field, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
    const value = fields[field];
    if (value !== undefined) await form.getByLabel(label, { exact: true }).fill(value);
  }
  await form.getByRole('button', { name: 'Opret kortlægning' }).click();
  await expect(page).toHaveURL(/\/kortlaegninger\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('assessment-columns')).toBeVisible();
  return page.url().split('/').at(-1) as string;
}
