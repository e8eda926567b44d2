import type { Locator, Page } from '@playwright/test';
import { csrfHeaders } from './auth';
import { expect } from './fixtures';
import { FACILITATOR, type MeetingCase } from './meeting-steps';

/**
 * Steps for the meeting screen (/moeder/:meetingId/afhold) and the minutes (…/referat). The main
 * journey plans through the planning pages (meeting-planning-steps.ts); the shorter tests plan
 * through the API here, so they start at the meeting screen.
 */

export const runUrl = (meetingId: string) => `/moeder/${meetingId}/afhold`;
export const minutesUrl = (meetingId: string, network = false) => `/moeder/${meetingId}/referat${network ? '?udgave=netvaerk' : ''}`;
export const saveStatus = (page: Page): Locator => page.getByTestId('run-save-status');
export const decisionsSection = (page: Page): Locator => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Aftaler' }) });

/** A network meeting of the case led by the facilitator, with the given network persons invited (through the API). */
export async function planMeetingByApi(page: Page, kase: MeetingCase, invite: readonly string[]): Promise<string> {
  const request = page.request;
  const headers = await csrfHeaders(request);
  const options = (await (await request.get(`/api/cases/${kase.id}/meetings/options`)).json()) as {
    facilitators: { id: string; name: string }[];
    candidates: { name: string; ref: unknown }[];
  };
  const leader = options.facilitators.find((f) => f.name === FACILITATOR.name);
  const startsAt = new Date(Date.now() + 3_600_000).toISOString();
  const planned = await request.post(`/api/cases/${kase.id}/meetings`, {
    headers,
    data: {
      type: 'NETWORK_MEETING',
      purpose: `En god hverdag for ${kase.firstName}`,
      startsAt,
      place: 'Medborgerhuset',
      neutralVenue: true,
      initiator: 'Rådgiveren',
      leader: { userId: leader?.id ?? null, name: leader ? null : 'Mødeleder' },
    },
  });
  expect(planned.status(), await planned.text()).toBe(201);
  const meeting = (await planned.json()) as { id: string };
  const refs = options.candidates.filter((c) => invite.includes(c.name)).map((c) => c.ref);
  expect(refs).toHaveLength(invite.length);
  const invited = await request.post(`/api/meetings/${meeting.id}/participants`, { headers, data: { participants: refs } });
  expect(invited.status(), await invited.text()).toBe(201);
  return meeting.id;
}

/** On the meeting screen of a planned meeting: "Start mødet". */
export async function startMeeting(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await expect(page.getByRole('navigation', { name: 'Dagsorden' })).toBeVisible();
}

/** Adds a decision with a participant from the network (the "who" text follows the choice). */
export async function addDecision(page: Page, what: string, participant: string, dueOn: string): Promise<void> {
  const section = decisionsSection(page);
  await section.getByLabel('Hvad', { exact: true }).fill(what);
  const select = section.getByLabel('Hvem (deltager)');
  const value = await select.locator('option', { hasText: participant }).getAttribute('value');
  await select.selectOption(value as string);
  await expect(section.getByLabel('Hvem (med ord)')).toHaveValue(participant);
  await section.getByLabel('Senest').fill(dueOn);
  await section.getByRole('button', { name: 'Tilføj aftale' }).click();
  await expect(section.getByRole('cell', { name: what, exact: true })).toBeVisible();
}

/** A calendar date `days` from today in Copenhagen, `YYYY-MM-DD`. */
export const daysFromToday = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** Starts a planned meeting through the API (for tests that begin at the running meeting). */
export async function startMeetingByApi(page: Page, meetingId: string): Promise<void> {
  const request = page.request;
  const meeting = (await (await request.get(`/api/meetings/${meetingId}`)).json()) as { version: number };
  const started = await request.post(`/api/meetings/${meetingId}/start`, { headers: await csrfHeaders(request), data: { version: meeting.version } });
  expect(started.status(), await started.text()).toBe(200);
}

/** Presses Tab until `target` has focus (keyboard only; fails after `max` presses). */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
