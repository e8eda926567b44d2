import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';
import { keepQueryCyclesTogether } from './query-cycle-guard';

/**
 * Connections the embedded server accepts. They all share PGlite's single session, which runs one
 * statement at a time; keepQueryCyclesTogether() keeps each transaction and query cycle on one
 * connection. More connections than the app's pool leave room for short-lived clients (the
 * migrator, migrationStatus(), psql) and for pg replacing a connection it dropped after an error
 * while the server still counts the old one.
 */
export const EMBEDDED_MAX_CONNECTIONS = 4;

/** Pool size for clients of the embedded server: PGlite runs one statement at a time, so a bigger pool only queues there. */
export const EMBEDDED_POOL_SIZE = 1;

/**
 * Prisma's defaults (2 s for an interactive transaction to start, 5 s to finish) suit a server with a
 * backend per connection. On PGlite every query and transaction waits its turn for the one session,
 * so a burst of requests queues, and a transaction may wait longer than 2 s to start.
 */
export const EMBEDDED_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 15_000 };

export interface EmbeddedPostgresOptions {
  /** Directory for the data (kept in `<dataDir>/pglite`); null or 'memory://' keeps it in memory. */
  dataDir: string | null;
  maxConnections?: number;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** For a new database: start from this dumped data directory (PGlite's dumpDataDir) instead of running initdb. */
  initialData?: Blob;
}

export interface EmbeddedPostgres {
  /** postgresql://postgres:postgres@host:port/postgres — PGlite accepts any user and database name. */
  url: string;
  maxConnections: number;
  /** Stops the server and closes PGlite cleanly, so the data survive a restart. Safe to call twice. */
  close(): Promise<void>;
}

/** PGlite served over the PostgreSQL wire protocol on a loopback port, for pg and Prisma. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { maxConnections = EMBEDDED_MAX_CONNECTIONS, host = '127.0.0.1', port = 0 } = options;
  const inMemory = options.dataDir === null || options.dataDir === 'memory://';
  let unlock = () => {};
  let pgliteDir = 'memory://';
  if (!inMemory) {
    const dataDir = path.resolve(options.dataDir as string);
    pgliteDir = path.join(dataDir, 'pglite');
    await mkdir(pgliteDir, { recursive: true });
    unlock = lockDataDir(path.join(dataDir, 'pglite.lock'), dataDir);
  }

  const isNew = inMemory || !existsSync(path.join(pgliteDir, 'PG_VERSION'));
  const initialData = isNew ? options.initialData : undefined;
  // pg_trgm: the case search's name indexes (see the case_register migration).
  const db = await PGlite.create({ dataDir: pgliteDir, extensions: { pg_trgm }, ...(initialData ? { loadDataDir: initialData } : {}) }).catch(
    (error: unknown) => {
      unlock();
      throw error;
    },
  );
  const server = new PGLiteSocketServer({ db: keepQueryCyclesTogether(db), host, port, maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close().catch(() => undefined);
    unlock();
    throw error;
  }

  const boundPort = server.getServerConn().split(':').pop();
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  const stop = async () => {
    try {
      await server.stop();
      await db.close();
    } finally {
      unlock();
    }
  };
  return {
    url: `postgresql://postgres:postgres@${urlHost}:${boundPort}/postgres?sslmode=disable`,
    maxConnections,
    close: () => (closing ??= stop()),
  };
}
