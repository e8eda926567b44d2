import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { storageStatePath } from './support/auth';

/**
 * End-to-end journeys against the REAL app (API + built SPA) in Debian's Chromium.
 *
 * `support/global-setup.ts` starts `tsx apps/api/src/main.ts` on a free loopback port with a
 * fresh database (a throwaway database on TEST_DATABASE_URL's server, or an embedded PGlite in a
 * temp DATA_DIR) and tears it down afterwards. Set E2E_BASE_URL to test an app you started yourself.
 *
 * The port and a run id are chosen once, in the runner process, and handed to the workers through
 * the environment (workers re-evaluate this file and inherit process.env).
 */
function freePortSync(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

process.env.E2E_PORT ??= String(freePortSync());
process.env.E2E_RUN_ID ??= `${process.pid}-${Date.now()}`;
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT}`;

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
  testDir: './tests',
  outputDir: '../test-results/e2e',
  globalSetup: './support/global-setup.ts',
  // Generous: the app, its database and Chromium share two cores, and a loaded machine is slow,
  // not broken. A hang is still caught: globalTimeout on CI.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  globalTimeout: process.env.CI ? 30 * 60_000 : 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS) || 2,
  reporter: [
    ['list'],
    ['json', { outputFile: '../test-results/e2e.json' }],
    ['html', { outputFolder: '../playwright-report', open: 'never' }],
  ],
  use: {
    baseURL,
    storageState: storageStatePath(process.env.E2E_RUN_ID),
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
