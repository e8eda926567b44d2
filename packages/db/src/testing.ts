import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient } from './client';
import { EMBEDDED_POOL_SIZE, EMBEDDED_TRANSACTION_OPTIONS, startEmbeddedPostgres } from './embedded';
import type { PrismaClient } from './generated/prisma/client';
import { migrate } from './migrator';
import { emptyClusterTemplate } from './pglite-template';

// Vitest runs test files in parallel processes; each holds one pool against the shared server.
const SERVER_POOL_SIZE = 4;

export interface EmptyTestDatabase {
  url: string;
  poolSize: number;
  /** true when this is an in-memory PGlite rather than a database on TEST_DATABASE_URL's server. */
  embedded: boolean;
  close(): Promise<void>;
}

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database of its own with a Prisma client: on the server named by
 * TEST_DATABASE_URL when it is set (a new `inddrag_test_<random>` database, dropped on close),
 * else an in-memory PGlite. Meant for one per test file, in beforeAll/afterAll.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const database = await createEmptyTestDatabase();
  try {
    await migrate(database.url);
  } catch (error) {
    await database.close();
    throw error;
  }
  const prisma = createPrismaClient(database.url, {
    poolSize: database.poolSize,
    ...(database.embedded ? { transactionOptions: EMBEDDED_TRANSACTION_OPTIONS } : {}),
  });
  return {
    url: database.url,
    prisma,
    async close() {
      await prisma.$disconnect();
      await database.close();
    },
  };
}

/** Like createTestDatabase, but without migrations or a Prisma client. */
export async function createEmptyTestDatabase(): Promise<EmptyTestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: null, initialData: await emptyClusterTemplate() });
    return { url: embedded.url, poolSize: EMBEDDED_POOL_SIZE, embedded: true, close: embedded.close };
  }

  const name = `inddrag_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    poolSize: SERVER_POOL_SIZE,
    embedded: false,
    close: () => withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
