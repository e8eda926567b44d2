import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';

/** The persona the journeys run as: the municipality's caseworker (rådgiver) from the demo seed. */
export const E2E_USER = {
  email: process.env.E2E_USER ?? 'raadgiver@demo.inddrag.dk',
  password: process.env.E2E_PASSWORD ?? 'demo1234',
};

/**
 * Browser and API contexts start from this file (see `use.storageState` in playwright.config.ts).
 * One per run, outside the repository (it holds a live session token), so two runs in one
 * checkout never read each other's session.
 */
export function storageStatePath(runId = process.env.E2E_RUN_ID): string {
  if (!runId) throw new Error('E2E_RUN_ID was not set by playwright.config.ts');
  return path.join(os.tmpdir(), `inddrag-e2e-${runId}`, 'storage-state.json');
}

/**
 * Logs the persona in through the API once, before the suite, and stores the session cookie for
 * every test (one login instead of one per test keeps well under the login rate limit).
 * While the API has no /api/auth/login, the tests run anonymously with an empty state.
 */
export async function saveLoggedInState(baseURL: string): Promise<'logged-in' | 'anonymous'> {
  const file = storageStatePath();
  mkdirSync(path.dirname(file), { recursive: true });
  const context = await request.newContext({ baseURL });
  try {
    const res = await context.post('/api/auth/login', { data: E2E_USER });
    if (res.status() === 404) {
      writeFileSync(file, JSON.stringify({ cookies: [], origins: [] }));
      return 'anonymous';
    }
    if (!res.ok()) throw new Error(`login as ${E2E_USER.email} failed: ${res.status()} ${await res.text()}`);
    await context.storageState({ path: file });
    return 'logged-in';
  } finally {
    await context.dispose();
  }
}

/** The header a changing API call from a logged-in request context needs (double-submit token). */
export async function csrfHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const me = (await (await request.get('/api/auth/me')).json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken };
}
