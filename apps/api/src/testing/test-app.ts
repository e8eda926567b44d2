import type { FastifyInstance } from 'fastify';
import { listMigrations, seedDemoData, type PrismaClient } from '@inddrag/db';
import { createTestDatabase } from '@inddrag/db/testing';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { refreshAllNextDeadlines } from '../modules/deadlines/case-deadlines';

export interface TestApp {
  app: FastifyInstance;
  prisma: PrismaClient;
  close(): Promise<void>;
}

/** A real app on a fresh, migrated database of its own (PostgreSQL if TEST_DATABASE_URL is set, else PGlite). */
export async function createTestApp(
  options: { clock?: () => Date; seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({
    config: loadConfig({ NODE_ENV: 'test', WEB_DIST: '/nonexistent', ...options.env }),
    prisma: database.prisma,
    embeddedDatabase: !process.env.TEST_DATABASE_URL,
    expectedMigrations: (await listMigrations()).map((migration) => migration.name),
    logger: false,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await app.ready();
  if (options.seed) {
    await seedDemoData(database.prisma, options.clock?.() ?? new Date());
    await refreshAllNextDeadlines(database.prisma);
  }
  return {
    app,
    prisma: database.prisma,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
