import { rmSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { copyWebDist, createThrowawayDatabase, repoRoot, runRootScript, startApp } from './app-server';
import { E2E_USER, saveLoggedInState, storageStatePath } from './auth';

/**
 * Starts the real app with a fresh database before the suite and returns the teardown.
 * - TEST_DATABASE_URL set: a throwaway database on that server, migrated and seeded with
 *   `pnpm db:migrate` + `pnpm db:seed`, dropped afterwards.
 * - otherwise: a fresh temp DATA_DIR; the app migrates and seeds its embedded PGlite itself.
 * - E2E_BASE_URL set: nothing is started; the tests run against that app.
 * Then logs the e2e persona in once (support/auth.ts).
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  // Per-run scratch folder: the session file (support/auth.ts) and a copy of the built web app.
  const runDir = path.dirname(storageStatePath());
  const removeRunDir = () => rmSync(runDir, { recursive: true, force: true });
  if (process.env.E2E_BASE_URL) {
    await saveLoggedInState(process.env.E2E_BASE_URL);
    return async () => removeRunDir();
  }

  const port = Number(process.env.E2E_PORT);
  if (!port) throw new Error('E2E_PORT was not set by playwright.config.ts');
  const logFile = path.join(repoRoot, 'test-results', `e2e-server-${port}.log`);

  const serverUrl = process.env.TEST_DATABASE_URL;
  const db = serverUrl ? await createThrowawayDatabase(serverUrl) : undefined;
  let stopApp: (() => Promise<void>) | undefined;
  const teardown = async () => {
    await stopApp?.();
    await db?.drop();
    removeRunDir();
  };
  try {
    if (db) {
      const env = { ...process.env, DATABASE_URL: db.url };
      await runRootScript('db:migrate', env);
      await runRootScript('db:seed', env);
    }
    const webDist = copyWebDist(path.join(runDir, 'web-dist'));
    const app = await startApp({ port, logFile, webDist, ...(db ? { databaseUrl: db.url } : {}) });
    stopApp = app.stop;
    const session = await saveLoggedInState(app.baseURL);
    const where = db ? `PostgreSQL database ${new URL(db.url).pathname.slice(1)}` : 'embedded PGlite';
    console.log(
      `e2e: app at ${app.baseURL} (${where}), ${session === 'logged-in' ? `as ${E2E_USER.email}` : 'no login endpoint yet'}; log ${logFile}`,
    );
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
