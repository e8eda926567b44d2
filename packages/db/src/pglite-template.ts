import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * A freshly initialised PGlite data directory as a tar, cached in the OS temp directory per PGlite
 * version. Starting from it skips initdb, which is most of an in-memory PGlite's start-up time
 * (seconds per test file). The first caller pays for initdb and writes the file.
 */
export async function emptyClusterTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `inddrag-pglite-${pgliteVersion()}-empty.tar`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Blob([cached]);

  const db = await PGlite.create({ extensions: { pg_trgm } });
  const dump = await db.dumpDataDir('none');
  await db.close();
  // Written aside and renamed, so a parallel test process never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file).catch(() => rm(partial, { force: true }));
  return dump;
}

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
