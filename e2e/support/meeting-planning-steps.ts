import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { CASEWORKER, FACILITATOR, planMeetingUrl, type MeetingCase } from './meeting-steps';

/**
 * Steps for planning a meeting through the UI and inviting from the network map (the planning
 * pages at /sager/:caseId/moeder/nyt and /moeder/:meetingId). The running journey continues from
 * the meeting these leave planned.
 */

export interface PlanOptions {
  /** Fill the form by keyboard alone (Tab, typing, arrow keys), as a keyboard user would. */
  keyboard?: boolean;
  /** `YYYY-MM-DD` (Copenhagen); default a week from today. */
  date?: string;
  purpose?: string;
  place?: string;
}

export const meetingIdOf = (page: Page): string => {
  const match = /\/moeder\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
  if (!match) throw new Error(`not on a meeting page: ${page.url()}`);
  return match[1] as string;
};

const inAWeek = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + 7 * 86_400_000));

/**
 * Plans an inclusive network meeting for the case from the planning page: the caseworker invites,
 * the facilitator leads, a family member takes notes. Ends on the meeting page; returns its id.
 */
export async function planNetworkMeeting(
  page: Page,
  kase: Pick<MeetingCase, 'id' | 'firstName'>,
  options: PlanOptions = {},
): Promise<string> {
  const date = options.date ?? inAWeek();
  const purpose = options.purpose ?? `At lave en plan, så ${kase.firstName} kommer godt i skole hver dag`;
  const place = options.place ?? 'Medborgerhuset, lokale 2';
  await page.goto(planMeetingUrl(kase.id));
  await expect(page.getByRole('heading', { level: 1, name: 'Planlæg et møde' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Planlæg et møde' });
  await expect(
    form.getByRole('combobox', { name: 'Mødeleder' }).getByRole('option', { name: FACILITATOR.name }),
  ).toBeAttached();

  if (options.keyboard) {
    const network = form.getByRole('radio', { name: 'Inddragende netværksmøde' });
    await network.focus();
    await page.keyboard.press('Space');
    await expect(network).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Formål', { exact: true })).toBeFocused();
    await page.keyboard.type(purpose);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Velkomst');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Runde');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hvad skal der til');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Dato', { exact: true })).toBeFocused();
    // The native date and time widgets are Chromium's own: their segments follow the browser's UI
    // language, and Tab walks the segments. Fill them, then go on by keyboard from the venue.
    await form.getByLabel('Dato', { exact: true }).fill(date);
    await form.getByLabel('Starttidspunkt').fill('15:00');
    await form.getByLabel('Sluttidspunkt').fill('18:00');
    await form.getByLabel('Sluttidspunkt').focus();
    const venue = form.getByLabel('Mødested', { exact: true });
    for (let tabs = 0; tabs < 4 && !(await venue.evaluate((el) => el === document.activeElement)); tabs += 1)
      await page.keyboard.press('Tab');
    await expect(venue).toBeFocused();
    await page.keyboard.type(place);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(form.getByLabel('Neutralt mødested')).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rådgiveren efter underretning fra skolen');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Indkalder')).toBeFocused();
    await page.keyboard.type(CASEWORKER.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(FACILITATOR.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type('En anden');
    await expect(form.getByLabel('Navn på Referent')).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Mormor');
    await expect(form.getByLabel('Indkalder')).toHaveValue(/[0-9a-f-]{36}/);
    await expect(form.getByRole('combobox', { name: 'Mødeleder' }).locator('option:checked')).toHaveText(
      FACILITATOR.name,
    );
    await form.getByRole('button', { name: 'Planlæg mødet' }).focus();
    await page.keyboard.press('Enter');
  } else {
    await form.getByRole('radio', { name: 'Inddragende netværksmøde' }).check();
    await form.getByLabel('Formål', { exact: true }).fill(purpose);
    await form.getByLabel('Dagsorden').fill('Velkomst\nRunde\nHvad skal der til');
    await form.getByLabel('Dato', { exact: true }).fill(date);
    await form.getByLabel('Starttidspunkt').fill('15:00');
    await form.getByLabel('Sluttidspunkt').fill('18:00');
    await form.getByLabel('Mødested', { exact: true }).fill(place);
    await form.getByLabel('Neutralt mødested').check();
    await form.getByLabel('Initiativtager').fill('Rådgiveren efter underretning fra skolen');
    await form.getByLabel('Indkalder').selectOption({ label: CASEWORKER.name });
    await form.getByLabel('Mødeleder').selectOption({ label: FACILITATOR.name });
    await form.getByLabel('Referent').selectOption({ label: 'En anden (skriv navnet)' });
    await form.getByLabel('Navn på Referent').fill('Mormor');
    await form.getByRole('button', { name: 'Planlæg mødet' }).click();
  }
  await expect(page).toHaveURL(/\/moeder\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Inddragende netværksmøde om ${kase.firstName}`);
  return meetingIdOf(page);
}

export const invitePanel = (page: Page): Locator => page.getByTestId('invite-panel');
export const participantsTable = (page: Page): Locator => page.getByTestId('participants-table');
export const participantRow = (page: Page, name: string): Locator =>
  participantsTable(page).locator(`tr[data-participant="${name}"]`);

/** On the meeting page: ticks the named candidates in "Invitér" and invites them. */
export async function inviteFromMap(page: Page, names: readonly string[]): Promise<void> {
  const panel = invitePanel(page);
  for (const name of names) await panel.getByRole('checkbox', { name, exact: true }).check();
  await panel.getByRole('button', { name: `Invitér de valgte (${names.length})` }).click();
  for (const name of names) await expect(participantRow(page, name)).toBeVisible();
}

/** Records that the invitation went out today (by letter) and the participant's reply. */
export async function recordInvitationAndReply(
  page: Page,
  name: string,
  reply: 'Kommer' | 'Kommer ikke' = 'Kommer',
): Promise<void> {
  await participantRow(page, name)
    .getByRole('button', { name: `Registrér for ${name}` })
    .click();
  const actions = page.getByTestId('participant-actions');
  await expect(actions.getByRole('heading', { name: `Invitation og svar: ${name}` })).toBeFocused();
  await actions.getByRole('button', { name: 'Gem at invitationen er sendt' }).click();
  await expect(participantRow(page, name).getByRole('cell').nth(2)).toContainText('Sendt');
  await actions.getByRole('button', { name: reply, exact: true }).click();
  await expect(participantRow(page, name).getByRole('cell').nth(3)).toHaveText(reply);
  await actions.getByRole('button', { name: 'Luk' }).click();
}
