import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** <repo root>/prisma/migrations, found from this file so it works from any working directory. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../../prisma/migrations', import.meta.url));

export interface MigrationFile {
  /** The folder name, e.g. "20261124060000_foundation"; Prisma's `migration_name`. */
  name: string;
  /** Absolute path of its migration.sql. */
  path: string;
  sql: string;
  /** sha256 hex of the migration.sql bytes, as Prisma Migrate records it. */
  checksum: string;
}

/** Every migration folder under `dir`, in the order Prisma applies them (by folder name). */
export async function listMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, 'migration.sql');
      const bytes = await readFile(file).catch((error: unknown) => {
        throw new Error(`Migration folder ${name} has no readable migration.sql (${String(error)})`);
      });
      return { name, path: file, sql: bytes.toString('utf8'), checksum: sha256Hex(bytes) };
    }),
  );
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Prisma accepts a recorded checksum that matches the file as it is, or with its line endings
 * converted either way, because git may check files out with different line endings.
 */
export function checksumMatches(migration: MigrationFile, recordedChecksum: string): boolean {
  if (migration.checksum === recordedChecksum) return true;
  const lf = migration.sql.replaceAll('\r\n', '\n');
  return sha256Hex(lf) === recordedChecksum || sha256Hex(lf.replaceAll('\n', '\r\n')) === recordedChecksum;
}
