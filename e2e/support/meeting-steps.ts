import type { APIRequestContext, Page } from '@playwright/test';
import { csrfHeaders } from './auth';
import { expect } from './fixtures';
import { registerCaseInAssessment, type JourneyCase } from './network-map-steps';

/**
 * Shared steps for the meeting journeys: a case of the logged-in caseworker (raadgiver@) with a
 * network map of six private persons who consented to contact, one marked do-not-contact, a mother
 * with custody, and the facilitator (Birgitte Storm) on the case team. Built through the API, so
 * the journeys start where the meeting work starts.
 */

export const FACILITATOR = { email: 'facilitator@demo.inddrag.dk', name: 'Birgitte Storm' };
export const COORDINATOR = { email: 'samordner@demo.inddrag.dk', name: 'Karen Mølgaard' };
export const CASEWORKER = { email: 'raadgiver@demo.inddrag.dk', name: 'Sofie Lund' };

export interface MeetingCase extends JourneyCase {
  /** Names of the network persons who may be invited (consent given), in the order created. */
  invitable: string[];
  /** The person with do-not-contact, who may not. */
  blocked: string;
  mother: string;
  mapId: string;
}

export const caseMeetingsUrl = (caseId: string) => `/sager/${caseId}/moeder`;
export const planMeetingUrl = (caseId: string) => `/sager/${caseId}/moeder/nyt`;
export const meetingUrl = (meetingId: string) => `/moeder/${meetingId}`;

async function userId(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get('/api/users/directory');
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; name: string }[] };
  const user = items.find((item) => item.name === name);
  if (!user) throw new Error(`no user ${name} in the directory`);
  return user.id;
}

/** Registers a case through the UI (left open on the case page) and sets up its network through the API. */
export async function setUpMeetingCase(page: Page, firstName: string, stamp: string): Promise<MeetingCase> {
  const kase = await registerCaseInAssessment(page, firstName, 'Mødesen');
  const request = page.request;
  const headers = await csrfHeaders(request);

  const team = await request.post(`/api/cases/${kase.id}/team`, {
    headers,
    data: { userId: await userId(request, FACILITATOR.name), role: 'FACILITATOR' },
  });
  expect(team.status(), await team.text()).toBe(201);
  const mother = `Maria ${stamp}`;
  const parent = await request.post(`/api/cases/${kase.id}/parents`, {
    headers,
    data: { name: mother, relation: 'MOTHER', hasCustody: true, cpr: null, address: null, phone: null, email: null },
  });
  expect(parent.status(), await parent.text()).toBe(201);

  const created = await request.post(`/api/cases/${kase.id}/network-maps`, {
    headers,
    data: { perspective: 'CHILD', perspectiveOf: null, occasion: 'BFU' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const map = (await created.json()) as { id: string; version: number };
  const placement = { ring: 'INNER', position: 0.5, quality: 'SUPPORTIVE', qualityView: 'PROFESSIONAL' };
  const invitable = [
    { name: `Grethe ${stamp}`, relation: 'mormor', sector: 'FAMILY' },
    { name: `Poul ${stamp}`, relation: 'morfar', sector: 'FAMILY' },
    { name: `Lise ${stamp}`, relation: 'moster', sector: 'FAMILY' },
    { name: `Jens ${stamp}`, relation: 'nabo', sector: 'FRIENDS_LEISURE' },
    { name: `Ole ${stamp}`, relation: 'fodboldtræner', sector: 'FRIENDS_LEISURE' },
    { name: `Hanne ${stamp}`, relation: 'veninde til mor', sector: 'FRIENDS_LEISURE' },
  ].map((person, index) => ({ id: crypto.randomUUID(), ...person, placement: { ...placement, position: index / 6 } }));
  const blocked = {
    id: crypto.randomUUID(),
    name: `Karsten ${stamp}`,
    relation: 'far',
    sector: 'FAMILY',
    doNotContact: true,
    doNotContactReason: 'Polititilhold',
    placement: { ...placement, ring: 'OUTER', quality: 'STRESSFUL' },
  };
  const saved = await request.put(`/api/cases/${kase.id}/network-maps/${map.id}`, {
    headers,
    data: { baseVersion: map.version, occasion: 'BFU', occasionNote: null, document: { persons: [...invitable, blocked], ties: [] } },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  for (const person of invitable) {
    const consent = await request.post(`/api/cases/${kase.id}/network-persons/${person.id}/consents`, {
      headers,
      data: { givenBy: 'Mor (forældremyndighed)', scope: 'Kontakt og invitation til netværksmøder', givenOn: '2026-01-01' },
    });
    expect(consent.status(), await consent.text()).toBe(201);
  }
  return { ...kase, invitable: invitable.map((p) => p.name), blocked: blocked.name, mother, mapId: map.id };
}
