import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HealthResponse, Problem } from '@inddrag/contracts';
import { listMigrations } from '@inddrag/db';
import { createTestDatabase } from '@inddrag/db/testing';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { buildApp } from './app';
import { loadConfig } from './config';

let app: FastifyInstance;
let closeDatabase: () => Promise<void>;

beforeAll(async () => {
  const webDist = mkdtempSync(path.join(tmpdir(), 'inddrag-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Inddrag</title><div id="root"></div>');
  writeFileSync(path.join(webDist, 'assets', 'app-abc123.js'), 'console.log(1)');
  const database = await createTestDatabase();
  closeDatabase = database.close;
  app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', WEB_DIST: webDist }),
    prisma: database.prisma,
    embeddedDatabase: true,
    expectedMigrations: (await listMigrations()).map((m) => m.name),
    logger: false,
  });
  // A route that exists only here, to prove how any JSON body is validated.
  app
    .withTypeProvider<ZodTypeProvider>()
    .post(
      '/api/test-echo',
      { config: { access: 'health.read' }, schema: { body: z.object({ email: z.email(), age: z.number().int() }) } },
      async (request) => request.body,
    );
  app.get('/api/test-crash', { config: { access: 'health.read' } }, async () => {
    throw new Error('SELECT secret FROM "Case" failed');
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await closeDatabase?.();
});

describe('health', () => {
  it('reports a reachable database with current migrations', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const health = HealthResponse.parse(response.json());
    expect(health).toMatchObject({
      status: 'ok',
      database: { reachable: true },
      migrations: { current: true, pending: [] },
    });
  });
});

describe('problem+json for every failure', () => {
  it('answers an unknown API route with a 404 problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(response.json())).toMatchObject({ status: 404, instance: '/api/does-not-exist' });
  });

  it('names each bad field of a body in a 400', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/test-echo', payload: { email: 'nope', age: 1.5 } });
    expect(response.statusCode).toBe(400);
    const problem = Problem.parse(response.json());
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['body.age', 'body.email']);
    expect(problem.errors?.every((e) => e.message.length > 0)).toBe(true);
  });

  it('answers malformed JSON with a 400 naming the body, never a 500', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test-echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors).toEqual([{ path: 'body', message: expect.any(String) }]);
  });

  it('hides the details of a server error and returns the request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test-crash' });
    expect(response.statusCode).toBe(500);
    const problem = Problem.parse(response.json());
    expect(response.body).not.toContain('SELECT');
    expect(problem.requestId).toBe(response.headers['x-request-id']);
  });
});

describe('OpenAPI', () => {
  it('is generated from the contracts', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/cases', '/api/health']));
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(['CaseSummary', 'CasePhase']));
  });

  it('answers API calls with cache-control no-store, so case data stays out of caches', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('is browsable at /api/docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('the web app', () => {
  it('serves index.html for client routes with a strict CSP', async () => {
    const response = await app.inject({ method: 'GET', url: '/sager/123', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root">');
    expect(response.headers['cache-control']).toBe('no-cache');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('caches hashed assets for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });
});
