import type { APIRequestContext, Page } from '@playwright/test';
import { csrfHeaders } from './auth';
import { expect } from './fixtures';
import { COORDINATOR, type MeetingCase } from './meeting-steps';

/**
 * Steps for the family group conference journey. Where another part's screen is not the subject
 * (starting and finishing the meeting on the meeting screen), the step goes through the API with
 * the user's own session, so the journey stays about the conference.
 */

export const conferenceUrl = (meetingId: string) => `/moeder/${meetingId}/raadslagning`;

interface MeetingJson {
  id: string;
  version: number;
  participants: { id: string; name: string; version: number; isProfessional: boolean }[];
  conference: { questions: { id: string; text: string }[] } | null;
}

export async function meetingJson(request: APIRequestContext, meetingId: string): Promise<MeetingJson> {
  const response = await request.get(`/api/meetings/${meetingId}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as MeetingJson;
}

async function directoryId(request: APIRequestContext, name: string): Promise<string> {
  const { items } = (await (await request.get('/api/users/directory')).json()) as { items: { id: string; name: string }[] };
  const user = items.find((item) => item.name === name);
  if (!user) throw new Error(`no user ${name} in the directory`);
  return user.id;
}

/** The caseworker plans a family group conference coordinated by Karen Mølgaard (through the API). */
export async function planConference(request: APIRequestContext, kase: MeetingCase): Promise<string> {
  const startsAt = new Date(Date.now() + 3 * 86_400_000);
  startsAt.setUTCHours(13, 0, 0, 0);
  const response = await request.post(`/api/cases/${kase.id}/meetings`, {
    headers: await csrfHeaders(request),
    data: {
      type: 'FAMILY_GROUP_CONFERENCE',
      purpose: `At familien laver en plan for, hvordan ${kase.firstName} trives i skolen`,
      startsAt: startsAt.toISOString(),
      place: 'Medborgerhuset, lokale 2',
      neutralVenue: true,
      initiator: 'Rådgiveren efter børnefaglig undersøgelse',
      coordinatorId: await directoryId(request, COORDINATOR.name),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** Invites through the API: the family from the map, and professionals from the case team. */
export async function invite(request: APIRequestContext, meetingId: string, participants: unknown[]): Promise<void> {
  const response = await request.post(`/api/meetings/${meetingId}/participants`, { headers: await csrfHeaders(request), data: { participants } });
  expect(response.status(), await response.text()).toBe(201);
}

/** A step of the meeting screen (start, run autosave, finish) through the API, with the current version. */
export async function meetingStep(request: APIRequestContext, meetingId: string, step: 'start' | 'finish' | 'run', data: Record<string, unknown> = {}) {
  const { version } = await meetingJson(request, meetingId);
  const headers = await csrfHeaders(request);
  const url = `/api/meetings/${meetingId}/${step}`;
  const response =
    step === 'run' ? await request.patch(url, { headers, data: { version, ...data } }) : await request.post(url, { headers, data: { version, ...data } });
  expect(response.status(), await response.text()).toBe(200);
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
