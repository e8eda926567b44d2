import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseListResponse, Problem } from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let leader: TestSession;
const now = new Date('2026-11-24T10:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  // The Myndighed leader sees every case the unit holds: all 30 demo cases.
  leader = await loginAs(t.app, 'leder@demo.inddrag.dk');
});
afterAll(async () => t?.close());

async function list(query = '') {
  const response = await leader.inject({ method: 'GET', url: `/api/cases${query}` });
  return { response, body: response.json() };
}

describe('GET /api/cases', () => {
  it('lists the seeded cases with masked CPR numbers and derived ages', async () => {
    const { response, body } = await list('?limit=100');
    expect(response.statusCode).toBe(200);
    const page = CaseListResponse.parse(body);
    expect(page.items).toHaveLength(30);
    expect(page.nextCursor).toBeNull();
    for (const item of page.items) {
      expect(item.child.cprMasked).toMatch(/^\d{6}-XXXX$/);
      expect(item.child.age).toBeGreaterThanOrEqual(0);
      expect(item.child.age).toBeLessThanOrEqual(17);
    }
    const cprs = (await t.prisma.case.findMany({ select: { childCpr: true } })).map((c) => c.childCpr);
    for (const cpr of cprs) {
      expect(response.body).not.toContain(cpr);
      expect(response.body).not.toContain(`${cpr.slice(0, 6)}-${cpr.slice(6)}`);
    }
    expect(response.body).not.toContain('childCpr');
  });

  it('pages with an opaque cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=7&sort=childName${cursor ? `&cursor=${cursor}` : ''}`;
      const page = CaseListResponse.parse((await list(query)).body);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('searches by name and case number, and filters by phase', async () => {
    const all = CaseListResponse.parse((await list('?limit=100')).body).items;
    const target = all[3]!;
    const byName = CaseListResponse.parse(
      (await list(`?q=${encodeURIComponent(target.child.lastName.toUpperCase())}&limit=100`)).body,
    );
    expect(byName.items.map((c) => c.id)).toContain(target.id);
    expect(
      byName.items.every(
        (c) => c.child.lastName === target.child.lastName || c.child.firstName.includes(target.child.lastName),
      ),
    ).toBe(true);

    const byNumber = CaseListResponse.parse((await list(`?q=${target.caseNumber}`)).body);
    expect(byNumber.items.map((c) => c.id)).toEqual([target.id]);

    const plan = CaseListResponse.parse((await list('?phase=PLAN&limit=100')).body);
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.items.every((c) => c.phase === 'PLAN')).toBe(true);
  });

  it('answers a bad query with a field-level 400 problem', async () => {
    const { response, body } = await list('?limit=0&phase=NOPE');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = Problem.parse(body);
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['querystring.limit', 'querystring.phase']);
  });

  it('rejects a forged cursor with 400, not 500', async () => {
    const { response, body } = await list('?cursor=not-a-cursor');
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(body).errors?.[0]?.path).toBe('querystring.cursor');
  });
});
