import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MigrationChecksumMismatchError,
  MigrationFailedError,
  MissingMigrationError,
  UnfinishedMigrationError,
} from './migration-errors';
import { DEFAULT_MIGRATIONS_DIR, listMigrations } from './migrations';
import { migrate, migrationStatus } from './migrator';
import { createEmptyTestDatabase, type EmptyTestDatabase } from './testing';

let database: EmptyTestDatabase;
const tempDirs: string[] = [];

beforeAll(async () => {
  database = await createEmptyTestDatabase();
});

afterAll(async () => {
  await database?.close();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

// One database per file; every test starts from an empty public schema.
beforeEach(async () => {
  await query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
});

/** Runs SQL on a short-lived connection (the embedded server takes one connection at a time). */
async function query(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'inddrag-migrations-'));
  tempDirs.push(dir);
  writeFileSync(path.join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(files)) writeMigration(dir, name, sql);
  return dir;
}

function writeMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

const tables = async () =>
  (await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.tablename);

describe('migrate', () => {
  it('applies every migration to an empty database and records each as Prisma Migrate does', async () => {
    const names = (await listMigrations()).map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);

    const result = await migrate(database.url);

    expect(result.applied).toEqual(names);
    const columns = await query(`
      SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
      FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`);
    expect(columns).toEqual([
      {
        column_name: 'id',
        data_type: 'character varying',
        character_maximum_length: 36,
        is_nullable: 'NO',
        column_default: null,
      },
      {
        column_name: 'checksum',
        data_type: 'character varying',
        character_maximum_length: 64,
        is_nullable: 'NO',
        column_default: null,
      },
      {
        column_name: 'finished_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'migration_name',
        data_type: 'character varying',
        character_maximum_length: 255,
        is_nullable: 'NO',
        column_default: null,
      },
      {
        column_name: 'logs',
        data_type: 'text',
        character_maximum_length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'rolled_back_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'YES',
        column_default: null,
      },
      {
        column_name: 'started_at',
        data_type: 'timestamp with time zone',
        character_maximum_length: null,
        is_nullable: 'NO',
        column_default: 'now()',
      },
      {
        column_name: 'applied_steps_count',
        data_type: 'integer',
        character_maximum_length: null,
        is_nullable: 'NO',
        column_default: '0',
      },
    ]);
    const primaryKey = await query(`
      SELECT a.attname FROM pg_index x JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey)
      WHERE x.indrelid = '"_prisma_migrations"'::regclass AND x.indisprimary`);
    expect(primaryKey).toEqual([{ attname: 'id' }]);

    const rows = await query(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const file = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it('applies nothing when run again, and reports the database as current', async () => {
    await migrate(database.url);
    const log: string[] = [];

    const again = await migrate(database.url, { log: (message) => log.push(message) });

    expect(again.applied).toEqual([]);
    expect(log).toEqual([]);
    const names = (await listMigrations()).map((m) => m.name);
    expect(await migrationStatus(database.url)).toEqual({ applied: names, pending: [], current: true });
    expect(await query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual([{ n: names.length }]);
  });

  it('reports every migration as pending on an empty database without changing it', async () => {
    const names = (await listMigrations()).map((m) => m.name);

    expect(await migrationStatus(database.url)).toEqual({ applied: [], pending: names, current: false });
    expect(await tables()).toEqual([]);
  });

  it('refuses with MigrationChecksumMismatchError when an applied migration file was changed', async () => {
    const dir = migrationsDir({ '20260101000000_a': 'CREATE TABLE "A" (id int);\n' });
    await migrate(database.url, { migrationsDir: dir });
    writeMigration(dir, '20260101000000_a', 'CREATE TABLE "A" (id bigint);\n');
    writeMigration(dir, '20260102000000_b', 'CREATE TABLE "B" (id int);\n');

    const refusal = migrate(database.url, { migrationsDir: dir });

    await expect(refusal).rejects.toBeInstanceOf(MigrationChecksumMismatchError);
    await expect(refusal).rejects.toThrow(/20260101000000_a was changed after it was applied/);
    await expect(migrationStatus(database.url, { migrationsDir: dir })).rejects.toBeInstanceOf(
      MigrationChecksumMismatchError,
    );
    expect(await tables()).toEqual(['A', '_prisma_migrations']);
  });

  it('accepts an applied migration whose file differs only in line endings, as Prisma does', async () => {
    const dir = migrationsDir({ '20260101000000_a': 'CREATE TABLE "A" (id int);\nCREATE TABLE "B" (id int);\n' });
    await migrate(database.url, { migrationsDir: dir });
    writeMigration(dir, '20260101000000_a', 'CREATE TABLE "A" (id int);\r\nCREATE TABLE "B" (id int);\r\n');

    await expect(migrate(database.url, { migrationsDir: dir })).resolves.toEqual({ applied: [] });
  });

  it('rolls a failing migration back completely, records no row for it, and names it in the error', async () => {
    const dir = migrationsDir({
      '20260101000000_good': 'CREATE TABLE "Good" (id int);',
      '20260102000000_bad': 'CREATE TABLE "Half" (id int);\nINSERT INTO "Half" VALUES (1);\nSELECT no_such_function();',
    });

    const failure = migrate(database.url, { migrationsDir: dir });

    await expect(failure).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(failure).rejects.toThrow(
      /Migration 20260102000000_bad failed and was rolled back: .*no_such_function/,
    );
    expect(await tables()).toEqual(['Good', '_prisma_migrations']);
    expect(await query(`SELECT migration_name FROM "_prisma_migrations"`)).toEqual([
      { migration_name: '20260101000000_good' },
    ]);

    writeMigration(dir, '20260102000000_bad', 'CREATE TABLE "Half" (id int);');
    await expect(migrate(database.url, { migrationsDir: dir })).resolves.toEqual({ applied: ['20260102000000_bad'] });
  });

  it('refuses when a migration recorded in the database is missing on disk', async () => {
    const full = migrationsDir({ '20260101000000_a': 'SELECT 1;', '20260102000000_b': 'SELECT 2;' });
    await migrate(database.url, { migrationsDir: full });
    const older = migrationsDir({ '20260101000000_a': 'SELECT 1;' });

    const refusal = migrate(database.url, { migrationsDir: older });

    await expect(refusal).rejects.toBeInstanceOf(MissingMigrationError);
    await expect(refusal).rejects.toThrow(/20260102000000_b is applied to the database but missing/);
  });

  it('refuses when an earlier run left a migration started but unfinished', async () => {
    const dir = migrationsDir({ '20260101000000_a': 'SELECT 1;' });
    await migrate(database.url, { migrationsDir: dir });
    await query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '20260101000000_a')`,
    );

    await expect(migrate(database.url, { migrationsDir: dir })).rejects.toBeInstanceOf(UnfinishedMigrationError);
  });

  it('applies again a migration whose row was marked rolled back', async () => {
    const dir = migrationsDir({ '20260101000000_a': 'CREATE TABLE IF NOT EXISTS "A" (id int);' });
    await migrate(database.url, { migrationsDir: dir });
    await query(`UPDATE "_prisma_migrations" SET rolled_back_at = now()`);

    await expect(migrate(database.url, { migrationsDir: dir })).resolves.toEqual({ applied: ['20260101000000_a'] });
  });

  // PGlite is a single session behind one connection: advisory locks cannot exclude anything there,
  // and the embedded server refuses a second connection, so this runs against PostgreSQL only.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'migrates once when two migrate() calls start together: the second waits for the lock, then finds nothing pending',
    async () => {
      const dir = migrationsDir({ '20260101000000_slow': 'CREATE TABLE "Slow" (id int);\nSELECT pg_sleep(0.5);' });

      const results = await Promise.all([
        migrate(database.url, { migrationsDir: dir }),
        migrate(database.url, { migrationsDir: dir }),
      ]);

      expect(results.map((r) => r.applied).sort()).toEqual([[], ['20260101000000_slow']]);
      expect(await query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual([{ n: 1 }]);
    },
  );
});
