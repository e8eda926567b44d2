// The data layer's public API: apps import from '@inddrag/db' (and '@inddrag/db/testing') only.
export * from './generated/prisma/client';
export { createPrismaClient, DEFAULT_POOL_SIZE, SERVER_SESSION_SETTINGS, type PrismaClientOptions } from './client';
export { openDatabase, type Database, type OpenDatabaseOptions } from './database';
export {
  EMBEDDED_MAX_CONNECTIONS,
  EMBEDDED_POOL_SIZE,
  EMBEDDED_TRANSACTION_OPTIONS,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
  type EmbeddedPostgresOptions,
} from './embedded';
export { DataDirInUseError } from './data-dir-lock';
export { migrate, migrationStatus, type MigrateOptions, type MigrationStatus } from './migrator';
export { DEFAULT_MIGRATIONS_DIR, listMigrations, type MigrationFile } from './migrations';
export {
  describeError,
  MigrationChecksumMismatchError,
  MigrationError,
  MigrationFailedError,
  MissingMigrationError,
  UnfinishedMigrationError,
} from './migration-errors';
export { hashPassword, verifyPassword } from './passwords';
export { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, seedDemoData, type DemoSeedResult } from './seed/demo';
