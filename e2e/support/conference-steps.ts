import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { CASEWORKER, COORDINATOR, planMeetingUrl, type MeetingCase } from './meeting-steps';
import { meetingIdOf } from './meeting-planning-steps';
import { daysFromToday, runUrl, saveStatus } from './meeting-run-steps';

/**
 * Steps for the family group conference journey, all through the screens: the caseworker plans it
 * on the planning page, the coordinator invites from the meeting page and runs it on the meeting
 * screen (/moeder/:meetingId/afhold) with the conference's own phase panels.
 */

export const conferenceUrl = (meetingId: string) => `/moeder/${meetingId}/raadslagning`;

/**
 * The caseworker plans a family group conference coordinated by Karen Mølgaard on the planning
 * page. Ends on the meeting page; returns its id.
 */
export async function planConference(page: Page, kase: Pick<MeetingCase, 'id' | 'firstName'>): Promise<string> {
  await page.goto(planMeetingUrl(kase.id));
  await expect(page.getByRole('heading', { level: 1, name: 'Planlæg et møde' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Planlæg et møde' });
  await expect(form.getByRole('combobox', { name: 'Indkalder' }).getByRole('option', { name: CASEWORKER.name })).toBeAttached();
  await form.getByRole('radio', { name: 'Familierådslagning' }).check();
  const coordinator = form.getByRole('combobox', { name: 'Samordner' });
  await expect(coordinator.getByRole('option', { name: COORDINATOR.name })).toBeAttached();
  await coordinator.selectOption({ label: COORDINATOR.name });
  await form.getByLabel('Formål', { exact: true }).fill(`At familien laver en plan for, hvordan ${kase.firstName} trives i skolen`);
  await form.getByLabel('Dato', { exact: true }).fill(daysFromToday(3));
  await form.getByLabel('Starttidspunkt').fill('14:00');
  await form.getByLabel('Sluttidspunkt').fill('18:00');
  await form.getByLabel('Mødested', { exact: true }).fill('Medborgerhuset, lokale 2');
  await form.getByLabel('Neutralt mødested').check();
  await form.getByLabel('Initiativtager').fill('Rådgiveren efter børnefaglig undersøgelse');
  await form.getByLabel('Indkalder').selectOption({ label: CASEWORKER.name });
  await form.getByRole('button', { name: 'Planlæg mødet' }).click();
  await expect(page).toHaveURL(/\/moeder\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Familierådslagning om ${kase.firstName}`);
  return meetingIdOf(page);
}

/** Writes the questions on the conference page, one per line of `questions`. */
export async function writeQuestions(page: Page, questions: string[]): Promise<void> {
  const section = page.getByTestId('conference-questions');
  for (const [index, text] of questions.entries()) {
    const field = section.getByLabel(`Spørgsmål ${index + 1}`, { exact: true });
    if ((await field.count()) === 0) await section.getByRole('button', { name: 'Tilføj spørgsmål' }).click();
    await section.getByLabel(`Spørgsmål ${index + 1}`, { exact: true }).fill(text);
  }
  await section.getByRole('button', { name: 'Gem spørgsmålene' }).click();
  await expect(section.getByText('Spørgsmålene er gemt.')).toBeVisible();
}

/** The meeting screen's panel for the current phase (its heading says "Fase n af 7: …"). */
export const phasePanel = (page: Page): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: /^Fase \d af \d+:/ }) });

/** On the meeting screen: "Næste fase" until `phase` is the current one; waits for the autosave. */
export async function goToPhase(page: Page, phase: string): Promise<void> {
  const agenda = page.getByRole('navigation', { name: 'Dagsorden' });
  const step = agenda.getByRole('button', { name: phase, exact: true });
  for (let presses = 0; presses < 10 && (await step.getAttribute('aria-current')) !== 'step'; presses += 1)
    await agenda.getByRole('button', { name: 'Næste fase' }).click();
  await expect(step).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Fase \\d af 7: ${phase}$`) })).toBeVisible();
  await expectSaved(page);
}

/** The autosave has sent everything ("Gemt kl. …"). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText(/^Gemt kl\. \d{2}\.\d{2}$/, { timeout: 10_000 });
}

export { runUrl };
