import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { apiCases } from '../support/cases';
import { expect, test } from '../support/fixtures';

/**
 * The network map's history and the child's view, as the caseworker Sofie Lund (raadgiver@, the
 * suite's persona). A map of the child's perspective is set up through the API (created as version 1
 * and saved twice: persons added, moved, removed, a line drawn); the history lists the versions,
 * compares the two latest in sentences and side-by-side drawings, and compares any other two. In
 * "Mit netværk" she adds a person with the child through the simple form and moves another without
 * dragging; a save made elsewhere meanwhile makes hers stale, she fetches the newest and saves again.
 * The history then has the new version, and every person's other fields (notes, agreements) and the
 * other save's change came through unchanged.
 */

const CASEWORKER_NAME = 'Sofie Lund';

interface ApiCaseSummary {
  id: string;
  child: { firstName: string; lastName: string };
  responsibleCaseworker: { id: string; name: string } | null;
  openedAt: string;
}

interface ApiMapPerson {
  id: string;
  name: string;
  notes: string | null;
  contributions: string | null;
  agreements: { id: string; what: string }[];
  placement: { ring: string };
  consents?: unknown;
  contact?: unknown;
  [field: string]: unknown;
}

interface ApiMap {
  id: string;
  version: number;
  persons: ApiMapPerson[];
  ties: { id: string; fromId: string; toId: string; quality: string }[];
}

/** One of her own cases; another than the editor's journey takes (its first), so the two never meet. */
async function ownCase(request: APIRequestContext): Promise<ApiCaseSummary> {
  const mine = (await apiCases(request)) as unknown as ApiCaseSummary[];
  // A case of the demo data (opened days ago), never one another journey registered during this run.
  const seeded = (c: { openedAt: string }) => Date.now() - new Date(c.openedAt).getTime() > 12 * 3_600_000;
  const own = mine.filter((c) => c.responsibleCaseworker?.name === CASEWORKER_NAME && seeded(c)).at(-1);
  expect(own, 'a case where the caseworker is responsible').toBeTruthy();
  return own!;
}

async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.get('/api/auth/me');
  expect(res.status(), await res.text()).toBe(200);
  return { 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function apiMap(request: APIRequestContext, caseId: string, mapId: string): Promise<ApiMap> {
  const res = await request.get(`/api/cases/${caseId}/network-maps/${mapId}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as ApiMap;
}

/** A save sends the document: the persons without what only a reader gets (consents, contact status). */
function documentOf(persons: ApiMapPerson[], ties: ApiMap['ties']) {
  return { persons: persons.map(({ consents: _c, contact: _s, ...person }) => person), ties };
}

async function save(
  request: APIRequestContext,
  caseId: string,
  map: ApiMap,
  document: ReturnType<typeof documentOf> | { persons: unknown[]; ties: unknown[] },
  occasion: string,
  occasionNote: string | null = null,
): Promise<ApiMap> {
  const res = await request.put(`/api/cases/${caseId}/network-maps/${map.id}`, {
    headers: await csrfHeaders(request),
    data: { baseVersion: map.version, occasion, occasionNote, document },
  });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as ApiMap;
}

const placement = (ring: string, quality = 'SUPPORTIVE') => ({ ring, position: 0.5, quality, qualityView: 'CHILD' });

const versionRow = (page: Page, number: number): Locator =>
  page
    .getByRole('table', { name: 'Kortets versioner, nyeste først' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${number}\\b`) }) });

const DATE = String.raw`\d{2}\.\d{2}\.\d{4}`;

test.describe('network map history and "Mit netværk"', () => {
  // The stale save from "Mit netværk" is a 409 by design; Chromium logs every failed request.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 409/] });

  test('the history lists the versions and compares two in words and drawings; a person added with the child becomes the next version', async ({
    page,
    request,
    expectNoA11yViolations,
  }) => {
    test.setTimeout(180_000);
    const kase = await ownCase(request);
    // Full names, longer than the child's drawing writes out: the cut names must stay accessible.
    const names = {
      mor: 'Mor Mette Andersen',
      lis: 'Moster Lis Kristensen',
      nabo: 'Naboen Henrik Hansen',
      mormor: 'Mormor Inger Nielsen',
      jens: 'Træner Jens Sørensen',
    };

    // ---- Set up through the API: version 1 (empty), 2 and 3 --------------------------------------
    const created = await request.post(`/api/cases/${kase.id}/network-maps`, {
      headers: await csrfHeaders(request),
      data: { perspective: 'CHILD', perspectiveOf: kase.child.firstName, occasion: 'BFU' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const v1 = (await created.json()) as ApiMap;
    const ids = {
      mor: crypto.randomUUID(),
      lis: crypto.randomUUID(),
      nabo: crypto.randomUUID(),
      mormor: crypto.randomUUID(),
    };
    const v2 = await save(
      request,
      kase.id,
      v1,
      {
        persons: [
          {
            id: ids.mor,
            name: names.mor,
            relation: 'Mor',
            sector: 'FAMILY',
            notes: 'Fortrolig note om mor',
            contributions: 'Følger til skole',
            placement: placement('INNER'),
          },
          { id: ids.lis, name: names.lis, relation: 'Moster', sector: 'FAMILY', placement: placement('MIDDLE') },
          {
            id: ids.nabo,
            name: names.nabo,
            relation: 'Nabo',
            sector: 'FRIENDS_LEISURE',
            placement: placement('OUTER'),
          },
        ],
        ties: [],
      },
      'BFU',
    );
    expect(v2.version).toBe(2);

    const agreementId = crypto.randomUUID();
    const v3Persons = v2.persons
      .filter((p) => p.id !== ids.nabo)
      .map((p) => {
        if (p.id === ids.lis) return { ...p, placement: { ...p.placement, ring: 'INNER', quality: 'MIXED' } };
        if (p.id === ids.mor) {
          return {
            ...p,
            contributions: 'Følger til skole og henter om fredagen',
            agreements: [{ id: agreementId, what: 'Laver lektier med Emma om tirsdagen', who: names.mor }],
          };
        }
        return p;
      });
    const mormor = {
      id: ids.mormor,
      name: names.mormor,
      relation: 'Mormor',
      sector: 'FAMILY',
      placement: placement('INNER'),
    };
    const v3 = await save(
      request,
      kase.id,
      v2,
      {
        persons: [...documentOf(v3Persons as ApiMapPerson[], []).persons, mormor],
        ties: [{ id: crypto.randomUUID(), fromId: ids.mor, toId: ids.mormor, quality: 'SUPPORTIVE' }],
      },
      'NETVAERKSMOEDE',
    );
    expect(v3.version).toBe(3);

    // ---- The history: three versions, newest first --------------------------------------------
    const historyUrl = `/sager/${kase.id}/netvaerkskort/${v1.id}/historik`;
    await page.goto(historyUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Historik: Barnets perspektiv' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tilbage til netværkskortet' })).toHaveAttribute(
      'href',
      `/sager/${kase.id}/netvaerkskort/${v1.id}`,
    );
    const table = page.getByRole('table', { name: 'Kortets versioner, nyeste først' });
    await expect(table.getByRole('rowheader')).toHaveText([/^3/, /^2/, /^1/]);
    await expect(versionRow(page, 3)).toContainText('(nyeste)');
    await expect(versionRow(page, 3)).toContainText('Netværksmøde');
    await expect(versionRow(page, 3)).toContainText(CASEWORKER_NAME);
    await expect(versionRow(page, 3).getByRole('cell').nth(4)).toHaveText('3');
    await expect(versionRow(page, 2)).toContainText('BFU');
    await expect(versionRow(page, 2).getByRole('cell').nth(4)).toHaveText('3');
    await expect(versionRow(page, 1).getByRole('cell').nth(4)).toHaveText('0');
    await expect(versionRow(page, 2).getByRole('cell').nth(0)).toHaveText(new RegExp(`^${DATE}\\D+\\d{2}[.:]\\d{2}$`));

    // ---- The comparison: previous and latest by default ----------------------------------------
    const compare = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Sammenlign to versioner' }) });
    await expect(compare.getByLabel('Fra version', { exact: true })).toHaveValue('2');
    await expect(compare.getByLabel('Til version', { exact: true })).toHaveValue('3');
    await expect(compare.getByRole('heading', { level: 3, name: 'Fra version 2 til version 3' })).toBeVisible();
    const changes = compare.locator('ul.map-history-change-list');
    // The API lists the changes person by person; which sentences there are is what matters here.
    await expect
      .poll(async () => (await changes.getByRole('listitem').allInnerTexts()).sort())
      .toEqual(
        [
          `${names.lis} er flyttet fra mellemste ring til inderste ring`,
          `Relationen til ${names.lis} er ændret fra støttende til blandet – både støttende og belastende`,
          `${names.mor}: bidraget er ændret`,
          `Aftale tilføjet for ${names.mor}: Laver lektier med Emma om tirsdagen`,
          `${names.mormor} er tilføjet`,
          `${names.nabo} er fjernet`,
          `Linje tilføjet mellem ${names.mor} og ${names.mormor}`,
        ].sort(),
      );
    await expect(compare.getByText('7 ændringer fra version 2 til version 3:')).toBeVisible();
    // Both drawings, side by side, each with a caption naming its version.
    const left = compare.getByRole('figure', { name: new RegExp(`^Version 2 \\(BFU, ${DATE}\\)$`) });
    const right = compare.getByRole('figure', { name: new RegExp(`^Version 3 \\(Netværksmøde, ${DATE}\\)$`) });
    await expect(left).toBeVisible();
    await expect(right).toBeVisible();
    await expect(left.getByRole('img', { name: /^Version 2/ })).toBeVisible();
    // The removed neighbour is only in the old drawing, Mormor only in the new one, each marked in words.
    await expect(left.locator(`[data-person-id="${ids.nabo}"]`)).toHaveCount(1);
    await expect(right.locator(`[data-person-id="${ids.nabo}"]`)).toHaveCount(0);
    await expect(left.locator(`[data-person-id="${ids.mormor}"]`)).toHaveCount(0);
    // The words drawn by each person (data-label-for: the drawing's hook for a person's texts).
    const drawnTexts = (figure: Locator, personId: string) => figure.locator(`[data-label-for="${personId}"]`);
    await expect(drawnTexts(right, ids.mormor)).toContainText('Ny');
    await expect(drawnTexts(left, ids.nabo)).toContainText('Fjernet');
    await expect(drawnTexts(left, ids.lis)).toContainText('Flyttet');
    await expect(drawnTexts(right, ids.lis)).toContainText('Flyttet');
    await expect(drawnTexts(right, ids.mor)).toContainText('Ændret');
    await expectNoA11yViolations({ label: 'network map history' });

    // Two other versions, chosen with the keyboard-usable selects; the same version twice is refused.
    await compare.getByLabel('Fra version', { exact: true }).selectOption('3');
    await compare.getByRole('button', { name: 'Sammenlign' }).click();
    await expect(compare.getByText('Vælg to forskellige versioner.')).toBeVisible();
    await expect(compare.getByLabel('Til version', { exact: true })).toBeFocused();
    await compare.getByLabel('Fra version', { exact: true }).selectOption('1');
    await compare.getByRole('button', { name: 'Sammenlign' }).click();
    await expect(compare.getByRole('heading', { level: 3, name: 'Fra version 1 til version 3' })).toBeVisible();
    await expect(compare.getByRole('status')).toHaveText('Viser ændringerne fra version 1 til version 3.');
    await expect(changes.getByRole('listitem').filter({ hasText: `${names.mormor} er tilføjet` })).toBeVisible();
    await expect(changes.getByRole('listitem').filter({ hasText: names.nabo })).toHaveCount(0);

    // ---- "Mit netværk": add a person with the child, and save ---------------------------------
    await page.goto(`/sager/${kase.id}/netvaerkskort/${v1.id}/mit-netvaerk`);
    await expect(page.getByRole('heading', { level: 1, name: 'Mit netværk' })).toBeVisible();
    await expect(page.getByText(`Kortet er set fra: Barnets perspektiv (${kase.child.firstName})`)).toBeVisible();
    await expect(page.getByRole('group', { name: `Netværket for ${kase.child.firstName}` })).toBeVisible();
    // Nothing sensitive: no notes, no agreements, no contributions.
    await expect(page.getByText('Fortrolig note om mor')).toHaveCount(0);
    await expect(page.getByText('Laver lektier med Emma om tirsdagen')).toHaveCount(0);
    await expect(page.getByText('henter om fredagen')).toHaveCount(0);
    await expectNoA11yViolations({ label: 'Mit netværk' });

    await page.getByRole('button', { name: 'Tilføj en person' }).click();
    const form = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Tilføj en person' }) });
    await expect(form.getByRole('heading', { level: 2, name: 'Tilføj en person' })).toBeFocused();
    // An empty form says what is missing, in plain words.
    await form.getByRole('button', { name: 'Sæt på kortet' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Der mangler lidt' })).toBeFocused();
    await expect(form.getByRole('alert')).toContainText('Skriv hvad personen hedder');
    await expectNoA11yViolations({ label: 'Mit netværk: the form' });

    await form.getByLabel('Hvad hedder personen?').fill(names.jens);
    await form.getByLabel('Hvem er personen for dig?').fill('min fodboldtræner');
    await form.getByRole('radio', { name: 'Venner og fritid (fx fodbold eller spejder)' }).check();
    await form.getByRole('radio', { name: 'Lidt tæt på' }).check();
    await form.getByRole('radio', { name: 'God for mig' }).check();
    await form.getByRole('button', { name: 'Sæt på kortet' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${names.jens} er sat på kortet.` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tilføj en person' })).toBeFocused();
    await expect(
      page.getByTestId('network-map-drawing').getByRole('button', { name: new RegExp(`^${names.jens}`) }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: `Flyt ${names.jens}` })).toBeVisible();

    // Moving without dragging: the person's "Flyt" button opens where and how close.
    await page.getByRole('button', { name: `Flyt ${names.lis}` }).click();
    const moveForm = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 2, name: `Flyt ${names.lis}` }) });
    await expect(moveForm.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(moveForm.getByRole('radio', { name: 'Helt tæt på' })).toBeChecked();
    await expect(moveForm.getByLabel('Hvad hedder personen?')).toHaveCount(0);
    await moveForm.getByRole('radio', { name: 'Længere væk' }).check();
    await moveForm.getByRole('button', { name: 'Flyt personen' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${names.lis} er flyttet.` })).toBeVisible();
    await expect(page.getByRole('button', { name: `Flyt ${names.lis}` })).toBeFocused();

    // Meanwhile someone saves the map elsewhere: the save is stale, and nothing the child did is lost.
    const meanwhile = await apiMap(request, kase.id, v1.id);
    const v4 = await save(
      request,
      kase.id,
      meanwhile,
      documentOf(
        meanwhile.persons.map((p) => (p.id === ids.mor ? { ...p, resources: 'Tager sig godt af Emma' } : p)),
        meanwhile.ties,
      ),
      'OPFOELGNINGSMOEDE',
    );
    expect(v4.version).toBe(4);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'En anden har ændret kortet imens' });
    await expect(conflict).toBeFocused();
    await conflict.getByRole('button', { name: 'Hent det nyeste og prøv igen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Jeres ændringer er lagt på det nyeste kort (version 4).' }),
    ).toBeVisible();
    await expect(conflict).toHaveCount(0);
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kortet er gemt. Det er nu version 5.' })).toBeVisible();

    // The save carried everyone's fields through unchanged, the other save's too, and added the child's person.
    const v5 = await apiMap(request, kase.id, v1.id);
    expect(v5.version).toBe(5);
    const mor = v5.persons.find((p) => p.id === ids.mor);
    expect(mor?.notes).toBe('Fortrolig note om mor');
    expect(mor?.contributions).toBe('Følger til skole og henter om fredagen');
    expect(mor?.resources).toBe('Tager sig godt af Emma');
    expect(mor?.agreements.map((a) => a.id)).toEqual([agreementId]);
    expect(v5.ties).toHaveLength(1);
    expect(v5.persons.find((p) => p.id === ids.lis)?.placement.ring).toBe('OUTER');
    const jens = v5.persons.find((p) => p.name === names.jens);
    expect(jens).toMatchObject({
      relation: 'min fodboldtræner',
      sector: 'FRIENDS_LEISURE',
      placement: { ring: 'MIDDLE', quality: 'SUPPORTIVE', qualityView: 'CHILD' },
    });

    // ---- The history has the child's version --------------------------------------------------
    await page.getByRole('link', { name: 'Tilbage til netværkskortet' }).click();
    await expect(page).toHaveURL(new RegExp(`/netvaerkskort/${v1.id}$`));
    await page.goto(historyUrl);
    await expect(table.getByRole('rowheader')).toHaveText([/^5/, /^4/, /^3/, /^2/, /^1/]);
    await expect(versionRow(page, 5)).toContainText('BFU');
    await expect(versionRow(page, 5).getByRole('cell').nth(4)).toHaveText('4');
    await expect(versionRow(page, 4)).toContainText('Opfølgningsmøde');
    await expect(compare.getByRole('heading', { level: 3, name: 'Fra version 4 til version 5' })).toBeVisible();
    await expect
      .poll(async () => (await changes.getByRole('listitem').allInnerTexts()).sort())
      .toEqual([`${names.lis} er flyttet fra inderste ring til yderste ring`, `${names.jens} er tilføjet`].sort());
  });

  test('a version sent with a referral is marked as frozen, in words', async ({ page, request }) => {
    const kase = await ownCase(request);
    const created = await request.post(`/api/cases/${kase.id}/network-maps`, {
      headers: await csrfHeaders(request),
      data: { perspective: 'PARENT', perspectiveOf: 'Mor', occasion: 'VISITATION' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const v1 = (await created.json()) as ApiMap;
    await save(
      request,
      kase.id,
      v1,
      {
        persons: [
          {
            id: crypto.randomUUID(),
            name: 'Mormor',
            relation: 'Mormor',
            sector: 'FAMILY',
            placement: placement('INNER'),
          },
        ],
        ties: [],
      },
      'OTHER',
      'Inden skolestart',
    );
    const units = (await (await request.get('/api/units')).json()) as {
      items: { id: string; name: string; kind: string }[];
    };
    const familyCentre = units.items.find((unit) => unit.kind === 'FAMILIECENTER');
    expect(familyCentre, 'a FamilieCenter in the seed').toBeTruthy();

    // The list as the API gives it once version 1 went with a referral (the referral journey itself is referral.spec's).
    const sentAt = '2026-11-24T09:30:00.000Z';
    await page.route(`**/api/cases/${kase.id}/network-maps/${v1.id}/versions`, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: { number: number; sentWith: unknown[] }[] };
      for (const item of body.items) {
        if (item.number === 1) item.sentWith = [{ referralId: crypto.randomUUID(), toUnit: familyCentre, sentAt }];
      }
      await route.fulfill({ response, json: body });
    });

    await page.goto(`/sager/${kase.id}/netvaerkskort/${v1.id}/historik`);
    await expect(page.getByRole('heading', { level: 1, name: 'Historik: Forælderens perspektiv' })).toBeVisible();
    await expect(page.getByText('Set fra: Mor')).toBeVisible();
    await expect(versionRow(page, 1)).toContainText(
      `Sendt med visitation til ${familyCentre!.name} 24.11.2026 — fastfrosset`,
    );
    await expect(versionRow(page, 2).getByRole('cell').last()).toHaveText('Nej');
    await expect(versionRow(page, 2)).toContainText('Andet: Inden skolestart');
    await expect(versionRow(page, 1)).toContainText('Visitation');
  });
});
