import { request as playwrightRequest, type Browser, type Page } from '@playwright/test';
import {
  caseSection,
  changePhase,
  fillNotificationForm,
  newChildCpr,
  recordDecision,
  submitNotification,
} from '../support/case-steps';
import { expect, test } from '../support/fixtures';

/**
 * Visitation, across four people: the caseworker (raadgiver@, the suite's persona) registers a
 * notification about a new child, opens the case, takes it into the child welfare assessment,
 * records the decision and refers the case to FamilieCentret; its leader (leder.familiecenter@) hears of it through the
 * bell, accepts it in "Visitationer" and assigns Ali Demir (familiecenter@), who can then open
 * the case; UngeCentret's worker (ungecenter@) still cannot.
 *
 * The three executor-unit users log in here with sessions of their own. auth.spec.ts answers
 * their logout itself (SHARED_PERSONAS), so its run in parallel never ends these sessions.
 */

const DEMO_PASSWORD = 'demo1234';
const LEADER_FC = 'leder.familiecenter@demo.inddrag.dk';
const WORKER_FC = { email: 'familiecenter@demo.inddrag.dk', name: 'Ali Demir' };
const WORKER_UC = 'ungecenter@demo.inddrag.dk';

function baseURLOf(testInfo: { project: { use: { baseURL?: string | undefined } } }): string {
  const baseURL = testInfo.project.use.baseURL;
  if (!baseURL) throw new Error('no baseURL in the Playwright config');
  return baseURL;
}

/** A browser of the user's own, logged in through the login page. */
async function logInAs(browser: Browser, baseURL: string, email: string): Promise<Page> {
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

const referralSection = (page: Page) => page.getByTestId('referral-section');

test.describe('visitation: Myndighed → FamilieCentret', () => {
  test('the caseworker registers a notification, opens the case, takes it into the assessment and refers it; the leader accepts it and assigns Ali Demir, who can open it; UngeCentret cannot', async ({
    page,
    browser,
    expectNoA11yViolations,
  }, testInfo) => {
    test.setTimeout(240_000);
    const baseURL = baseURLOf(testInfo);
    const child = {
      firstName: 'Noah',
      lastName: `Visiteret${Date.now().toString(36)}`,
      cpr: newChildCpr({ modulus11: true }),
    };
    const childName = `${child.firstName} ${child.lastName}`;
    const kase = { id: '', caseNumber: '', age: 0 };

    await test.step('the caseworker registers a notification and opens the case', async () => {
      await page.goto('/sager/ny');
      await fillNotificationForm(page, child, 'Skolen er bekymret: barnet har mange fraværsdage og virker trist.');
      await submitNotification(page);
      await expect(page).toHaveURL(/\/sager\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(childName);
      kase.id = page.url().split('/').at(-1) as string;
      kase.caseNumber = (await page.getByText(/^Sag \d{4}-\d{4}$/).innerText()).replace('Sag ', '');
      kase.age = Number((await caseSection(page, 'Overblik').getByTestId('child-age').innerText()).match(/\d+/)?.[0]);
    });

    await test.step('moves it to the child welfare assessment and records the decision', async () => {
      await changePhase(page, 'Screening');
      await changePhase(page, 'Børnefaglig undersøgelse');
      await recordDecision(page, 'Familiebehandling i FamilieCentret');
    });

    await test.step('the caseworker refers the case from its page', async () => {
      const section = referralSection(page);
      await expect(section.getByRole('heading', { level: 2, name: 'Visitation' })).toBeVisible();
      const form = section.getByTestId('refer-form');
      await expect(form).toBeVisible();
      // The child is under 14: FamilieCentret is suggested and preselected, and the page says why.
      await expect(form.getByText(`Barnet er ${kase.age} år: FamilieCentret er foreslået.`)).toBeVisible();
      await expect(form.getByLabel('Enhed', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
      const decision = form.getByLabel('Afgørelse (Barnets lov § 32)');
      if ((await decision.inputValue()) === '') await decision.selectOption({ index: 1 });
      await form.getByLabel('Enhed', { exact: true }).selectOption({ label: 'FamilieCentret' });

      // The summary is required: the error summary takes focus and names the field.
      await form.getByRole('button', { name: 'Send visitation' }).click();
      await expect(form.getByRole('alert').filter({ hasText: 'Der er problemer' })).toBeFocused();
      await expect(
        form.getByRole('link', { name: 'Skriv et resumé af undersøgelsen (højst 20.000 tegn)' }),
      ).toBeVisible();

      await form
        .getByLabel('Resumé af undersøgelsen')
        .fill('Undersøgelsen viser, at familien har brug for støtte til struktur og samvær i hverdagen.');
      await form.getByLabel('Besked til modtageren (valgfri)').fill('Mor kan bedst træffes om formiddagen.');
      await form.getByRole('button', { name: 'Send visitation' }).click();
      await expect(section.getByRole('status').first()).toHaveText('Sagen er visiteret til FamilieCentret.');
      const row = section.getByTestId('referral-row').filter({ hasText: 'FamilieCentret' });
      await expect(row).toContainText('Afventer svar');
      await expect(row.getByRole('button', { name: 'Træk tilbage: visitationen til FamilieCentret' })).toBeVisible();
      await expectNoA11yViolations({ label: 'case page with referral' });
    });

    const leader = await logInAs(browser, baseURL, LEADER_FC);
    try {
      await test.step("FamilieCentret's leader sees the referral in the bell and in Visitationer", async () => {
        const bell = leader.getByRole('button', { name: /^Notifikationer, \d+ ulæste?$/ });
        await expect(bell).toBeVisible();
        await bell.click();
        const dialog = leader.getByRole('dialog', { name: 'Notifikationer' });
        const alert = dialog.getByRole('link', {
          name: `Ny visitation fra Myndighedscentret: sag ${kase.caseNumber} (${childName})`,
        });
        await expect(alert).toBeVisible();
        await leader.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);

        await leader.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Visitationer' }).click();
        await expect(leader.getByRole('heading', { level: 1 })).toHaveText('Visitationer');
        const row = leader.getByTestId('incoming-referral').filter({ hasText: kase.caseNumber });
        await expect(row).toContainText(childName);
        await expect(row).toContainText('Myndighedscentret');
        await row.getByRole('link', { name: kase.caseNumber }).click();
        await expect(leader.getByRole('heading', { level: 1 })).toHaveText(`Visitation af sag ${kase.caseNumber}`);
        await expect(leader.getByText('Mor kan bedst træffes om formiddagen.')).toBeVisible();
      });

      await test.step('the leader accepts and assigns Ali Demir', async () => {
        const accept = leader
          .locator('section')
          .filter({ has: leader.getByRole('heading', { level: 2, name: 'Modtag og tildel' }) });
        await accept.getByLabel('Medarbejder').selectOption({ label: WORKER_FC.name });
        await accept.getByRole('button', { name: 'Modtag og tildel' }).click();
        await expect(leader.getByTestId('referral-status')).toHaveText('Modtaget');
        await expect(
          leader.getByText(`Visitationen er modtaget, og sagen er tildelt ${WORKER_FC.name}.`),
        ).toBeVisible();
        await expect(leader.getByRole('link', { name: 'Åbn sagen' })).toBeVisible();
      });
    } finally {
      await leader.context().close();
    }

    const worker = await logInAs(browser, baseURL, WORKER_FC.email);
    try {
      await test.step('Ali Demir finds the case in his list and opens it', async () => {
        await worker.goto(`/sager?q=${encodeURIComponent(kase.caseNumber)}`);
        await worker.getByRole('link', { name: kase.caseNumber, exact: true }).click();
        await expect(worker.getByRole('heading', { level: 1 })).toHaveText(childName);
        await expect(
          referralSection(worker).getByTestId('referral-row').filter({ hasText: 'FamilieCentret' }),
        ).toContainText('Modtaget');
        // An executor does not refer: no form.
        await expect(referralSection(worker).getByTestId('refer-form')).toHaveCount(0);
      });
    } finally {
      await worker.context().close();
    }

    const outsider = await logInAs(browser, baseURL, WORKER_UC);
    try {
      await test.step("UngeCentret's worker cannot open the case", async () => {
        await outsider.goto(`/sager/${kase.id}`);
        await expect(outsider.getByRole('heading', { level: 1 })).toHaveText(
          'Sagen findes ikke, eller du har ikke adgang',
        );
      });
    } finally {
      await outsider.context().close();
    }

    await test.step("the caseworker's bell tells her the case was accepted", async () => {
      await page.goto(`/sager/${kase.id}`);
      await page.getByRole('button', { name: /^Notifikationer/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Notifikationer' });
      await expect(
        dialog.getByRole('link', {
          name: `FamilieCentret har modtaget sag ${kase.caseNumber} og tildelt den til ${WORKER_FC.name}`,
        }),
      ).toBeVisible();
      await expectNoA11yViolations({ label: 'alerts popover' });
      await dialog.getByRole('button', { name: 'Markér alle som læst' }).click();
      await expect(page.getByRole('button', { name: 'Notifikationer', exact: true })).toBeVisible();
    });
  });

  test('the API keeps the leader of another unit and the executor out of the referral package', async ({
    request,
  }, testInfo) => {
    const api = await playwrightRequest.newContext({
      baseURL: baseURLOf(testInfo),
      storageState: { cookies: [], origins: [] },
    });
    try {
      const login = await api.post('/api/auth/login', { data: { email: WORKER_UC, password: DEMO_PASSWORD } });
      expect(login.status()).toBe(200);
      expect((await api.get('/api/referrals')).status()).toBe(403);
      expect((await request.get('/api/referrals')).status()).toBe(403);
    } finally {
      await api.dispose();
    }
  });
});
