import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAppWithoutDatabase,
  policyEntry,
  recordRoutes,
  routeKey,
  routerRoutes,
  type RegisteredRoute,
} from '../testing/matrix-fixtures';
import { POLICY, type Action } from './policy';

// The real app's route table, recorded by an onRoute hook attached before any module registers
// a route (see recordRoutes). No database: nothing here sends a request to a handler that needs one.
let app: FastifyInstance;
let routes: RegisteredRoute[];
let apiRoutes: RegisteredRoute[];

beforeAll(async () => {
  ({ result: app, routes } = await recordRoutes(buildAppWithoutDatabase));
  await app.ready();
  apiRoutes = routes.filter((r) => r.url.startsWith('/api'));
});
afterAll(async () => app?.close());

describe('the registered route table', () => {
  it('has the API routes we know of (the recorder works)', () => {
    const keys = apiRoutes.map(routeKey);
    for (const known of [
      'GET /api/health',
      'POST /api/auth/login',
      'GET /api/cases',
      'GET /api/cases/:caseId',
      'DELETE /api/cases/:caseId/team/:memberId',
      'POST /api/audit/insight-export',
    ]) {
      expect(keys).toContain(known);
    }
    expect(apiRoutes.length).toBeGreaterThan(30);
  });

  it('every /api route declares a config.access that is an action in POLICY', () => {
    const undeclared = apiRoutes
      .filter((r) => policyEntry(r.access) === undefined)
      .map((r) => `${routeKey(r)} → ${String(r.access)}`);
    expect(undeclared).toEqual([]);
  });

  it('the recorder saw every route the router holds, and the router holds every route it saw', () => {
    const recorded = new Set(routes.map(routeKey));
    const inRouter = routerRoutes(app);
    expect(inRouter.length).toBeGreaterThan(30);
    // A prefix's `/` route is registered once under both `/prefix` and `/prefix/`, from the same
    // options object (so the same config.access), but Fastify runs onRoute for the first only.
    const unseen = inRouter.filter(
      (r) =>
        !recorded.has(routeKey(r)) &&
        !(r.url.endsWith('/') && recorded.has(routeKey({ method: r.method, url: r.url.slice(0, -1) }))),
    );
    expect(unseen.map(routeKey)).toEqual([]);
    const missing = routes.filter((r) => !app.hasRoute({ method: r.method as 'GET', url: r.url }));
    expect(missing.map(routeKey)).toEqual([]);
  });

  it('every route with :caseId in its path performs a case action, so the per-case check applies to it', () => {
    const unchecked = apiRoutes.filter((r) => r.url.includes(':caseId') && policyEntry(r.access)?.kind !== 'case');
    expect(unchecked.map((r) => `${routeKey(r)} → ${String(r.access)}`)).toEqual([]);
  });

  it('every case action except the lists (the case list, Mine sager) is addressed by :caseId (a case route without it would skip the per-case check)', () => {
    const lists = new Set(['case.list', 'case.mine']);
    const unaddressed = apiRoutes.filter(
      (r) => policyEntry(r.access)?.kind === 'case' && !r.url.includes(':caseId') && !lists.has(r.access ?? ''),
    );
    expect(unaddressed.map((r) => `${routeKey(r)} → ${String(r.access)}`)).toEqual([]);
  });

  it('every HEAD route Fastify derives from a GET route carries the same access as the GET', () => {
    const getAccess = new Map(apiRoutes.filter((r) => r.method === 'GET').map((r) => [r.url, r.access]));
    const differing = apiRoutes.filter(
      (r) => r.method === 'HEAD' && getAccess.has(r.url) && getAccess.get(r.url) !== r.access,
    );
    expect(differing.map((r) => `${routeKey(r)} → ${String(r.access)} (GET: ${String(getAccess.get(r.url))})`)).toEqual(
      [],
    );
  });

  it('every action in POLICY is performed by at least one route (no dead grants)', () => {
    const used = new Set(apiRoutes.map((r) => r.access));
    expect((Object.keys(POLICY) as Action[]).filter((action) => !used.has(action))).toEqual([]);
  });

  it('only the health check, the API docs and login are public', () => {
    const publicRoutes = apiRoutes.filter((r) => policyEntry(r.access)?.kind === 'public');
    expect([...new Set(publicRoutes.map((r) => r.access))].sort()).toEqual(['auth.login', 'docs.read', 'health.read']);
    const docsOutsideDocs = publicRoutes.filter(
      (r) =>
        r.access === 'docs.read' &&
        !(r.url === '/api/openapi.json' || r.url === '/api/docs' || r.url.startsWith('/api/docs/')),
    );
    expect(docsOutsideDocs.map(routeKey)).toEqual([]);
  });
});

describe('registering an /api route without a valid access declaration fails the app', () => {
  // Each case gets its own fresh, not-yet-ready app: a route is added the way a module would add one.
  async function freshApp() {
    return buildAppWithoutDatabase();
  }

  it('throws at registration for a route without config.access', async () => {
    const fresh = await freshApp();
    try {
      expect(() => fresh.get('/api/unguarded', async () => ({ secret: true }))).toThrow(
        /GET \/api\/unguarded declares no access policy action/,
      );
    } finally {
      await fresh.close();
    }
  });

  it('throws for a config.access that names no POLICY action', async () => {
    const fresh = await freshApp();
    try {
      expect(() =>
        fresh.route({
          method: ['GET', 'POST'],
          url: '/api/typo',
          config: { access: 'case.reed' as Action },
          handler: async () => ({}),
        }),
      ).toThrow(/declares no access policy action/);
    } finally {
      await fresh.close();
    }
  });

  it('fails start-up when a module registers an unguarded route under the /api prefix', async () => {
    const fresh = await freshApp();
    const startUp = (async () => {
      await fresh.register(
        async (api) => {
          api.post('/cases/:caseId/notes', async () => ({ ok: true }));
        },
        { prefix: '/api' },
      );
      await fresh.ready();
    })();
    await expect(startUp).rejects.toThrow(/POST \/api\/cases\/:caseId\/notes declares no access policy action/);
    await fresh.close().catch(() => undefined);
  });

  it('lets a route outside /api (the web app) register without an access declaration', async () => {
    const fresh = await freshApp();
    try {
      expect(() => fresh.get('/robots.txt', async () => 'User-agent: *')).not.toThrow();
    } finally {
      await fresh.close();
    }
  });
});
