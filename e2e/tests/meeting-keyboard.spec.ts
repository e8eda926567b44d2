import { csrfHeaders } from '../support/auth';
import { expect, test } from '../support/fixtures';
import { decisionsSection, planMeetingByApi, runUrl, saveStatus, startMeetingByApi, tabTo } from '../support/meeting-run-steps';
import { FACILITATOR, setUpMeetingCase } from '../support/meeting-steps';
import { logInAs } from '../support/network-map-steps';

test('the meeting screen works by keyboard alone: phases, notes, a decision, saved', async ({ page, browser, baseURL, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36).slice(-5);
  const kase = await setUpMeetingCase(page, 'Noah', stamp);
  const meetingId = await planMeetingByApi(page, kase, kase.invitable.slice(0, 3));
  await startMeetingByApi(page, meetingId);

  const facilitator = await logInAs(browser, baseURL as string, FACILITATOR.email);
  await facilitator.goto(runUrl(meetingId));
  const stepper = facilitator.getByRole('navigation', { name: 'Dagsorden' });
  await expect(stepper.getByRole('button', { name: /Velkomst og formål/ })).toHaveAttribute('aria-current', 'step');
  const keys = facilitator.keyboard;

  // Tab to the stepper, choose a phase with Enter, then "Næste fase".
  await tabTo(facilitator, stepper.getByRole('button', { name: /Runde/ }));
  await keys.press('Enter');
  await expect(stepper.getByRole('button', { name: /Runde/ })).toHaveAttribute('aria-current', 'step');
  await expect(facilitator.getByRole('heading', { level: 2, name: 'Fase 2 af 8: Runde' })).toBeFocused();
  await tabTo(facilitator, stepper.getByRole('button', { name: 'Næste fase' }));
  await keys.press('Enter');
  await expect(stepper.getByRole('button', { name: /Det vi er bekymrede for/ })).toHaveAttribute('aria-current', 'step');

  // Notes for the phase.
  const notes = facilitator.getByLabel('Noter: Det vi er bekymrede for');
  await tabTo(facilitator, notes);
  await keys.type('Noah kommer ikke i skole om mandagen');

  // A decision with a person from the network.
  const section = decisionsSection(facilitator);
  await tabTo(facilitator, section.getByLabel('Hvad', { exact: true }));
  await keys.type('Følger Noah i skole mandag');
  await keys.press('Tab');
  await expect(section.getByLabel('Hvem (deltager)')).toBeFocused();
  await keys.press('ArrowDown');
  await expect(section.getByLabel('Hvem (med ord)')).toHaveValue(kase.invitable[0] as string);
  await tabTo(facilitator, section.getByRole('button', { name: 'Tilføj aftale' }));
  await keys.press('Enter');
  await expect(section.getByRole('cell', { name: 'Følger Noah i skole mandag', exact: true })).toBeVisible();
  await expect(saveStatus(facilitator)).toHaveText(/^Gemt kl\. \d\d\.\d\d$/, { timeout: 15_000 });

  const saved = (await (await facilitator.request.get(`/api/meetings/${meetingId}`)).json()) as {
    currentPhase: string;
    phaseNotes: Record<string, string>;
    decisions: { what: string; who: string }[];
  };
  expect(saved.currentPhase).toBe('WORRIES');
  expect(saved.phaseNotes.WORRIES).toBe('Noah kommer ikke i skole om mandagen');
  expect(saved.decisions).toEqual([expect.objectContaining({ what: 'Følger Noah i skole mandag', who: kase.invitable[0] })]);
  await expectNoA11yViolations({ page: facilitator, label: 'meeting screen by keyboard' });
  await facilitator.close();
});

test('the autosave keeps what is typed offline on this computer and saves it when the connection is back', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36).slice(-5);
  const kase = await setUpMeetingCase(page, 'Ida', stamp);
  const meetingId = await planMeetingByApi(page, kase, kase.invitable.slice(0, 2));
  await startMeetingByApi(page, meetingId);

  const facilitator = await logInAs(browser, baseURL as string, FACILITATOR.email);
  await facilitator.goto(runUrl(meetingId));
  const worries = facilitator.getByLabel('Det vi er bekymrede for', { exact: true });
  await worries.fill('Ida sover dårligt');
  await expect(saveStatus(facilitator)).toHaveText(/^Gemt kl\./, { timeout: 15_000 });

  await facilitator.context().setOffline(true);
  await worries.press('End');
  await worries.pressSequentially(' og spiser ikke morgenmad');
  await expect(saveStatus(facilitator)).toContainText('Ikke gemt – ingen forbindelse', { timeout: 15_000 });
  const stored = await facilitator.evaluate((id) => {
    const key = Object.keys(window.localStorage).find((k) => k.startsWith(`inddrag:meeting-run:${id}:`));
    return key ? (JSON.parse(window.localStorage.getItem(key) as string) as { worries: string }).worries : null;
  }, meetingId);
  expect(stored).toBe('Ida sover dårligt og spiser ikke morgenmad');

  await facilitator.context().setOffline(false);
  await expect(saveStatus(facilitator)).toHaveText(/^Gemt kl\./, { timeout: 15_000 });
  const meeting = (await (await facilitator.request.get(`/api/meetings/${meetingId}`)).json()) as { worries: string };
  expect(meeting.worries).toBe('Ida sover dårligt og spiser ikke morgenmad');
  expect(await facilitator.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('inddrag:meeting-run:')).length)).toBe(0);
  await facilitator.close();
});

test('when someone else saved meanwhile, the screen shows both texts and keeps mine on request', async ({ page, browser, baseURL, expectNoA11yViolations }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36).slice(-5);
  const kase = await setUpMeetingCase(page, 'Liv', stamp);
  const meetingId = await planMeetingByApi(page, kase, kase.invitable.slice(0, 2));
  await startMeetingByApi(page, meetingId);
  const facilitator = await logInAs(browser, baseURL as string, FACILITATOR.email);
  await facilitator.goto(runUrl(meetingId));
  await expect(facilitator.getByRole('navigation', { name: 'Dagsorden' })).toBeVisible();

  // The caseworker saves the column from another computer.
  const current = (await (await page.request.get(`/api/meetings/${meetingId}`)).json()) as { version: number };
  const other = await page.request.patch(`/api/meetings/${meetingId}/run`, {
    headers: await csrfHeaders(page.request),
    data: { version: current.version, workingWell: 'Liv har en god veninde' },
  });
  expect(other.status()).toBe(200);

  await facilitator.getByLabel('Det der går godt', { exact: true }).fill('Mormor hjælper med lektier');
  const conflict = facilitator.getByRole('alert').filter({ hasText: 'En anden har gemt mødet imens' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText('Liv har en god veninde');
  await expect(conflict).toContainText('Mormor hjælper med lektier');
  await expectNoA11yViolations({ page: facilitator, label: 'meeting screen with a conflict' });
  await conflict.getByRole('button', { name: 'Behold min tekst' }).click();
  await expect(saveStatus(facilitator)).toHaveText(/^Gemt kl\./, { timeout: 15_000 });
  const saved = (await (await page.request.get(`/api/meetings/${meetingId}`)).json()) as { workingWell: string };
  expect(saved.workingWell).toBe('Mormor hjælper med lektier');
  await facilitator.close();
});
