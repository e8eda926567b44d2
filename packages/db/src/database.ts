import { createPrismaClient, DEFAULT_POOL_SIZE, SERVER_SESSION_SETTINGS } from './client';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { emptyClusterTemplate } from './pglite-template';
import { EMBEDDED_POOL_SIZE, EMBEDDED_TRANSACTION_OPTIONS, startEmbeddedPostgres } from './embedded';
import type { PrismaClient } from './generated/prisma/client';
import { migrate } from './migrator';

export interface OpenDatabaseOptions {
  /** A PostgreSQL server; when empty or absent the embedded PGlite in `dataDir` is used. */
  databaseUrl?: string;
  dataDir: string;
  /** Pool size for a PostgreSQL server (default 10); the embedded database always uses EMBEDDED_POOL_SIZE. */
  poolSize?: number;
  /**
   * Name statements so each connection prepares them once (ADR 009). Only for a direct connection to
   * PostgreSQL: a server that shares one session among its connections (the embedded database's
   * socket, a pooler in transaction mode) sees two connections prepare the same name. Default off.
   */
  preparedStatements?: boolean;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  log?: (message: string) => void;
}

export interface Database {
  prisma: PrismaClient;
  url: string;
  embedded: boolean;
  poolSize: number;
  /** Disconnects Prisma, then stops the embedded server if there is one. */
  close(): Promise<void>;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const embedded = options.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: options.dataDir,
        // A new data directory starts from the empty cluster `pnpm install` cached, skipping initdb.
        ...(isNewDataDir(options.dataDir) ? { initialData: await emptyClusterTemplate() } : {}),
      });
  try {
    const url = embedded?.url ?? (options.databaseUrl as string);
    const poolSize = embedded ? EMBEDDED_POOL_SIZE : (options.poolSize ?? DEFAULT_POOL_SIZE);
    if (options.migrate !== false) {
      await migrate(url, options.log ? { log: options.log } : {});
    }
    const prisma = createPrismaClient(url, {
      poolSize,
      preparedStatements: !embedded && options.preparedStatements === true,
      ...(embedded ? {} : { sessionSettings: SERVER_SESSION_SETTINGS }),
      ...(embedded ? { transactionOptions: EMBEDDED_TRANSACTION_OPTIONS } : {}),
    });
    return {
      prisma,
      url,
      embedded: embedded !== undefined,
      poolSize,
      async close() {
        await prisma.$disconnect();
        await embedded?.close();
      },
    };
  } catch (error) {
    await embedded?.close();
    throw error;
  }
}

function isNewDataDir(dataDir: string): boolean {
  return !existsSync(path.join(path.resolve(dataDir), 'pglite', 'PG_VERSION'));
}
