import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { storageStatePath } from '../support/auth';
import { expect, pageText, test } from '../support/fixtures';

/**
 * The administrator's screens (users, a user's activity, the citizen's insight export) and the
 * leader's review of emergency accesses, driven through the UI of the real app.
 */

// Journeys of many steps with several axe scans each: room for a busy machine (a single run of the
// suite on two cores took up to 1.6 minutes for the longest of them).
test.describe.configure({ timeout: 180_000 });

const DEMO_PASSWORD = 'demo1234';
const ADMIN = 'admin@demo.inddrag.dk';
const LEADER = 'leder@demo.inddrag.dk';
const CASEWORKER = 'raadgiver@demo.inddrag.dk';

// Beside the run's own session file (per run, outside the repository, removed after the run).
const stateDir = path.dirname(storageStatePath());
const ADMIN_STATE = path.join(stateDir, 'admin.json');
const LEADER_STATE = path.join(stateDir, 'leader.json');

/** Unique per run and per call, so reruns against the same database never collide. */
const unique = (() => {
  let n = 0;
  return () => `${Date.now().toString(36)}${(n++).toString(36)}`;
})();

function baseURLOf(testInfo: { project: { use: { baseURL?: string | undefined } } }): string {
  const baseURL = testInfo.project.use.baseURL;
  if (!baseURL) throw new Error('no baseURL in the Playwright config');
  return baseURL;
}

/** Logs in through the login page. */
async function logInThroughUi(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Logs in once through the UI and keeps the session for the tests of a describe block. */
async function saveSession(browser: Browser, baseURL: string, email: string, file: string): Promise<void> {
  mkdirSync(stateDir, { recursive: true });
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    await logInThroughUi(await context.newPage(), email, DEMO_PASSWORD);
    await context.storageState({ path: file });
  } finally {
    await context.close();
  }
}

/** An API session of its own (cookie in the context) and its CSRF token, for setting up data. */
async function apiSession(baseURL: string, email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const res = await api.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { api, csrf: csrfToken };
}

/** The CSRF token of the session the page's context holds. */
async function csrfOf(page: Page): Promise<string> {
  const res = await page.request.get('/api/auth/me');
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

interface CreatedUser {
  id: string;
  name: string;
  email: string;
  unit: { id: string } | null;
  version: number;
}

/** Creates a caseworker in Myndighedscentret through the API with the admin's session. */
async function createCaseworker(page: Page, password = 'start-adgangskode-123'): Promise<CreatedUser> {
  const csrf = await csrfOf(page);
  const units = (await (await page.request.get('/api/units')).json()) as { items: { id: string; kind: string }[] };
  const unitId = units.items.find((u) => u.kind === 'MYNDIGHED')?.id;
  expect(unitId, 'a MYNDIGHED unit in the seed').toBeTruthy();
  const id = unique();
  const res = await page.request.post('/api/users', {
    headers: { 'x-csrf-token': csrf },
    data: { name: `Test Rådgiver ${id}`, email: `e2e-${id}@demo.inddrag.dk`, role: 'CASEWORKER', unitId, password },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as CreatedUser;
}

async function openUsers(page: Page): Promise<void> {
  await page.goto('/admin/brugere');
  await expect(page.getByRole('heading', { level: 1, name: 'Brugere' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kommunens brugere' })).toBeVisible();
}

const userRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Kommunens brugere' }).getByRole('row').filter({ hasText: name });

const successMessage = (page: Page) => page.locator('.admin-success');

test.describe('administrator', () => {
  test.use({ storageState: ADMIN_STATE });

  test.beforeAll(async ({ browser }, testInfo) => {
    await saveSession(browser, baseURLOf(testInfo), ADMIN, ADMIN_STATE);
  });

  test('creates a user, who then appears in the list', async ({ page, expectNoA11yViolations }) => {
    await openUsers(page);
    await expect(userRow(page, 'Sofie Lund')).toContainText('Myndighedsrådgiver');
    await expectNoA11yViolations({ label: 'users' });

    await page.getByRole('button', { name: 'Opret bruger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Opret bruger' });
    await expect(dialog).toBeVisible();

    // Sent empty: the contract's rules answer in the error summary, which takes focus.
    await dialog.getByRole('button', { name: 'Opret bruger' }).click();
    const summary = dialog.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Skriv navnet');
    await expect(summary).toContainText('Adgangskoden skal være mindst 12 tegn');
    await expect(dialog.getByLabel('Navn', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations({ label: 'create user, errors' });

    // A link in the summary moves focus to its field.
    await summary.getByRole('link', { name: 'Skriv navnet' }).click();
    await expect(dialog.getByLabel('Navn', { exact: true })).toBeFocused();

    const id = unique();
    const name = `Test Bruger ${id}`;
    const email = `e2e-${id}@demo.inddrag.dk`;
    await dialog.getByLabel('Navn', { exact: true }).fill(name);
    await dialog.getByLabel('E-mail', { exact: true }).fill(email);
    await dialog.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Myndighedsrådgiver' });
    await dialog.getByLabel('Enhed', { exact: true }).selectOption({ label: 'Myndighedscentret' });
    await dialog.getByLabel('Adgangskode', { exact: true }).fill('en-lang-startkode-42');
    await dialog.getByRole('button', { name: 'Opret bruger' }).click();

    await expect(dialog).toBeHidden();
    await expect(successMessage(page)).toHaveText(`${name} er oprettet.`);
    await expect(page.getByRole('status').filter({ hasText: `${name} er oprettet.` })).toBeVisible();
    const row = userRow(page, name);
    await expect(row).toContainText(email);
    await expect(row).toContainText('Myndighedsrådgiver');
    await expect(row).toContainText('Myndighedscentret');
    await expect(row).toContainText('Aktiv');
    // Focus went back to the button that opened the dialog.
    await expect(page.getByRole('button', { name: 'Opret bruger' })).toBeFocused();

    // The list as the API answers it agrees.
    const users = (await (await page.request.get('/api/users')).json()) as { items: { email: string }[] };
    expect(users.items.map((u) => u.email)).toContain(email);
  });

  test('deactivates a user after confirming, and activates them again', async ({
    page,
    expectNoA11yViolations,
  }, testInfo) => {
    const user = await createCaseworker(page);
    await openUsers(page);
    const row = userRow(page, user.name);
    await expect(row).toContainText('Aktiv');

    await row.getByRole('button', { name: `Deaktivér ${user.name}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Deaktivér ${user.name}?` });
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText('sessioner afsluttes');
    await expectNoA11yViolations({ label: 'deactivate user, confirm' });
    await confirm.getByRole('button', { name: 'Deaktivér bruger' }).click();

    await expect(confirm).toBeHidden();
    await expect(successMessage(page)).toContainText(`${user.name} er deaktiveret`);
    await expect(row).toContainText('Deaktiveret');
    // The deactivated user cannot log in.
    const outsider = await playwrightRequest.newContext({
      baseURL: baseURLOf(testInfo),
      storageState: { cookies: [], origins: [] },
    });
    const login = await outsider.post('/api/auth/login', {
      data: { email: user.email, password: 'start-adgangskode-123' },
    });
    expect(login.ok()).toBe(false);
    await outsider.dispose();

    await row.getByRole('button', { name: `Aktivér ${user.name}` }).click();
    const reactivate = page.getByRole('alertdialog', { name: `Aktivér ${user.name}?` });
    await reactivate.getByRole('button', { name: 'Aktivér bruger' }).click();
    await expect(reactivate).toBeHidden();
    await expect(successMessage(page)).toHaveText(`${user.name} er aktiveret igen.`);
    await expect(row).not.toContainText('Deaktiveret');
    await expect(row.getByRole('button', { name: `Deaktivér ${user.name}` })).toBeFocused();
  });

  test('resets a password, and the user logs in with the new one', async ({ page, browser }, testInfo) => {
    const user = await createCaseworker(page);
    await openUsers(page);
    await userRow(page, user.name)
      .getByRole('button', { name: `Nulstil adgangskode for ${user.name}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Nulstil adgangskode for ${user.name}` });

    await dialog.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await dialog.getByRole('button', { name: 'Nulstil adgangskode' }).click();
    await expect(dialog.locator('.error-summary')).toBeFocused();
    await expect(dialog.locator('.error-summary')).toContainText('Adgangskoden skal være mindst 12 tegn');

    const newPassword = `ny-adgangskode-${unique()}`;
    await dialog.getByLabel('Ny adgangskode', { exact: true }).fill(newPassword);
    await dialog.getByRole('button', { name: 'Nulstil adgangskode' }).click();
    await expect(dialog).toBeHidden();
    await expect(successMessage(page)).toHaveText(`Adgangskoden for ${user.name} er nulstillet.`);

    // The user, in a browser of their own, logs in with the new password through the login page.
    const context = await browser.newContext({
      baseURL: baseURLOf(testInfo),
      storageState: { cookies: [], origins: [] },
    });
    try {
      const userPage = await context.newPage();
      await logInThroughUi(userPage, user.email, newPassword);
      await expect(userPage.getByText(user.name).first()).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test("opens a user's activity", async ({ page, expectNoA11yViolations }, testInfo) => {
    // A login of hers just now, so it is on the first page however much the other journeys did as her.
    const { api } = await apiSession(baseURLOf(testInfo), CASEWORKER);
    await api.dispose();
    await openUsers(page);
    await userRow(page, 'Sofie Lund').getByRole('link', { name: 'Aktivitet for Sofie Lund' }).click();
    await expect(page).toHaveURL(/\/admin\/brugere\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aktivitet for Sofie Lund');
    const table = page.getByRole('table', { name: 'Brugerens aktivitet, nyeste først' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: 'Loggede ind' }).first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Viser \d+ hændelse/ })).toBeVisible();
    await expectNoA11yViolations({ label: 'user activity' });

    await page.getByRole('link', { name: 'Tilbage til brugere' }).click();
    await expect(page).toHaveURL(/\/admin\/brugere$/);
  });

  test('makes a printable insight export for a case, without employee names', async ({
    page,
    expectNoA11yViolations,
  }, testInfo) => {
    // A case number from the leader's list.
    const { api } = await apiSession(baseURLOf(testInfo), LEADER);
    const cases = (await (await api.get('/api/cases?limit=1')).json()) as {
      items: { caseNumber: string; child: { firstName: string; lastName: string } }[];
    };
    await api.dispose();
    const kase = cases.items[0];
    expect(kase, 'a case in the leader list').toBeTruthy();

    await openUsers(page);
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Indsigt i logning' })
      .click();
    await expect(page).toHaveURL(/\/admin\/indsigt$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indsigt i logning');
    await expectNoA11yViolations({ label: 'insight export' });

    const form = page.getByRole('form', { name: 'Dan udtræk' });
    await form.getByRole('button', { name: 'Dan udtræk' }).click();
    await expect(page.locator('.error-summary')).toBeFocused();
    await expect(page.locator('.error-summary')).toContainText('Skriv sagsnummeret');

    await form.getByLabel('Sagsnummer', { exact: true }).fill(kase!.caseNumber);
    await form.getByLabel('Formål med udtrækket', { exact: true }).fill('Anmodning om indsigt fra barnets mor');
    await form.getByRole('button', { name: 'Dan udtræk' }).click();

    const report = page.getByRole('article', { name: 'Indsigt i logning' });
    await expect(report).toBeVisible();
    await expect(report.getByRole('heading', { level: 2, name: 'Indsigt i logning' })).toBeFocused();
    await expect(report).toContainText(`${kase!.child.firstName} ${kase!.child.lastName}`);
    await expect(report).toContainText(kase!.caseNumber);
    await expect(report).toContainText('Medarbejdernes navne er udeladt');
    const table = report.getByRole('table', { name: `Logning for sag ${kase!.caseNumber}` });
    await expect(table.getByRole('columnheader')).toHaveText(['Dato og tid', 'Hvad skete der', 'Formål', 'Enhed']);
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(1);
    // The leader looked the case up, but no employee is named.
    const text = await report.innerText();
    for (const employee of ['Jens Kragh', 'Sofie Lund', 'Mette Holm']) expect(text).not.toContain(employee);
    await expectNoA11yViolations({ label: 'insight export, report' });

    // "Udskriv" opens the browser's print dialog; printed, only the report shows.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await report.getByRole('button', { name: 'Udskriv' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.locator('footer').first()).toBeHidden();
    await expect(form).toBeHidden();
    await expect(report.getByRole('button', { name: 'Udskriv' })).toBeHidden();
    await expect(table).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });

  test.describe('when the API refuses', () => {
    test.use({ allowedConsoleErrors: [/the server responded with a status of (400|404|409)/] });

    test("shows the server's field errors next to the field and in the summary", async ({ page }) => {
      await openUsers(page);
      await page.getByRole('button', { name: 'Opret bruger' }).click();
      const dialog = page.getByRole('dialog', { name: 'Opret bruger' });
      const id = unique();
      await dialog.getByLabel('Navn', { exact: true }).fill(`Test Udfører ${id}`);
      await dialog.getByLabel('E-mail', { exact: true }).fill(`e2e-${id}@demo.inddrag.dk`);
      await dialog.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Udfører' });
      await dialog.getByLabel('Enhed', { exact: true }).selectOption({ label: 'Myndighedscentret' });
      await dialog.getByLabel('Adgangskode', { exact: true }).fill('en-lang-startkode-42');
      await dialog.getByRole('button', { name: 'Opret bruger' }).click();

      const summary = dialog.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Vælg FamilieCentret eller UngeCentret');
      const unit = dialog.getByLabel('Enhed', { exact: true });
      await expect(unit).toHaveAttribute('aria-invalid', 'true');
      await expect(unit).toHaveAccessibleDescription(/Vælg FamilieCentret eller UngeCentret/);

      // Fixed, it goes through.
      await unit.selectOption({ label: 'FamilieCentret' });
      await dialog.getByRole('button', { name: 'Opret bruger' }).click();
      await expect(dialog).toBeHidden();
      await expect(userRow(page, `Test Udfører ${id}`)).toContainText('FamilieCentret');
    });

    test('tells the admin when someone else changed the user meanwhile, and shows the new version', async ({
      page,
    }) => {
      const user = await createCaseworker(page);
      await openUsers(page);
      await userRow(page, user.name)
        .getByRole('button', { name: `Redigér ${user.name}` })
        .click();
      const dialog = page.getByRole('dialog', { name: `Redigér ${user.name}` });
      await expect(dialog.getByLabel('Navn', { exact: true })).toHaveValue(user.name);

      // Someone else renames the user while the dialog is open.
      const renamed = `${user.name} (omdøbt)`;
      const res = await page.request.put(`/api/users/${user.id}`, {
        headers: { 'x-csrf-token': await csrfOf(page) },
        data: { name: renamed, role: 'CASEWORKER', unitId: user.unit?.id ?? null, version: user.version },
      });
      expect(res.status(), await res.text()).toBe(200);

      await dialog.getByLabel('Navn', { exact: true }).fill(`${user.name} (mit navn)`);
      await dialog.getByRole('button', { name: 'Gem ændringer' }).click();
      await expect(dialog.getByRole('alert').filter({ hasText: 'Brugeren er ændret af en anden' })).toBeVisible();
      // The form now shows what the other person saved, and the row was reloaded.
      await expect(dialog.getByLabel('Navn', { exact: true })).toHaveValue(renamed);
      await expect(userRow(page, renamed)).toHaveCount(1);

      // Saving again, on the fresh version, works.
      await dialog.getByRole('button', { name: 'Gem ændringer' }).click();
      await expect(dialog).toBeHidden();
      await expect(successMessage(page)).toHaveText(`Ændringerne af ${renamed} er gemt.`);
    });

    test('an unknown case number is an error on the field', async ({ page }) => {
      await page.goto('/admin/indsigt');
      await page.getByLabel('Sagsnummer', { exact: true }).fill('1999-9999');
      await page.getByLabel('Formål med udtrækket', { exact: true }).fill('Anmodning om indsigt');
      await page.getByRole('button', { name: 'Dan udtræk' }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await expect(page.getByLabel('Sagsnummer', { exact: true })).toHaveAccessibleDescription(
        /Der findes ingen sag med det sagsnummer/,
      );
      await expect(page.getByRole('article', { name: 'Indsigt i logning' })).toHaveCount(0);
    });
  });
});

test.describe('leader', () => {
  test.use({ storageState: LEADER_STATE });

  test.beforeAll(async ({ browser }, testInfo) => {
    await saveSession(browser, baseURLOf(testInfo), LEADER, LEADER_STATE);
  });

  test("sees a caseworker's emergency access to the unit's case and marks it reviewed", async ({
    page,
    expectNoA11yViolations,
  }, testInfo) => {
    // A case held by the leader's unit.
    const cases = (await (await page.request.get('/api/cases?limit=1')).json()) as { items: { caseNumber: string }[] };
    const caseNumber = cases.items[0]?.caseNumber;
    expect(caseNumber, "a case in the leader's list").toBeTruthy();

    // The caseworker breaks the glass, with their own session and CSRF token.
    const reason = `Akut henvendelse fra skolen om barnet (e2e ${unique()})`;
    const { api, csrf } = await apiSession(baseURLOf(testInfo), CASEWORKER);
    const grant = await api.post('/api/emergency-access', {
      headers: { 'x-csrf-token': csrf },
      data: { caseNumber, reason },
    });
    expect(grant.status(), await grant.text()).toBe(201);
    await api.dispose();

    await page.goto('/noedadgange');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nødadgange');
    const table = page.getByRole('table', { name: /Nødadgange til enhedens sager/ });
    const row = table.getByRole('row').filter({ hasText: reason });
    await expect(row).toContainText(caseNumber!);
    await expect(row).toContainText('Sofie Lund');
    await expect(row).toContainText('Ikke gennemset');
    // Unreviewed first: the new one is the first data row.
    await expect(table.getByRole('row').nth(1)).toContainText(reason);
    await expectNoA11yViolations({ label: 'emergency accesses' });

    await row.getByRole('button', { name: /Markér som gennemset/ }).click();
    await expect(successMessage(page)).toHaveText(`Nødadgangen til sag ${caseNumber} er markeret som gennemset.`);
    await expect(successMessage(page)).toBeFocused();
    await expect(row).toContainText('Gennemset');
    await expect(row.getByRole('button', { name: /Markér som gennemset/ })).toHaveCount(0);
    await expectNoA11yViolations({ label: 'emergency accesses, reviewed' });

    // The API agrees.
    const flags = (await (await page.request.get('/api/emergency-access')).json()) as {
      items: { reason: string; reviewedAt: string | null }[];
    };
    expect(flags.items.find((f) => f.reason === reason)?.reviewedAt).not.toBeNull();
    expect(await pageText(page)).toContain(reason);
  });
});
