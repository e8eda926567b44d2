import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDecision, Problem } from '@inddrag/contracts';
import { createCaseInAssessment, demoIds, type DemoIds } from '../../testing/demo-case';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let ids: DemoIds;
let caseworker: TestSession;
let executor: TestSession;
const now = new Date('2026-11-24T09:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  ids = await demoIds(t.prisma);
  caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  executor = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
});
afterAll(async () => t?.close());

let counter = 0;
const newCase = async () => {
  counter += 1;
  return createCaseInAssessment(t.prisma, ids, { prefix: 'ANB', number: counter, now, team: [{ userId: ids.ali, role: 'EXECUTOR' }] });
};
const placement = {
  legalBasis: 'Barnets lov § 46',
  measure: 'Anbringelse i familiepleje',
  purpose: 'At give barnet en stabil hverdag',
  expectedDuration: '1 år',
  decidedOn: '2026-11-23',
  isPlacement: true,
};
const record = (session: TestSession, caseId: string, payload: Record<string, unknown>) =>
  session.inject({ method: 'POST', url: `/api/cases/${caseId}/decisions`, payload });

describe('considering the network before a placement (issue 8 point 5)', () => {
  it('asks for the network-inclusive method before a placement and names each missing answer', async () => {
    const caseId = await newCase();
    const missing = await record(caseworker, caseId, placement);
    expect(missing.statusCode).toBe(400);
    expect(Problem.parse(missing.json()).errors?.map((e) => e.path)).toEqual(['body.networkMethodConsidered']);
    const noMethod = await record(caseworker, caseId, { ...placement, networkMethodConsidered: true });
    expect(Problem.parse(noMethod.json()).errors?.map((e) => e.path)).toEqual(['body.networkMethodUsed']);
    const noReason = await record(caseworker, caseId, { ...placement, networkMethodConsidered: true, networkMethodUsed: 'NONE' });
    expect(Problem.parse(noReason.json()).errors?.map((e) => e.path)).toEqual(['body.networkMethodReason']);
    const contradiction = await record(caseworker, caseId, {
      ...placement,
      networkMethodConsidered: false,
      networkMethodUsed: 'FAMILY_GROUP_CONFERENCE',
      networkMethodReason: 'Akut anbringelse',
    });
    expect(Problem.parse(contradiction.json()).errors?.map((e) => e.path)).toEqual(['body.networkMethodUsed']);
    expect(await t.prisma.caseDecision.count({ where: { caseId } })).toBe(0);
  });

  it('keeps the answers with the decision for result follow-up, and records a placement in the network', async () => {
    const caseId = await newCase();
    const used = await record(caseworker, caseId, {
      ...placement,
      networkMethodConsidered: true,
      networkMethodUsed: 'FAMILY_GROUP_CONFERENCE',
      placementInNetwork: true,
    });
    expect(used.statusCode, used.body).toBe(201);
    expect(CaseDecision.parse(used.json()).placement).toEqual({
      methodConsidered: true,
      methodUsed: 'FAMILY_GROUP_CONFERENCE',
      reasonNotUsed: null,
      placementInNetwork: true,
    });
    const notUsed = await record(caseworker, caseId, {
      ...placement,
      decidedOn: '2026-11-24',
      networkMethodConsidered: false,
      networkMethodReason: 'Akut anbringelse efter vold i hjemmet; familierådslagning overvejes inden hjemgivelse.',
    });
    expect(notUsed.statusCode, notUsed.body).toBe(201);
    const stored = await t.prisma.placementConsideration.findMany({ where: { caseId }, orderBy: { consideredOn: 'asc' } });
    expect(stored.map((row) => [row.methodConsidered, row.methodUsed, row.placementInNetwork, row.decisionId !== null])).toEqual([
      [true, 'FAMILY_GROUP_CONFERENCE', true, true],
      [false, 'NONE', false, true],
    ]);
    const list = await caseworker.inject({ method: 'GET', url: `/api/cases/${caseId}/decisions` });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: unknown[] }).items.map((item) => CaseDecision.parse(item));
    expect(items.map((item) => item.placement?.methodUsed)).toEqual(['NONE', 'FAMILY_GROUP_CONFERENCE']);
  });

  it('asks nothing of a decision that is not a placement, and the executor may not record decisions', async () => {
    const caseId = await newCase();
    const plain = await record(caseworker, caseId, { ...placement, isPlacement: false, measure: 'Familiebehandling' });
    expect(plain.statusCode, plain.body).toBe(201);
    expect(CaseDecision.parse(plain.json()).placement).toBeNull();
    expect(await t.prisma.placementConsideration.count({ where: { caseId } })).toBe(0);
    const refused = await record(executor, caseId, { ...placement, networkMethodConsidered: true, networkMethodUsed: 'NETWORK_MEETING' });
    expect(refused.statusCode).toBe(404);
  });
});
