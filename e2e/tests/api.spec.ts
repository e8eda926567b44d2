import { expect, FULL_CPR, test } from '../support/fixtures';

test.describe('API', () => {
  test('GET /api/health answers 200 with status ok', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    const body = (await res.json()) as {
      status: string;
      database?: { reachable?: boolean };
      migrations?: { current?: boolean };
    };
    expect(body.status).toBe('ok');
    expect(body.database?.reachable).toBe(true);
    expect(body.migrations?.current).toBe(true);
  });

  test('GET /api/openapi.json is a valid OpenAPI document with paths', async ({ request }) => {
    const res = await request.get('/api/openapi.json');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/application\/json/);
    const doc = JSON.parse(await res.text()) as {
      openapi?: string;
      info?: { title?: string };
      paths?: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info?.title).toBeTruthy();
    const paths = Object.keys(doc.paths ?? {});
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).toContain('/api/health');
    expect(paths).toContain('/api/cases');
  });

  test('the case list API never sends a full CPR number', async ({ request }) => {
    const res = await request.get('/api/cases?limit=100');
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(FULL_CPR);
    const body = JSON.parse(text) as { items: { child: { cprMasked: string } }[] };
    expect(body.items.length).toBeGreaterThanOrEqual(20);
    for (const item of body.items) expect(item.child.cprMasked).toMatch(/^\d{6}-XXXX$/);
  });

  test('an unknown API route answers a problem+json 404, not the SPA', async ({ request }) => {
    const res = await request.get('/api/findes-ikke');
    expect(res.status()).toBe(404);
    expect(res.headers()['content-type']).toMatch(/application\/problem\+json/);
  });
});

test.describe('API without a session', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('GET /api/cases refuses an anonymous caller with 401 problem+json', async ({ request }) => {
    const res = await request.get('/api/cases');
    expect(res.status()).toBe(401);
    expect(res.headers()['content-type']).toMatch(/application\/problem\+json/);
    expect(await res.text()).not.toMatch(FULL_CPR);
  });
});
