import type { Browser, Locator, Page } from '@playwright/test';
import { caseSection, changePhase, fillNotificationForm, newChildCpr, submitNotification } from './case-steps';
import { expect } from './fixtures';

/**
 * Shared steps for the network map journeys: a case of one's own, other users' browsers, the
 * referral, and the editor's table, drawing and save bar as the user meets them.
 */

export const DEMO_PASSWORD = 'demo1234';

export interface JourneyCase {
  id: string;
  caseNumber: string;
  firstName: string;
  childName: string;
}

// --- Cases and users ----------------------------------------------------------------------------

/**
 * Registers a notification about a new child (a CPR number nobody in the seed has) and takes the new
 * case through screening into the child welfare assessment. The open page is left on the case.
 */
export async function registerCaseInAssessment(
  page: Page,
  firstName: string,
  lastNamePrefix: string,
): Promise<JourneyCase> {
  const child = {
    firstName,
    lastName: `${lastNamePrefix}${Date.now().toString(36)}`,
    cpr: newChildCpr({ modulus11: true }),
  };
  const childName = `${child.firstName} ${child.lastName}`;
  await page.goto('/sager/ny');
  await fillNotificationForm(page, child, 'Skolen er bekymret: barnet er ofte alene og har få voksne omkring sig.');
  await submitNotification(page);
  await expect(page).toHaveURL(/\/sager\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(childName);
  const id = page.url().split('/').at(-1) as string;
  const caseNumber = (await page.getByText(/^Sag \d{4}-\d{4}$/).innerText()).replace('Sag ', '');
  await changePhase(page, 'Screening');
  await changePhase(page, 'Børnefaglig undersøgelse');
  return { id, caseNumber, firstName, childName };
}

/** A browser of the user's own (a new context), logged in through the login page. */
export async function logInAs(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    storageState: { cookies: [], origins: [] },
  });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/**
 * Collects console errors and uncaught errors of a page the test fixture does not watch (another
 * user's browser); `check()` fails on any that is not allowed.
 */
export function watchConsole(page: Page, allowed: RegExp[] = []): { check: () => void } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed.some((re) => re.test(message.text()))) {
      problems.push(`console.error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    check: () => expect(problems, `errors in ${page.url()}:\n${problems.join('\n')}`).toEqual([]),
  };
}

// --- The referral ---------------------------------------------------------------------------------

const referralSection = (page: Page) => page.getByTestId('referral-section');

/** Refers the open case page's case to FamilieCentret (a decision must be recorded). */
export async function referToFamilyCentre(page: Page, summary: string): Promise<void> {
  const section = referralSection(page);
  const form = section.getByTestId('refer-form');
  await expect(form).toBeVisible();
  const decision = form.getByLabel('Afgørelse (Barnets lov § 32)');
  if ((await decision.inputValue()) === '') await decision.selectOption({ index: 1 });
  await form.getByLabel('Enhed', { exact: true }).selectOption({ label: 'FamilieCentret' });
  await form.getByLabel('Resumé af undersøgelsen').fill(summary);
  await form.getByRole('button', { name: 'Send visitation' }).click();
  await expect(section.getByRole('status').first()).toHaveText('Sagen er visiteret til FamilieCentret.');
  await expect(section.getByTestId('referral-row').filter({ hasText: 'FamilieCentret' })).toContainText(
    'Afventer svar',
  );
}

/** The receiving leader opens the referral of the case from "Visitationer" (the package page is left open). */
export async function openIncomingReferral(leader: Page, caseNumber: string): Promise<void> {
  await leader.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Visitationer' }).click();
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText('Visitationer');
  const row = leader.getByTestId('incoming-referral').filter({ hasText: caseNumber });
  await row.getByRole('link', { name: caseNumber }).click();
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText(`Visitation af sag ${caseNumber}`);
}

/** On the open referral package: accept it and assign the worker. */
export async function acceptAndAssign(leader: Page, workerName: string): Promise<void> {
  const accept = leader
    .locator('section')
    .filter({ has: leader.getByRole('heading', { level: 2, name: 'Modtag og tildel' }) });
  await accept.getByLabel('Medarbejder').selectOption({ label: workerName });
  await accept.getByRole('button', { name: 'Modtag og tildel' }).click();
  await expect(leader.getByTestId('referral-status')).toHaveText('Modtaget');
  await expect(leader.getByText(`Visitationen er modtaget, og sagen er tildelt ${workerName}.`)).toBeVisible();
}

/** Finds the case in the user's case list by its number and opens it. */
export async function openCaseFromList(page: Page, kase: JourneyCase): Promise<void> {
  await page.goto(`/sager?q=${encodeURIComponent(kase.caseNumber)}`);
  await page.getByRole('link', { name: kase.caseNumber, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kase.childName);
}

// --- The map editor -------------------------------------------------------------------------------

export const personPanel = (page: Page): Locator => page.getByTestId('person-panel');
export const personTable = (page: Page): Locator => page.getByTestId('person-table');
export const quickAddForm = (page: Page): Locator => page.getByRole('form', { name: 'Tilføj en person i tabellen' });
export const mapDrawing = (page: Page): Locator => page.getByTestId('network-map-drawing');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The table row of a person (the row header starts with the name). */
export const personRow = (page: Page, name: string): Locator =>
  personTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}`) }) });

/** A select in a person's table row, e.g. `tableSelect(page, 'Ring', 'Mormor')` ("Ring for Mormor"). */
export const tableSelect = (page: Page, field: string, name: string): Locator =>
  personTable(page).getByLabel(`${field} for ${name}`, { exact: true });

/** A person's node on the editor's drawing (its accessible name starts with the name). */
export const drawnPerson = (page: Page, name: string): Locator =>
  mapDrawing(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(name)},`) });

/** Adds a person through "Tilføj person" (the person panel), part 1 only. */
export async function addPersonInPanel(
  page: Page,
  person: { name: string; relation: string; sector: string; ring: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj person', exact: true }).click();
  const panel = personPanel(page);
  await expect(panel.getByRole('heading', { level: 2, name: 'Tilføj person' })).toBeFocused();
  await panel.getByLabel('Navn', { exact: true }).fill(person.name);
  await panel.getByLabel('Relation til barnet').fill(person.relation);
  await panel.getByLabel('Sektor', { exact: true }).selectOption({ label: person.sector });
  await panel.getByLabel('Ring', { exact: true }).selectOption({ label: person.ring });
  await panel.getByRole('button', { name: 'Tilføj til kortet' }).click();
  await expect(panel).toBeHidden();
  await expect(personRow(page, person.name)).toContainText('Ny – ikke gemt');
}

/**
 * Adds a person in the table's "Tilføj en person i tabellen" with the keyboard only: from the name
 * field (focused by the caller or, after an add, by the form itself) Tab through relation, sector and
 * ring, choosing in the selects by typing the start of the option, and Enter on "Tilføj".
 */
export async function addPersonByKeyboard(
  page: Page,
  person: { name: string; relation: string; sectorKeys: string; ringKeys: string },
): Promise<void> {
  const form = quickAddForm(page);
  await expect(form.getByLabel('Navn', { exact: true })).toBeFocused();
  await page.keyboard.type(person.name);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Relation', { exact: true })).toBeFocused();
  await page.keyboard.type(person.relation);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Sektor', { exact: true })).toBeFocused();
  await page.keyboard.type(person.sectorKeys);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Ring', { exact: true })).toBeFocused();
  await page.keyboard.type(person.ringKeys);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Tilføj', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(personRow(page, person.name)).toBeVisible();
  // The form is ready for the next person.
  await expect(form.getByLabel('Navn', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Navn', { exact: true })).toHaveValue('');
}

// Where the drawing puts sectors and rings (mirrors apps/web/src/features/network-maps/drawing/geometry.ts):
// angles clockwise from twelve o'clock, the sectors' middles; the rings' middle radii, in map units.
const SECTOR_MIDDLE_ANGLE: Record<string, number> = {
  FAMILY: 315,
  FRIENDS_LEISURE: 45,
  SCHOOL_WORK: 135,
  PROFESSIONAL: 225,
};
const RING_MIDDLE_RADIUS: Record<string, number> = { INNER: 138.5, MIDDLE: 277.5, OUTER: 400 };

/**
 * Drags a person's node on the editor's drawing with the mouse to the middle of a sector's ring.
 * Waits for the drop target to name the sector and ring before letting go.
 */
export async function dragPersonTo(
  page: Page,
  name: string,
  to: { sector: string; ring: string; dropLabel: string },
): Promise<void> {
  const drawing = mapDrawing(page);
  const svg = drawing.locator('svg.nm-svg');
  await svg.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'center' }));
  const node = drawnPerson(page, name);
  const box = await node.boundingBox();
  if (!box) throw new Error(`${name} is not on the drawing`);
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Nothing (the sticky save bar, say) may lie over the node where the press starts.
  expect(
    await node.evaluate((element, at) => element.contains(document.elementFromPoint(at.x, at.y)), start),
    `${name}'s node is under the mouse`,
  ).toBe(true);
  const target = await drawing.locator('[data-zoom-layer]').evaluate(
    (layer, polar) => {
      const matrix = (layer as SVGGElement).getScreenCTM();
      if (!matrix) throw new Error('the drawing has no screen matrix');
      const rad = (polar.angle * Math.PI) / 180;
      const point = new DOMPoint(polar.radius * Math.sin(rad), -polar.radius * Math.cos(rad)).matrixTransform(matrix);
      return { x: point.x, y: point.y };
    },
    { angle: SECTOR_MIDDLE_ANGLE[to.sector] ?? 0, radius: RING_MIDDLE_RADIUS[to.ring] ?? 0 },
  );
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 8, start.y + 8, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: 12 });
  await expect(drawing.locator('.nm-drop-label')).toHaveText(to.dropLabel);
  await page.mouse.up();
  await expect(drawing.locator('.nm-drop-label')).toHaveCount(0);
}

/** Saves a version from the save bar with the occasion; returns the new version's number. */
export async function saveMapVersion(page: Page, occasion: string): Promise<number> {
  const bar = page.getByTestId('save-bar');
  await bar.getByLabel('Anledning', { exact: true }).selectOption({ label: occasion });
  await bar.getByRole('button', { name: 'Gem version' }).click();
  const status = page.getByRole('status').filter({ hasText: /Version \d+ er gemt\./ });
  await expect(status).toBeVisible();
  await expect(bar.getByTestId('save-state')).toHaveText(/Ingen ændringer siden version \d+\./);
  return Number((await status.innerText()).match(/Version (\d+)/)?.[1]);
}

/** The case page's "Netværkskort" section. */
export const mapsSection = (page: Page): Locator => caseSection(page, 'Netværkskort');
