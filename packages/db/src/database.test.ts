import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVER_SESSION_SETTINGS } from './client';
import { openDatabase } from './database';
import { listMigrations } from './migrations';
import { migrationStatus } from './migrator';
import { createTestDatabase } from './testing';

const dataDir = mkdtempSync(path.join(tmpdir(), 'inddrag-database-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it(
    'without a databaseUrl starts the embedded database in dataDir, migrates it, and reopens it with the data kept',
    { timeout: 120_000 },
    async () => {
      const log: string[] = [];
      const first = await openDatabase({ dataDir, log: (message) => log.push(message) });
      try {
        expect(first).toMatchObject({ embedded: true, poolSize: 1 });
        expect(log).toEqual((await listMigrations()).map((m) => `Applied migration ${m.name}`));
        await first.prisma.municipality.create({ data: { code: '0101', name: 'København' } });
      } finally {
        await first.close();
      }

      log.length = 0;
      const second = await openDatabase({ dataDir, log: (message) => log.push(message) });
      try {
        expect(log).toEqual([]);
        expect(await second.prisma.municipality.findMany({ select: { code: true, name: true } })).toEqual([
          { code: '0101', name: 'København' },
        ]);
        expect((await migrationStatus(second.url)).current).toBe(true);

        // PGlite runs one transaction at a time, so a burst queues: longer than Prisma's default 2 s to start one.
        const burst = Array.from({ length: 16 }, (_, i) =>
          second.prisma.$transaction(async (tx) => {
            await tx.$queryRaw`SELECT 1 AS one FROM pg_sleep(0.2)`;
            return tx.municipality.create({ data: { code: `b${i}`, name: `Burst ${i}` } });
          }),
        );
        await expect(Promise.all(burst)).resolves.toHaveLength(16);
      } finally {
        await second.close();
      }
    },
  );

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'with a databaseUrl uses that server with the given pool size',
    async () => {
      const target = await createTestDatabase();
      try {
        const database = await openDatabase({ databaseUrl: target.url, dataDir: '/nonexistent', poolSize: 3 });
        try {
          expect(database).toMatchObject({ url: target.url, embedded: false, poolSize: 3 });
          expect(await database.prisma.municipality.count()).toBe(0);
        } finally {
          await database.close();
        }
      } finally {
        await target.close();
      }
    },
  );
});

describe('prepared statements on a PostgreSQL server', () => {
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'prepares a query once per connection (also with EXISTS), but leaves LIKE to be planned for its value; sets the planner for an SSD',
    async () => {
      const target = await createTestDatabase();
      try {
        // One connection, so the session that prepared the statements is the one asked.
        const database = await openDatabase({ databaseUrl: target.url, dataDir: '/nonexistent', poolSize: 1, preparedStatements: true });
        try {
          for (let i = 0; i < 3; i += 1) await database.prisma.municipality.count();
          await database.prisma.municipality.findMany({ where: { name: { startsWith: 'Kø' } } });
          await database.prisma.municipality.findMany({ where: { units: { some: { kind: 'MYNDIGHED' } } } });
          const prepared = await database.prisma.$queryRaw<{ statement: string }[]>`
            SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%"Municipality"%'`;
          const statements = prepared.map((row) => row.statement);
          expect(statements.filter((sql) => /count/i.test(sql))).toHaveLength(1);
          expect(statements.filter((sql) => / LIKE /.test(sql))).toEqual([]);
          expect(statements.filter((sql) => /EXISTS/.test(sql))).toHaveLength(1);
          const [setting] = await database.prisma.$queryRaw<{ random_page_cost: string }[]>`SHOW random_page_cost`;
          expect(setting?.random_page_cost).toBe(SERVER_SESSION_SETTINGS.random_page_cost);
        } finally {
          await database.close();
        }
      } finally {
        await target.close();
      }
    },
  );
});

describe('createTestDatabase', () => {
  it('gives a migrated database of its own, and removes it on close', { timeout: 120_000 }, async () => {
    const database = await createTestDatabase();
    try {
      expect((await migrationStatus(database.url)).current).toBe(true);
      expect(await database.prisma.case.count()).toBe(0);
    } finally {
      await database.close();
    }

    const server = process.env.TEST_DATABASE_URL;
    if (server) {
      const name = new URL(database.url).pathname.slice(1);
      expect(name).toMatch(/^inddrag_test_[0-9a-f]{12}$/);
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      await client.end();
      expect(rows).toEqual([]);
    }
  });
});
