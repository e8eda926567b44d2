import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  MigrationChecksumMismatchError,
  MigrationFailedError,
  MissingMigrationError,
  UnfinishedMigrationError,
} from './migration-errors';
import { checksumMatches, DEFAULT_MIGRATIONS_DIR, listMigrations, type MigrationFile } from './migrations';

/** The advisory lock key Prisma Migrate uses, so our migrator and Prisma's exclude each other too. */
const MIGRATION_LOCK_KEY = 72707369;

// Prisma's own DDL for its bookkeeping table.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateOptions {
  migrationsDir?: string;
  log?: (message: string) => void;
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** True when nothing is pending. */
  current: boolean;
}

/**
 * Applies every pending migration, each in its own transaction together with its
 * `_prisma_migrations` row, under Prisma's advisory lock: a second process started at the same
 * time waits, then finds nothing pending. Refuses (throws a MigrationError) when an applied
 * migration was changed or is missing on disk, or an earlier run left a migration unfinished.
 *
 * Migration SQL runs inside a transaction, so statements PostgreSQL forbids there
 * (CREATE INDEX CONCURRENTLY, ...) do not belong in a migration.
 */
export async function migrate(connectionString: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const migrations = await listMigrations(migrationsDir);
  return withClient(connectionString, async (client) => {
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { pending } = planMigrations(migrations, await readRecordedMigrations(client), migrationsDir);
      const applied: string[] = [];
      for (const migration of pending) {
        await applyMigration(client, migration);
        options.log?.(`Applied migration ${migration.name}`);
        applied.push(migration.name);
      }
      return { applied };
    } finally {
      // Ending the session releases the lock as well, so a failure here must not hide the real error.
      await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => undefined);
    }
  });
}

/** What migrate() would do, without changing anything. Throws the same refusals as migrate(). */
export async function migrationStatus(
  connectionString: string,
  options: Pick<MigrateOptions, 'migrationsDir'> = {},
): Promise<MigrationStatus> {
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const migrations = await listMigrations(migrationsDir);
  const recorded = await withClient(connectionString, async (client) => {
    const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
    return exists.rows[0].exists ? readRecordedMigrations(client) : [];
  });
  const { applied, pending } = planMigrations(migrations, recorded, migrationsDir);
  return { applied, pending: pending.map((migration) => migration.name), current: pending.length === 0 };
}

interface RecordedMigration {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function readRecordedMigrations(client: pg.Client): Promise<RecordedMigration[]> {
  const result = await client.query<RecordedMigration>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return result.rows;
}

function planMigrations(migrations: MigrationFile[], recorded: RecordedMigration[], migrationsDir: string) {
  // Rows marked rolled back (`prisma migrate resolve --rolled-back`) do not count: that migration is pending again.
  const live = recorded.filter((row) => row.rolled_back_at === null);
  const unfinished = live.find((row) => row.finished_at === null);
  if (unfinished) throw new UnfinishedMigrationError(unfinished.migration_name);

  const onDisk = new Map(migrations.map((migration) => [migration.name, migration]));
  const missing = live.find((row) => !onDisk.has(row.migration_name));
  if (missing) throw new MissingMigrationError(missing.migration_name, migrationsDir);

  const recordedByName = new Map(live.map((row) => [row.migration_name, row]));
  const applied: string[] = [];
  const pending: MigrationFile[] = [];
  for (const migration of migrations) {
    const row = recordedByName.get(migration.name);
    if (!row) {
      pending.push(migration);
    } else if (!checksumMatches(migration, row.checksum)) {
      throw new MigrationChecksumMismatchError(migration.name, migration.path);
    } else {
      applied.push(migration.name);
    }
  }
  return { applied, pending };
}

async function applyMigration(client: pg.Client, migration: MigrationFile): Promise<void> {
  await client.query('BEGIN');
  try {
    // No parameters, so pg uses the simple query protocol, which accepts many statements at once.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         ("id", "checksum", "migration_name", "logs", "rolled_back_at", "started_at", "finished_at", "applied_steps_count")
       VALUES ($1, $2, $3, NULL, NULL, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationFailedError(migration.name, error);
  }
}

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  // A dropped connection also rejects the running query; without a listener it would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
