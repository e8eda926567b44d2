import type { Page, Response } from '@playwright/test';
import { expect, test } from '../support/fixtures';

/**
 * Logging in and out, the header's session area, and a session that ends while the app is open.
 * Every test starts without a session.
 */

const DEMO_PASSWORD = 'demo1234';

/** The ten demo logins of the seed (packages/db/src/seed/demo-people.ts), with the header's Danish role. */
const DEMO_USERS = [
  { email: 'admin@demo.inddrag.dk', name: 'Mette Holm', role: 'Administrator', unit: null },
  { email: 'leder@demo.inddrag.dk', name: 'Jens Kragh', role: 'Leder', unit: 'Myndighedscentret' },
  { email: 'raadgiver@demo.inddrag.dk', name: 'Sofie Lund', role: 'Myndighedsrådgiver', unit: 'Myndighedscentret' },
  { email: 'leder.familiecenter@demo.inddrag.dk', name: 'Hanne Bech', role: 'Leder', unit: 'FamilieCentret' },
  { email: 'familiecenter@demo.inddrag.dk', name: 'Ali Demir', role: 'Udfører', unit: 'FamilieCentret' },
  { email: 'leder.ungecenter@demo.inddrag.dk', name: 'Peter Dahl', role: 'Leder', unit: 'UngeCentret' },
  { email: 'ungecenter@demo.inddrag.dk', name: 'Camilla Friis', role: 'Udfører', unit: 'UngeCentret' },
  { email: 'ppr@demo.inddrag.dk', name: 'Lars Winther', role: 'PPR', unit: 'PPR' },
  {
    email: 'facilitator@demo.inddrag.dk',
    name: 'Birgitte Storm',
    role: 'Mødeleder/facilitator',
    unit: 'FamilieCentret',
  },
  { email: 'samordner@demo.inddrag.dk', name: 'Karen Mølgaard', role: 'Samordner', unit: null },
] as const;

/**
 * The API's logout ends EVERY session of the user. Other spec files share sessions of these
 * personas while this one runs in parallel (support/auth.ts: the caseworker; admin.spec.ts: the
 * administrator and the leader), so for them the logout request is answered here instead of by
 * the API: the UI side (CSRF header, back to the login page, nothing left in the header) is
 * still proven, and the server side is proven by the other users.
 */
const SHARED_PERSONAS = new Set<string>([
  'raadgiver@demo.inddrag.dk',
  'admin@demo.inddrag.dk',
  'leder@demo.inddrag.dk',
  // referral.spec.ts: the leader and workers of FamilieCentret and UngeCentret
  'leder.familiecenter@demo.inddrag.dk',
  'familiecenter@demo.inddrag.dk',
  'ungecenter@demo.inddrag.dk',
]);

/** A user nobody else's tests log in as: safe to end all of their sessions. */
const EXPIRY_USER = { email: 'ppr@demo.inddrag.dk', name: 'Lars Winther' };

const sessionArea = (page: Page) => page.getByRole('region', { name: 'Bruger', exact: true });

/**
 * Fills in and submits the login form; waits out the API's login rate limit (30 a minute per IP,
 * shared by the whole suite) instead of failing on it.
 */
async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByLabel('Adgangskode', { exact: true }).fill(password);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Log ind' }).click(),
    ]);
    if (response.status() !== 429 || attempt === 3) return response;
    const seconds = Number(response.headers()['retry-after'] ?? '60');
    await page.waitForTimeout((Number.isFinite(seconds) ? seconds + 1 : 61) * 1000);
  }
}

test.describe('login and logout', () => {
  test.use({
    storageState: { cookies: [], origins: [] },
    // No session yet: GET /api/auth/me answers 401; a wrong password is a 401 too; the login
    // rate limit may answer 429 when the suite logs in a lot.
    // (One pattern: an array of two would be read as Playwright's [value, options] tuple.)
    allowedConsoleErrors: [/status of (401|429)/],
  });

  test('the login page is keyboard-usable, labelled and accessible', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind');
    // The header is there, the main navigation is not.
    await expect(page.getByRole('banner')).toContainText('Inddrag');
    await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toHaveCount(0);

    const email = page.getByLabel('E-mail', { exact: true });
    const password = page.getByLabel('Adgangskode', { exact: true });
    await expect(email).toHaveAttribute('autocomplete', 'username');
    await expect(email).toHaveAttribute('type', 'email');
    await expect(password).toHaveAttribute('autocomplete', 'current-password');
    await expect(password).toHaveAttribute('type', 'password');
    await expectNoA11yViolations({ label: 'login' });

    // Submitting empty: the error summary takes focus and links to each field.
    await email.focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Skriv en gyldig e-mailadresse' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Skriv din adgangskode' })).toBeVisible();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations({ label: 'login, field errors' });

    // The summary's link moves focus to the field.
    await summary.getByRole('link', { name: 'Skriv din adgangskode' }).click();
    await expect(password).toBeFocused();
  });

  test('a wrong password says so and stays on the login page', async ({ page, expectNoA11yViolations }) => {
    await page.goto('/login');
    // Not a persona other tests log in as: a failed attempt never counts against them.
    const response = await logIn(page, 'samordner@demo.inddrag.dk', 'forkert-adgangskode');
    expect(response.status()).toBe(401);
    const summary = page.getByRole('alert').filter({ hasText: 'Forkert e-mail eller adgangskode' });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue('samordner@demo.inddrag.dk');
    await expectNoA11yViolations({ label: 'login, wrong password' });
  });

  test('each of the ten demo users logs in, sees who they are in the header, and logs out', async ({ page }) => {
    test.setTimeout(240_000);
    for (const user of DEMO_USERS) {
      await test.step(user.email, async () => {
        // One of them is offered a `naeste` that leads off the site: it must be ignored.
        const evil = user.email === 'ungecenter@demo.inddrag.dk';
        await page.goto(evil ? '/login?naeste=%2F%2Fevil.example%2Fsager' : '/login');
        const response = await logIn(page, user.email);
        expect(response.status(), `login as ${user.email}`).toBe(200);
        await expect(page).not.toHaveURL(/\/login/);
        // A practitioner lands on "Mine sager".
        if (evil) await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/mine-sager$/);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

        const header = sessionArea(page);
        await expect(header).toContainText(user.name);
        await expect(header).toContainText(user.role);
        if (user.unit) await expect(header).toContainText(user.unit);

        const shared = SHARED_PERSONAS.has(user.email);
        let csrfSent: string | undefined;
        if (shared) {
          await page.route('**/api/auth/logout', async (route) => {
            csrfSent = route.request().headers()['x-csrf-token'];
            await route.fulfill({ status: 204 });
          });
        }
        await header.getByRole('button', { name: 'Log ud' }).click();
        await expect(page).toHaveURL(/\/login$/);
        await expect(page.getByText('Du er logget ud.')).toBeVisible();
        await expect(sessionArea(page)).toHaveCount(0);

        if (shared) {
          expect(csrfSent, 'the logout carries the CSRF token').toBeTruthy();
          await page.unroute('**/api/auth/logout');
          // Forget the (still valid, shared) session in this browser only.
          await page.context().clearCookies();
        } else {
          // The server ended the session: the next visit goes to the login page.
          expect((await page.request.get('/api/auth/me')).status()).toBe(401);
          await page.goto('/sager');
          await expect(page).toHaveURL(/\/login\?naeste=%2Fsager$/);
        }
      });
    }
  });

  test('a session that ends while the app is open sends the user to the login page and back', async ({ page }) => {
    // Log in on the way to the case list.
    await page.goto('/sager');
    await expect(page).toHaveURL(/\/login\?naeste=%2Fsager$/);
    expect((await logIn(page, EXPIRY_USER.email)).status()).toBe(200);
    await expect(page).toHaveURL(/\/sager$/);
    await expect(sessionArea(page)).toContainText(EXPIRY_USER.name);
    const firstRow = page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: page.getByRole('link') })
      .first();
    await expect(firstRow).toBeVisible();
    const casePath = await firstRow.getByRole('link').getAttribute('href');
    expect(casePath).toMatch(/^\/sager\/[0-9a-f-]{36}$/);
    const childName = (await firstRow.locator('.case-child-name').innerText()).trim();

    // The session ends elsewhere (as after 30 idle minutes, or "Log ud" on another device).
    const status = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch('/api/auth/logout', { method: 'POST', headers: { 'x-csrf-token': me.csrfToken } });
      return res.status;
    });
    expect(status).toBe(204);

    // Moving on inside the app: the API's 401 leads to the login page, which says why.
    await firstRow.getByRole('link').click();
    await expect(page).toHaveURL(`/login?naeste=${encodeURIComponent(casePath!)}`);
    await expect(page.getByText(/Din session er udløbet/)).toBeVisible();
    await expect(sessionArea(page)).toHaveCount(0);

    // Opening an address directly: to the login page, and after logging in back to that address.
    const target = `${casePath}?fra=e2e`;
    await page.goto(target);
    await expect(page).toHaveURL(`/login?naeste=${encodeURIComponent(target)}`);
    expect((await logIn(page, EXPIRY_USER.email)).status()).toBe(200);
    await expect(page).toHaveURL(target);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(childName);
    await expect(sessionArea(page)).toContainText(EXPIRY_USER.name);
  });
});
