/**
 * Login latency and what the access check and audit record add to a case read, measured
 * in-process (Fastify inject) on one seeded database, with and without, interleaved so
 * both see the same machine load.
 */
import type { FastifyInstance } from 'fastify';
import { CaseDetail } from '@inddrag/contracts';
import { listMigrations, openDatabase, seedDemoData } from '@inddrag/db';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config';
import type { RequestContext } from '../apps/api/src/lib/context';

export interface AuthOverheadFigures {
  database: string;
  logins: number;
  loginP50: number;
  loginP95: number;
  reads: number;
  withP50: number;
  withP95: number;
  withoutP50: number;
  withoutP95: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

async function timed(work: () => Promise<{ statusCode: number }>): Promise<number> {
  const start = performance.now();
  const response = await work();
  const elapsed = performance.now() - start;
  if (response.statusCode !== 200) throw new Error(`unexpected status ${response.statusCode}`);
  return elapsed;
}

export async function measureAuthOverhead(
  options: { logins?: number; reads?: number } = {},
): Promise<AuthOverheadFigures> {
  const logins = options.logins ?? 40;
  const reads = options.reads ?? 300;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'inddrag-bench-auth-'));
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir });
  let app: FastifyInstance | undefined;
  try {
    await seedDemoData(database.prisma);
    app = await buildApp({
      config: loadConfig({
        NODE_ENV: 'production',
        SESSION_SECRET: 'b'.repeat(32),
        DATABASE_URL: database.url,
        LOG_LEVEL: 'silent',
        LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '100000',
      }),
      prisma: database.prisma,
      embeddedDatabase: database.embedded,
      expectedMigrations: (await listMigrations()).map((m) => m.name),
      logger: false,
    });
    const server = app;
    // The same read without the policy hook's session, access check and audit record: a bench-only route.
    server.get(
      '/api/bench/cases/:caseId',
      { config: { access: 'health.read' }, schema: { response: { 200: CaseDetail } } },
      async (request) => {
        const ctx = benchContext as RequestContext;
        return server.services.cases.loadDetail(ctx, (request.params as { caseId: string }).caseId);
      },
    );
    await server.ready();

    const loginTimes: number[] = [];
    let cookie = '';
    for (let i = 0; i < logins; i += 1) {
      loginTimes.push(
        await timed(async () => {
          const response = await server.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { email: 'raadgiver@demo.inddrag.dk', password: 'demo1234' },
          });
          cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
          return response;
        }),
      );
    }
    const me = await database.prisma.user.findUniqueOrThrow({
      where: { email: 'raadgiver@demo.inddrag.dk' },
      include: { unit: true, municipality: true },
    });
    const benchContext: RequestContext = {
      actor: {
        userId: me.id,
        name: me.name,
        email: me.email,
        role: me.role,
        unitId: me.unitId,
        unitKind: me.unit?.kind ?? null,
        unitName: me.unit?.name ?? null,
        municipalityId: me.municipalityId,
        municipalityName: me.municipality.name,
      },
      requestId: 'bench',
      clientIp: '127.0.0.1',
      now: new Date(),
    };
    const caseId = (await database.prisma.caseTeamMember.findFirstOrThrow({ where: { userId: me.id } })).caseId;

    const withTimes: number[] = [];
    const withoutTimes: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      await server.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie } });
      await server.inject({ method: 'GET', url: `/api/bench/cases/${caseId}` });
    }
    for (let i = 0; i < reads; i += 1) {
      withTimes.push(
        await timed(() => server.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie } })),
      );
      withoutTimes.push(await timed(() => server.inject({ method: 'GET', url: `/api/bench/cases/${caseId}` })));
    }
    return {
      database: database.embedded ? 'embedded PGlite' : 'PostgreSQL (DATABASE_URL)',
      logins,
      loginP50: percentile(loginTimes, 50),
      loginP95: percentile(loginTimes, 95),
      reads,
      withP50: percentile(withTimes, 50),
      withP95: percentile(withTimes, 95),
      withoutP50: percentile(withoutTimes, 50),
      withoutP95: percentile(withoutTimes, 95),
    };
  } finally {
    await app?.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureAuthOverhead();
  console.log(JSON.stringify(figures, null, 2));
}
