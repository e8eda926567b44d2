/**
 * Starts and stops the real Inddrag app for e2e runs (and is reused by nothing else on purpose:
 * bench/ has its own copy so the two can evolve separately).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsxBin = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

/**
 * A private copy of the built SPA for one run: the server registers the files it finds at start-up,
 * so a `pnpm build:web` in the same checkout during the run would otherwise break every page.
 */
export function copyWebDist(target: string): string {
  const source = path.join(repoRoot, 'apps', 'web', 'dist');
  if (!existsSync(path.join(source, 'index.html'))) {
    throw new Error('apps/web/dist/index.html is missing: run `pnpm build:web` (pnpm test:e2e does it for you)');
  }
  cpSync(source, target, { recursive: true });
  return target;
}

export interface RunningApp {
  baseURL: string;
  logFile: string;
  stop(): Promise<void>;
}

/** A database of its own on TEST_DATABASE_URL's server; dropped again by `drop()`. */
export async function createThrowawayDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `inddrag_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Runs a root package.json script (`pnpm <script>`) and fails with its output if it fails. */
export async function runRootScript(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Under `pnpm test:e2e`, npm_execpath points at the running pnpm; fall back to PATH.
  const execPath = process.env.npm_execpath;
  const [cmd, args] =
    execPath && /pnpm/.test(execPath) && /\.(c?js|mjs)$/.test(execPath)
      ? [process.execPath, [execPath, script]]
      : ['pnpm', [script]];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pnpm ${script} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

function tail(file: string, lines = 60): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

async function waitForHealth(baseURL: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `The app exited (code ${child.exitCode}, signal ${child.signalCode}) before /api/health answered.\n` +
          `Last lines of ${logFile}:\n${tail(logFile)}`,
      );
    }
    try {
      const res = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(2_000) });
      const body = await res.text();
      if (res.status === 200 && (JSON.parse(body) as { status?: string }).status === 'ok') return;
      last = `${res.status} ${body.slice(0, 300)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `/api/health did not answer 200 {status:'ok'} within ${timeoutMs / 1000}s (last: ${last}).\n` +
      `Last lines of ${logFile}:\n${tail(logFile)}`,
  );
}

/**
 * Starts `tsx apps/api/src/main.ts` on the given port. With `databaseUrl` the app uses that
 * server; without it, a fresh temp DATA_DIR (embedded PGlite, migrated and seeded by the app).
 * `webDist` serves the SPA from a copy instead of apps/web/dist.
 */
export async function startApp(options: {
  port: number;
  databaseUrl?: string;
  logFile: string;
  webDist?: string;
}): Promise<RunningApp> {
  const { port, databaseUrl, logFile, webDist } = options;
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = databaseUrl ? undefined : mkdtempSync(path.join(os.tmpdir(), 'inddrag-e2e-'));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: process.env.E2E_NODE_ENV ?? 'production',
    SESSION_SECRET: process.env.SESSION_SECRET ?? 'e2e-session-secret-not-for-production-0123456789abcdef',
    // The whole suite logs in from one IP; the production limit (30 a minute) would make tests
    // wait for each other instead of testing anything.
    LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: process.env.LOGIN_ATTEMPTS_PER_IP_PER_MINUTE ?? '600',
  };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  if (dataDir) env.DATA_DIR = dataDir;
  if (webDist) env.WEB_DIST = webDist;

  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  // Own process group, so a stop reaches tsx's child node process as well.
  const child = spawn(tsxBin, ['apps/api/src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      /* already gone */
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseURL, child, logFile, 180_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, logFile, stop };
}
