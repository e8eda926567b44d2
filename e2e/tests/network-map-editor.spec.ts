import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { storageStatePath } from '../support/auth';
import { caseSection } from '../support/case-steps';
import { apiCases } from '../support/cases';
import { expect, test } from '../support/fixtures';

/**
 * The network map editor as the caseworker Sofie Lund (raadgiver@, the suite's persona): she opens
 * one of her cases, creates the child's map, adds persons through the form and through the table,
 * moves one to another ring in the table and saves a version for a network meeting. Then the same
 * map open twice (two browser contexts) and saved from both: the second save gets the conflict
 * banner, re-applies its changes on top of the first and saves again, losing nothing.
 */

const CASEWORKER_NAME = 'Sofie Lund';

interface ApiCaseSummary {
  id: string;
  child: { firstName: string; lastName: string };
  responsibleCaseworker: { id: string; name: string } | null;
}

interface ApiMapPerson {
  id: string;
  name: string;
  sector: string;
  placement: { ring: string; position: number; quality: string; qualityView: string };
  contributions: string | null;
  agreements: { what: string; status: string }[];
}

interface ApiMap {
  id: string;
  version: number;
  persons: ApiMapPerson[];
  ties: unknown[];
}

async function ownCase(request: APIRequestContext): Promise<ApiCaseSummary> {
  const mine = (await apiCases(request)) as unknown as ApiCaseSummary[];
  const own = mine.filter((c) => c.responsibleCaseworker?.name === CASEWORKER_NAME).at(0);
  expect(own, 'a case where the caseworker is responsible').toBeTruthy();
  return own!;
}

async function apiMap(request: APIRequestContext, caseId: string, mapId: string): Promise<ApiMap> {
  const res = await request.get(`/api/cases/${caseId}/network-maps/${mapId}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as ApiMap;
}

const panelOf = (page: Page): Locator => page.getByTestId('person-panel');
const tableOf = (page: Page): Locator => page.getByTestId('person-table');
const quickAdd = (page: Page): Locator => page.getByRole('form', { name: 'Tilføj en person i tabellen' });
const row = (page: Page, name: string): Locator =>
  tableOf(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

async function saveVersion(page: Page, occasion: string): Promise<number> {
  const bar = page.getByTestId('save-bar');
  await bar.getByLabel('Anledning', { exact: true }).selectOption({ label: occasion });
  await bar.getByRole('button', { name: 'Gem version' }).click();
  const status = page.getByRole('status').filter({ hasText: /Version \d+ er gemt\./ });
  await expect(status).toBeVisible();
  await expect(bar.getByTestId('save-state')).toHaveText(/Ingen ændringer siden version \d+\./);
  return Number((await status.innerText()).match(/Version (\d+)/)?.[1]);
}

test.describe('network map editor', () => {
  test('the caseworker creates a map, adds persons through the form and the table, changes a ring and saves a version', async ({
    page,
    request,
    expectNoA11yViolations,
  }) => {
    test.setTimeout(180_000);
    const kase = await ownCase(request);
    const stamp = Date.now().toString(36);
    const grandmother = `Inger ${stamp}`;
    const coach = `Bo ${stamp}`;
    let mapId = '';

    await test.step('opens the case and creates the child’s map', async () => {
      await page.goto(`/sager/${kase.id}`);
      const section = caseSection(page, 'Netværkskort');
      await expect(section).toBeVisible();
      await section.getByRole('link', { name: 'Opret netværkskort' }).click();
      await expect(page).toHaveURL(new RegExp(`/sager/${kase.id}/netvaerkskort#opret$`));
      await expect(page.getByRole('heading', { level: 2, name: 'Opret netværkskort' })).toBeFocused();

      // The occasion is required.
      await page.getByRole('button', { name: 'Opret netværkskort' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Der er problemer' })).toBeFocused();
      await expect(page.getByRole('alert')).toContainText('Vælg anledningen');

      await page.getByLabel('Perspektiv', { exact: true }).selectOption({ label: 'Barnets perspektiv' });
      await page.getByLabel('Hvis perspektiv (valgfrit)').fill(kase.child.firstName);
      await page.getByLabel('Anledning', { exact: true }).selectOption({ label: 'BFU' });
      await page.getByRole('button', { name: 'Opret netværkskort' }).click();

      await expect(page).toHaveURL(new RegExp(`/sager/${kase.id}/netvaerkskort/[0-9a-f-]{36}$`));
      mapId = page.url().split('/').at(-1) as string;
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netværkskort: Barnets perspektiv');
      await expect(page.getByText(`Set fra: ${kase.child.firstName}`)).toBeVisible();
      await expect(page.getByRole('link', { name: 'Historik' })).toBeVisible();
      await expect(page.getByRole('link', { name: /^Mit netværk/ })).toBeVisible();
      await expectNoA11yViolations({ label: 'network map editor, empty map' });
    });

    await test.step('adds a person through the form, with part 2', async () => {
      await page.getByRole('button', { name: 'Tilføj person' }).click();
      const panel = panelOf(page);
      await expect(panel.getByRole('heading', { level: 2, name: 'Tilføj person' })).toBeFocused();

      // Name and relation are required (the contract's rules, in the form).
      await panel.getByRole('button', { name: 'Tilføj til kortet' }).click();
      await expect(panel.getByRole('alert').filter({ hasText: 'Der er problemer' })).toBeFocused();
      await expect(panel.getByRole('alert')).toContainText('Skriv personens navn');
      await expect(panel.getByRole('alert')).toContainText('Skriv personens relation til barnet');

      await panel.getByLabel('Navn', { exact: true }).fill(grandmother);
      await panel.getByLabel('Relation til barnet').fill('Mormor');
      await panel.getByLabel('Sektor', { exact: true }).selectOption({ label: 'Familie og slægt' });
      await panel.getByLabel('Ring', { exact: true }).selectOption({ label: 'Tæt på' });
      await panel.getByLabel('Relationens kvalitet').selectOption({ label: 'Støttende' });
      await panel.getByLabel('Kontakthyppighed').selectOption({ label: 'Ugentligt' });
      await panel.getByLabel('Hvad kan personen bidrage med?').fill('Henter fra skole tirsdag og torsdag');
      await panel.getByLabel('Villighed').selectOption({ label: 'Ja' });
      await panel.getByRole('button', { name: 'Tilføj aftale' }).click();
      await panel.getByLabel('Hvad er aftalt').fill('Henter tirsdag og torsdag kl. 14');
      await panel.getByLabel('Hvem gør det').fill('Inger');
      await panel.getByRole('button', { name: 'Tilføj til kortet' }).click();

      await expect(panel).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: `${grandmother} er tilføjet til kortet.` })).toBeVisible();
      await expect(row(page, grandmother)).toContainText('Ny – ikke gemt');
      await expect(page.getByLabel(`Ring for ${grandmother}`)).toHaveValue('INNER');
      await expect(page.getByTestId('save-state')).toHaveText('Der er ændringer, som ikke er gemt.');
      // Part 2 shows her contribution and the open agreement.
      const overview = page.getByTestId('network-overview');
      await expect(overview).toContainText('Henter fra skole tirsdag og torsdag');
      await expect(overview).toContainText('Henter tirsdag og torsdag kl. 14 (Inger)');
    });

    await test.step('adds a person through the table and changes the ring there', async () => {
      const form = quickAdd(page);
      await form.getByLabel('Navn', { exact: true }).fill(coach);
      await form.getByLabel('Relation', { exact: true }).fill('Fodboldtræner');
      await form.getByLabel('Sektor', { exact: true }).selectOption({ label: 'Venner og fritid' });
      await form.getByLabel('Ring', { exact: true }).selectOption({ label: 'Længere væk' });
      await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
      await expect(row(page, coach)).toBeVisible();
      await expect(form.getByLabel('Navn', { exact: true })).toBeFocused();
      await expect(page.getByLabel(`Ring for ${coach}`)).toHaveValue('OUTER');

      await page.getByLabel(`Ring for ${coach}`).selectOption({ label: 'Mellem' });
      await expect(page.getByLabel(`Ring for ${coach}`)).toHaveValue('MIDDLE');
      await page.getByLabel(`Relationens kvalitet for ${coach}`).selectOption({ label: 'Skrøbelig' });
    });

    await test.step('saves a version for a network meeting', async () => {
      const version = await saveVersion(page, 'Netværksmøde');
      await expect(row(page, coach)).not.toContainText('Ny – ikke gemt');
      const saved = await apiMap(request, kase.id, mapId);
      expect(saved.version).toBe(version);
      const byName = new Map(saved.persons.map((p) => [p.name, p]));
      expect(byName.get(coach)?.placement).toMatchObject({ ring: 'MIDDLE', quality: 'TENUOUS', qualityView: 'CHILD' });
      expect(byName.get(coach)?.sector).toBe('FRIENDS_LEISURE');
      expect(byName.get(grandmother)?.placement.ring).toBe('INNER');
      expect(byName.get(grandmother)?.agreements).toEqual([
        expect.objectContaining({ what: 'Henter tirsdag og torsdag kl. 14', status: 'PROPOSED' }),
      ]);
    });

    await test.step('a saved person shows consent and contact status; consent is recorded and withdrawn', async () => {
      // Nobody has consented yet: the table says why they may not be contacted.
      await expect(row(page, coach)).toContainText('Der er ikke registreret samtykke til at kontakte personen.');

      await row(page, grandmother).getByRole('button', { name: `Redigér ${grandmother}` }).click();
      const panel = panelOf(page);
      await expect(panel.getByRole('heading', { level: 2, name: `Redigér ${grandmother}` })).toBeFocused();
      const consent = panel.getByTestId('consent-section');
      await expect(consent.getByRole('heading', { level: 3, name: 'Samtykke og kontakt' })).toBeVisible();
      await expect(consent).toContainText('Der er ikke registreret samtykke til at kontakte personen.');
      await expectNoA11yViolations({ label: 'network map editor, persons and the person panel' });

      await consent.getByRole('button', { name: 'Registrér samtykke' }).click();
      await consent.getByLabel('Givet af', { exact: true }).fill(grandmother);
      await consent.getByLabel('Omfang', { exact: true }).fill('Må kontaktes og inviteres til netværksmøder');
      await consent.getByRole('button', { name: 'Registrér samtykke' }).click();
      await expect(consent.getByRole('status')).toHaveText(`Samtykket fra ${grandmother} er registreret.`);
      const consentRow = consent.getByRole('row').filter({ hasText: 'Må kontaktes og inviteres til netværksmøder' });
      await expect(consentRow).toContainText('Gælder');
      await expect(consent).not.toContainText('Der er ikke registreret samtykke');
      await expect(row(page, grandmother)).not.toContainText('Der er ikke registreret samtykke');

      await consentRow.getByRole('button', { name: new RegExp(`^Tilbagekald samtykket givet af ${grandmother}`) }).click();
      await consent.getByRole('button', { name: 'Tilbagekald samtykket', exact: true }).click();
      await expect(consent.getByRole('status')).toHaveText('Samtykket er tilbagekaldt.');
      await expect(consentRow).toContainText('Tilbagekaldt');
      await expect(consent).toContainText('Samtykket til at kontakte personen blev tilbagekaldt');
      // Recording and withdrawing consent are saved at once; the map itself has nothing unsaved.
      await expect(page.getByTestId('save-state')).toHaveText(/Ingen ændringer siden version \d+\./);
    });

    await test.step('leaving with unsaved changes asks first', async () => {
      await page.getByLabel(`Ring for ${coach}`).selectOption({ label: 'Tæt på' });
      await page.getByRole('link', { name: 'Historik' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Forlad kortet uden at gemme?' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Bliv på siden' }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`/netvaerkskort/${mapId}$`));
      await expect(page.getByLabel(`Ring for ${coach}`)).toHaveValue('INNER');
    });
  });

  test('two saves from the same version: the second sees the conflict, re-applies its changes and saves', async ({
    page,
    request,
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const baseURL = testInfo.project.use.baseURL;
    const kase = await ownCase(request);
    const stamp = Date.now().toString(36);
    const mother = `Mette ${stamp}`;
    const uncle = `Onkel Bo ${stamp}`;

    // The map with one person, set up through the API.
    const me = (await (await request.get('/api/auth/me')).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': me.csrfToken };
    const created = await request.post(`/api/cases/${kase.id}/network-maps`, {
      headers,
      data: { perspective: 'PROFESSIONAL', perspectiveOf: null, occasion: 'VISITATION' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const map = (await created.json()) as ApiMap;
    const personId = crypto.randomUUID();
    const first = await request.put(`/api/cases/${kase.id}/network-maps/${map.id}`, {
      headers,
      data: {
        baseVersion: map.version,
        occasion: 'VISITATION',
        occasionNote: null,
        document: {
          persons: [
            {
              id: personId,
              name: mother,
              relation: 'Mor',
              sector: 'FAMILY',
              placement: { ring: 'INNER', position: 0.5, quality: 'MIXED', qualityView: 'PROFESSIONAL' },
            },
          ],
          ties: [],
        },
      },
    });
    expect(first.status(), await first.text()).toBe(200);
    const start = (await first.json()) as ApiMap;

    const editorUrl = `/sager/${kase.id}/netvaerkskort/${map.id}`;
    const other = await browser.newContext({
      ...(baseURL ? { baseURL } : {}),
      storageState: storageStatePath(),
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
    });
    try {
      const second = await other.newPage();
      await page.goto(editorUrl);
      await second.goto(editorUrl);
      for (const p of [page, second]) {
        await expect(p.getByRole('heading', { level: 1 })).toHaveText('Netværkskort: De professionelles perspektiv');
        await expect(p.getByLabel(`Ring for ${mother}`)).toHaveValue('INNER');
      }

      // The first moves the mother out and adds the uncle, and saves.
      await page.getByLabel(`Ring for ${mother}`).selectOption({ label: 'Længere væk' });
      const form = quickAdd(page);
      await form.getByLabel('Navn', { exact: true }).fill(uncle);
      await form.getByLabel('Relation', { exact: true }).fill('Onkel');
      await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
      const firstVersion = await saveVersion(page, 'Opfølgningsmøde');
      expect(firstVersion).toBe(start.version + 1);

      // The second, still on the old version, moves her to the middle ring and changes the quality.
      await second.getByLabel(`Ring for ${mother}`).selectOption({ label: 'Mellem' });
      await second.getByLabel(`Relationens kvalitet for ${mother}`).selectOption({ label: 'Støttende' });
      const bar = second.getByTestId('save-bar');
      await bar.getByLabel('Anledning', { exact: true }).selectOption({ label: 'Netværksmøde' });
      await bar.getByRole('button', { name: 'Gem version' }).click();

      const banner = second.getByTestId('conflict-banner');
      await expect(banner).toBeVisible();
      await expect(banner).toHaveAttribute('role', 'alert');
      await expect(banner).toBeFocused();
      await expect(banner).toContainText('Kortet er ændret af en anden, mens du arbejdede');
      await expect(banner).toContainText(`${mother} er flyttet fra inderste ring til yderste ring`);
      await expect(banner).toContainText(`${uncle} er tilføjet`);
      await expect(banner).toContainText(`I har begge ændret ringen for ${mother}`);
      // Nothing is lost while the user decides: the draft still shows their own choice.
      await expect(second.getByLabel(`Ring for ${mother}`)).toHaveValue('MIDDLE');
      await expect(bar.getByTestId('save-state')).toHaveText('Der er ændringer, som ikke er gemt.');

      await banner.getByRole('button', { name: 'Anvend mine ændringer igen' }).click();
      await expect(banner).toBeHidden();
      await expect(
        second.getByRole('status').filter({ hasText: `Dine ændringer er lagt oven på version ${firstVersion}.` }),
      ).toBeVisible();
      // Their uncle and her own ring and quality, together.
      await expect(row(second, uncle)).toBeVisible();
      await expect(second.getByLabel(`Ring for ${mother}`)).toHaveValue('MIDDLE');
      await expect(second.getByLabel(`Relationens kvalitet for ${mother}`)).toHaveValue('SUPPORTIVE');

      await bar.getByRole('button', { name: 'Gem version' }).click();
      await expect(second.getByRole('status').filter({ hasText: `Version ${firstVersion + 1} er gemt.` })).toBeVisible();

      const final = await apiMap(request, kase.id, map.id);
      expect(final.version).toBe(firstVersion + 1);
      const byName = new Map(final.persons.map((p) => [p.name, p]));
      expect(byName.get(mother)?.placement).toMatchObject({ ring: 'MIDDLE', quality: 'SUPPORTIVE' });
      expect(byName.has(uncle)).toBe(true);
    } finally {
      await other.close();
    }
  });
});
