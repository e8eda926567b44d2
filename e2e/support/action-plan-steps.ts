import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { csrfHeaders } from './auth';
import { expect } from './fixtures';

/**
 * Shared steps for the child's plan (barnets plan): a held meeting with an agreement made through
 * the API, and the plan form's goals, tasks and status actions as the user meets them.
 */

export const planUrl = (caseId: string, planId: string) => `/sager/${caseId}/plan/${planId}`;

/** The id of a network person on the case's first map, by name. */
export async function networkPersonId(request: APIRequestContext, caseId: string, name: string): Promise<string> {
  const maps = (await (await request.get(`/api/cases/${caseId}/network-maps`)).json()) as { items: { id: string }[] };
  const map = (await (await request.get(`/api/cases/${caseId}/network-maps/${maps.items[0]!.id}`)).json()) as {
    persons: { id: string; name: string }[];
  };
  const person = map.persons.find((p) => p.name === name);
  if (!person) throw new Error(`${name} is not on the map`);
  return person.id;
}

/**
 * Through the API, as the logged-in caseworker: a network meeting planned, started, with one
 * agreement for a network person, and finished (HELD). Returns the agreement's text.
 */
export async function holdMeetingWithAgreement(
  request: APIRequestContext,
  caseId: string,
  agreement: { what: string; who: string; networkPersonId: string; dueOn: string },
): Promise<{ meetingId: string }> {
  const headers = await csrfHeaders(request);
  const planned = await request.post(`/api/cases/${caseId}/meetings`, {
    headers,
    data: {
      type: 'NETWORK_MEETING',
      purpose: 'Lave aftaler om hverdagen',
      startsAt: new Date(Date.now() + 60 * 60_000).toISOString(),
      place: 'Rådhuset, mødelokale 2',
      initiator: 'Rådgiveren',
      leader: { userId: null, name: 'Mødeleder Mette' },
    },
  });
  expect(planned.status(), await planned.text()).toBe(201);
  let meeting = (await planned.json()) as { id: string; version: number };
  const step = async (suffix: string, data: Record<string, unknown>, status = 200) => {
    const response = await request.post(`/api/meetings/${meeting.id}${suffix}`, {
      headers,
      data: { ...data, version: meeting.version },
    });
    expect(response.status(), await response.text()).toBe(status);
    meeting = (await response.json()) as { id: string; version: number };
  };
  await step('/start', {});
  await step('/decisions', { kind: 'AGREEMENT', ...agreement }, 201);
  await step('/finish', {});
  return { meetingId: meeting.id };
}

export const planForm = (page: Page): Locator => page.getByRole('form', { name: 'Barnets plan' });
export const goalSection = (page: Page, number: number): Locator =>
  planForm(page)
    .locator('section.action-plan-goal')
    .filter({ has: page.getByRole('heading', { name: `Mål ${number}`, exact: true }) });
export const networkFieldset = (page: Page): Locator =>
  planForm(page)
    .locator('fieldset')
    .filter({ has: page.getByText('Netværkets del af planen', { exact: true }) });

/** Fills one goal: area, the goal, the child's words, how progress is seen. */
export async function fillGoal(
  goal: Locator,
  fields: { area: string; goal: string; childWords: string; indicators: string },
): Promise<void> {
  await goal.getByLabel('Område i barnets liv').selectOption({ label: fields.area });
  await goal.getByLabel('Målet', { exact: true }).fill(fields.goal);
  await goal.getByLabel('Barnets egne ord').fill(fields.childWords);
  await goal.getByLabel('Sådan ser vi fremskridt').fill(fields.indicators);
}

/** The case's deadline row of a kind, e.g. "Opfølgning". */
export const deadlineRow = (page: Page, kind: string): Locator =>
  page
    .getByTestId('case-deadlines')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: kind, exact: true }) });

/** `YYYY-MM-DD` for today plus days, as the Danish date the UI shows and as the ISO value. */
export function dayFromToday(days: number): { iso: string; shown: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(date);
  const shown = new Intl.DateTimeFormat('da-DK', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
  return { iso, shown };
}

/** Chooses the option of a select whose text contains `text` (the options carry more than the name). */
export async function chooseOption(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  if (value === null) throw new Error(`no option with ${text}`);
  await select.selectOption(value);
}
