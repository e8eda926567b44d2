import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { csrfHeaders } from './auth';
import { expect } from './fixtures';
import { createConcernPair } from './scaling-steps';

/**
 * Shared steps for the safety plan (sikkerhedsplan): a case's network set up through the API, and the
 * plan built, put in force and printed through the UI as the user meets it.
 */

export interface ConsentedNetwork {
  /** Consented persons, who may be named in the plan. */
  allowed: string[];
  /** A person with do-not-contact, who may not. */
  blocked: string;
  blockedReason: string;
}

export interface SafetyPlanNetwork extends ConsentedNetwork {
  pairId: string;
  pairNumber: number;
}

export interface SafetyPlanRuleText {
  text: string;
  responsible: string[];
  monitoredBy: string;
  warningSigns?: string;
  ifBroken: string;
}

export const safetyPlansUrl = (caseId: string) => `/sager/${caseId}/sikkerhedsplaner`;


/**
 * Through the API: a network map with two persons who consented to contact and one marked
 * do-not-contact, and one concern statement/safety goal pair.
 */
export async function setUpSafetyPlanNetwork(request: APIRequestContext, caseId: string, stamp: string): Promise<SafetyPlanNetwork> {
  const network = await setUpConsentedNetwork(request, caseId, stamp);
  const pair = await createConcernPair(request, caseId);
  return { ...network, pairId: pair.id, pairNumber: pair.number };
}

/** Through the API: a network map with two persons who consented to contact and one marked do-not-contact. */
export async function setUpConsentedNetwork(request: APIRequestContext, caseId: string, stamp: string): Promise<ConsentedNetwork> {
  const headers = await csrfHeaders(request);
  const created = await request.post(`/api/cases/${caseId}/network-maps`, {
    headers,
    data: { perspective: 'PROFESSIONAL', perspectiveOf: null, occasion: 'BFU' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const map = (await created.json()) as { id: string; version: number };
  const placement = { ring: 'INNER', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'PROFESSIONAL' };
  const people = [
    { id: crypto.randomUUID(), name: `Grethe ${stamp}`, relation: 'mormor', sector: 'FAMILY', placement },
    { id: crypto.randomUUID(), name: `Jens ${stamp}`, relation: 'nabo', sector: 'FRIENDS_LEISURE', placement },
    {
      id: crypto.randomUUID(),
      name: `Karsten ${stamp}`,
      relation: 'far',
      sector: 'FAMILY',
      doNotContact: true,
      doNotContactReason: 'Polititilhold',
      placement: { ...placement, ring: 'OUTER', quality: 'STRESSFUL' },
    },
  ];
  const saved = await request.put(`/api/cases/${caseId}/network-maps/${map.id}`, {
    headers,
    data: { baseVersion: map.version, occasion: 'BFU', occasionNote: null, document: { persons: people, ties: [] } },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  for (const person of people.slice(0, 2)) {
    const consent = await request.post(`/api/cases/${caseId}/network-persons/${person.id}/consents`, {
      headers,
      data: { givenBy: 'Mor (forældremyndighed)', scope: 'Kontakt og sikkerhedsnetværk', givenOn: '2026-01-01' },
    });
    expect(consent.status(), await consent.text()).toBe(201);
  }
  return {
    allowed: [people[0]!.name, people[1]!.name],
    blocked: people[2]!.name,
    blockedReason: 'Personen må ikke kontaktes: Polititilhold.',
  };
}

export const ruleFieldsets = (page: Page): Locator => page.getByTestId('safety-plan-rule');
const personBox = (scope: Locator, name: string) => scope.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) });

/** The checkbox of a network person in the safety network's group. */
export const networkChoice = (page: Page, name: string): Locator =>
  personBox(page.getByRole('group', { name: 'Sikkerhedsnetværket' }), name);

/** Starts a new plan from the case's plan list; the page is left in the editor. */
export async function startSafetyPlan(page: Page, caseId: string, immediate = false): Promise<string> {
  await page.goto(safetyPlansUrl(caseId));
  await expect(page.getByRole('heading', { level: 1, name: 'Sikkerhedsplaner' })).toBeVisible();
  if (immediate) await page.getByRole('checkbox', { name: 'Umiddelbar sikkerhedsplan' }).check();
  await page.getByRole('button', { name: 'Ny sikkerhedsplan' }).click();
  await expect(page).toHaveURL(/\/sikkerhedsplaner\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Sikkerhedsplan for / })).toBeVisible();
  return page.url().split('/').at(-1) as string;
}

/**
 * Builds the plan in the editor: the pair, the rules (each with its responsible persons), the safety
 * network, one professional check, the explanation to the child, the start and a review; then saves.
 */
export async function buildSafetyPlan(
  page: Page,
  plan: { pairNumber: number; rules: SafetyPlanRuleText[]; network: string[]; startsOn: string; reviewOn: string; childExplanation?: string },
): Promise<void> {
  await page.getByRole('checkbox', { name: new RegExp(`^Bekymring ${plan.pairNumber}:`) }).check();
  for (const [index, rule] of plan.rules.entries()) {
    await page.getByRole('button', { name: 'Tilføj regel' }).click();
    const fieldset = ruleFieldsets(page).nth(index);
    await fieldset.getByLabel('Reglen', { exact: true }).fill(rule.text);
    for (const name of rule.responsible) await personBox(fieldset, name).check();
    await fieldset.getByLabel('Hvem holder øje', { exact: true }).fill(rule.monitoredBy);
    if (rule.warningSigns) await fieldset.getByLabel('Advarselstegn', { exact: true }).fill(rule.warningSigns);
    await fieldset.getByLabel('Hvis reglen brydes', { exact: true }).fill(rule.ifBroken);
  }
  for (const name of plan.network) await networkChoice(page, name).check();
  await page.getByRole('button', { name: 'Tilføj kontrol' }).click();
  await page.getByLabel('Hvem', { exact: true }).fill('Rådgiveren');
  await page.getByLabel('Hvad', { exact: true }).fill('Uanmeldt hjemmebesøg');
  await page.getByLabel('Hvornår', { exact: true }).fill('hver 14. dag');
  await page.getByLabel('Ord til barnet', { exact: true }).fill(plan.childExplanation ?? 'De voksne passer på dig hver dag.');
  await page.getByLabel('Startdato', { exact: true }).fill(plan.startsOn);
  await page.getByRole('button', { name: 'Tilføj opfølgning' }).click();
  await page.getByLabel('Opfølgning 1', { exact: true }).fill(plan.reviewOn);
  await page.getByRole('button', { name: 'Gem planen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Planen er gemt \(version \d+\)\./ })).toBeVisible();
}

/** "Sæt i kraft" on a saved draft. */
export async function activateSafetyPlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sæt i kraft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Planen er sat i kraft.' })).toBeVisible();
  await expect(page.locator('.safety-plan-status')).toHaveText('I kraft');
}

/** Opens the printable plan from the editor. */
export async function openPrintablePlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Udskriftsvenlig plan' }).click();
  await expect(page).toHaveURL(/\/udskriv$/);
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeVisible();
}
