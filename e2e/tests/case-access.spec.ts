import { request as playwrightRequest, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { apiCases } from '../support/cases';
import { expect, FULL_CPR, MASKED_CPR, pageText, test } from '../support/fixtures';

/**
 * The case page as the suite's persona, the caseworker Sofie Lund (raadgiver@, see
 * support/auth.ts): her own case with its overview, "Vis CPR" and "Hvem har set sagen", and a
 * case outside her access, which must look exactly like a case that does not exist.
 */

const CASEWORKER_NAME = 'Sofie Lund';
const LEADER = { email: 'leder@demo.inddrag.dk', password: 'demo1234' };

interface ApiCaseSummary {
  id: string;
  caseNumber: string;
  child: { firstName: string; lastName: string };
  responsibleCaseworker: { id: string; name: string } | null;
}

function baseURLOf(testInfo: { project: { use: { baseURL?: string | undefined } } }): string {
  const baseURL = testInfo.project.use.baseURL;
  if (!baseURL) throw new Error('no baseURL in the Playwright config');
  return baseURL;
}

/**
 * A case the caseworker cannot open: one of the leader's (her unit's) newly reported cases
 * without a caseworker, checked against the API with her own session. Taken from the end of the
 * list, because admin.spec.ts gives her an emergency access to the leader's first case.
 */
async function caseOutsideAccess(caseworker: APIRequestContext, baseURL: string): Promise<ApiCaseSummary> {
  const leader = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const login = await leader.post('/api/auth/login', { data: LEADER });
    expect(login.status(), await login.text()).toBe(200);
    const res = await leader.get('/api/cases?phase=UNDERRETNING&limit=100');
    expect(res.status(), await res.text()).toBe(200);
    const { items } = (await res.json()) as { items: ApiCaseSummary[] };
    for (const candidate of items.filter((c) => c.responsibleCaseworker === null).reverse()) {
      if ((await caseworker.get(`/api/cases/${candidate.id}`)).status() === 404) return candidate;
    }
    throw new Error("no case outside the caseworker's access among the leader's UNDERRETNING cases");
  } finally {
    await leader.dispose();
  }
}

/** One of the caseworker's own cases, where she is the responsible caseworker. */
async function ownCase(caseworker: APIRequestContext): Promise<ApiCaseSummary> {
  const mine = (await apiCases(caseworker)) as unknown as ApiCaseSummary[];
  const own = mine.find((c) => c.responsibleCaseworker?.name === CASEWORKER_NAME);
  expect(own, 'a case where the caseworker is responsible').toBeTruthy();
  return own!;
}

const section = (page: Page, heading: string): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

async function openCase(page: Page, kase: ApiCaseSummary): Promise<void> {
  await page.goto(`/sager/${kase.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${kase.child.firstName} ${kase.child.lastName}`);
}

test.describe('case page (/sager/:caseId)', () => {
  test('the caseworker sees her case: overview, team and a masked CPR number', async ({
    page,
    request,
    expectNoA11yViolations,
  }) => {
    const kase = await ownCase(request);
    await openCase(page, kase);
    await expect(page.getByText(`Sag ${kase.caseNumber}`)).toBeVisible();

    const overview = section(page, 'Overblik');
    await expect(overview).toContainText(MASKED_CPR);
    await expect(overview).toContainText('Ansvarlig enhed');
    await expect(overview).toContainText(CASEWORKER_NAME);
    const team = section(page, 'Sagens team');
    await expect(team.getByRole('row').filter({ hasText: CASEWORKER_NAME })).toContainText('Ansvarlig rådgiver');
    // The responsible caseworker may add colleagues: the colleague list loads into the form.
    await expect(page.getByLabel(/^Medarbejder|^Person|^Bruger|^Kollega/).first()).toBeVisible();
    await expect(page.getByRole('option', { name: /Lars Winther/ })).toHaveCount(1);

    expect(await pageText(page)).not.toMatch(FULL_CPR);
    await expect(section(page, 'Hvem har set sagen').getByRole('table')).toBeVisible();
    await expect(section(page, 'Ændringshistorik')).toBeVisible();
    await expectNoA11yViolations({ label: 'case page' });
  });

  test('"Hvem har set sagen" lists her visit: her name, "Læst", just now', async ({ page, request }) => {
    const kase = await ownCase(request);
    const openedAt = Date.now();
    await openCase(page, kase);

    const log = section(page, 'Hvem har set sagen');
    // "Læst" with "Sagen" underneath: the case itself was read (not its log or history).
    const visit = log
      .getByRole('row')
      .filter({ hasText: CASEWORKER_NAME })
      .filter({ hasText: /Læst\s*Sagen/ })
      .first();
    await expect(visit).toBeVisible();
    await expect(visit).toContainText('Myndighedscentret');
    await expect(visit).toContainText('Myndighedsrådgiver');

    const time = visit.locator('time');
    const iso = await time.getAttribute('datetime');
    expect(iso).toBeTruthy();
    const at = Date.parse(iso!);
    expect(
      Math.abs(at - openedAt),
      `the visit was logged at ${iso}, the page opened at ${new Date(openedAt).toISOString()}`,
    ).toBeLessThan(60_000);
    // Shown in Danish time.
    const expected = await page.evaluate(
      (instant) =>
        new Intl.DateTimeFormat('da-DK', {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Europe/Copenhagen',
        }).format(new Date(instant)),
      iso!,
    );
    await expect(time).toHaveText(expected);
  });

  test('"Vis CPR" asks for the purpose, shows the full number and logs it', async ({
    page,
    request,
    expectNoA11yViolations,
  }) => {
    test.slow(); // several page loads and axe scans
    const kase = await ownCase(request);
    await openCase(page, kase);
    const overview = section(page, 'Overblik');
    const masked = (await overview.getByText(MASKED_CPR).innerText()).trim();

    await overview.getByRole('button', { name: 'Vis CPR', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Vis fuldt CPR-nummer' });
    await expect(dialog).toBeVisible();
    const purpose = dialog.getByLabel('Formål');
    await expect(purpose).toBeFocused();
    await expectNoA11yViolations({ label: 'case page, CPR dialog' });

    // Without a purpose nothing is shown.
    await dialog.getByRole('button', { name: 'Vis CPR-nummer' }).click();
    await expect(dialog.getByText('Skriv formålet med at se CPR-nummeret')).toBeVisible();
    expect(await pageText(page)).not.toMatch(FULL_CPR);

    const reason = `Journalisering (e2e ${Date.now()})`;
    await purpose.fill(reason);
    await dialog.getByRole('button', { name: 'Vis CPR-nummer' }).click();
    await expect(dialog).toBeHidden();
    const full = overview.getByTestId('cpr-full');
    await expect(full).toHaveText(/^\d{6}-\d{4}$/);
    expect((await full.innerText()).slice(0, 6), 'the full number belongs to the masked one').toBe(masked.slice(0, 6));
    await expect(full).toBeFocused();

    const log = section(page, 'Hvem har set sagen');
    await expect(log.getByRole('row').filter({ hasText: reason })).toContainText('Vist CPR');

    // Leaving the page forgets the number.
    await page.getByRole('link', { name: 'Tilbage til sager' }).click();
    await expect(page).toHaveURL(/\/sager$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${kase.child.firstName} ${kase.child.lastName}`);
    await expect(section(page, 'Overblik')).toContainText(MASKED_CPR);
    expect(await pageText(page)).not.toMatch(FULL_CPR);
  });
});

test.describe('a case outside her access', () => {
  // The API answers 404 for the case (and the page must not tell whether it exists).
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('shows "findes ikke / ingen adgang", with the way back and to emergency access', async ({
    page,
    request,
    expectNoA11yViolations,
  }, testInfo) => {
    test.slow(); // several page loads and axe scans
    const kase = await caseOutsideAccess(request, baseURLOf(testInfo));
    await page.goto(`/sager/${kase.id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/ingen adgang|findes ikke/i);
    await expect(page.getByRole('link', { name: 'Gå til sager' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /nødadgang/i })).toHaveAttribute(
      'href',
      '/noedadgang',
    );

    // Nothing of the case leaks: no name, no case number.
    const text = await pageText(page);
    expect(text).not.toContain(kase.child.lastName);
    expect(text).not.toContain(kase.caseNumber);
    await expectNoA11yViolations({ label: 'case, no access' });

    // An id that does not exist at all looks the same.
    await page.goto('/sager/00000000-0000-4000-8000-000000000000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(await heading.innerText());
  });
});

test.describe('emergency access (/noedadgang)', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('asks for a case number and a reason, and says when the case number is unknown', async ({
    page,
    expectNoA11yViolations,
  }) => {
    test.slow(); // several page loads and axe scans
    await page.goto('/noedadgang');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nødadgang');
    // The caseworker's main menu leads here.
    await expect(
      page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Nødadgang', exact: true }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText(/bliver logget/)).toBeVisible();

    await page.getByRole('button', { name: 'Giv mig nødadgang' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Skriv sagsnummeret');
    await expect(summary).toContainText('mindst 10 tegn');

    // A case number that does not exist: no access is granted, the field says why.
    await page.getByLabel('Sagsnummer').fill('1999-9999');
    await page.getByLabel('Begrundelse').fill('Akut henvendelse fra skolen om barnet');
    await page.getByRole('button', { name: 'Giv mig nødadgang' }).click();
    await expect(summary).toContainText('Der findes ingen sag med det sagsnummer');
    await expect(page).toHaveURL(/\/noedadgang$/);
    await expectNoA11yViolations({ label: 'emergency access, unknown case' });
  });
});
