/** Helpers shared by the benchmarks: loopback ports, spawning the real app, percentiles, formats. */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = path.join(root, 'bench', '.out');
const tsxBin = path.join(root, 'node_modules', '.bin', 'tsx');
const HEALTH_TIMEOUT_MS = 180_000;

export function intEnv(name: string, fallback: number, min: number, max: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 0)} ms`);
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export interface App {
  baseURL: string;
  /** milliseconds from spawn until /api/health answered 200 */
  startMs: number;
  stop(): Promise<number>;
}

/**
 * Spawns the API (`tsx apps/api/src/main.ts`) on a free loopback port and times it to healthy:
 * on the embedded database in `dataDir`, or on the PostgreSQL database `databaseUrl`.
 */
export async function startApp(options: { dataDir?: string; databaseUrl?: string; logName: string; env?: NodeJS.ProcessEnv }): Promise<App> {
  const { dataDir, databaseUrl, logName } = options;
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  env.SESSION_SECRET ??= 'bench-session-secret-not-for-production-0123456789';
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
    // A direct connection to the PostgreSQL server: prepared statements on, as a deployment would (ADR 009).
    env.DATABASE_PREPARED_STATEMENTS ??= 'true';
  }
  if (dataDir) env.DATA_DIR = dataDir;
  mkdirSync(outDir, { recursive: true });
  const log = createWriteStream(path.join(outDir, `${logName}.log`));
  const t0 = performance.now();
  const child = spawn(tsxBin, ['apps/api/src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      /* gone */
    }
  };
  const onExit = () => kill('SIGKILL');
  process.on('exit', onExit);

  const stop = async (): Promise<number> => {
    process.off('exit', onExit);
    const t = performance.now();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
    return performance.now() - t;
  };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the app exited with ${child.exitCode} before it was healthy; see bench/.out/${logName}.log`);
    }
    try {
      const res = await fetch(`${baseURL}/api/health`, { signal: AbortSignal.timeout(1_000) });
      await res.arrayBuffer();
      if (res.status === 200) return { baseURL, startMs: performance.now() - t0, stop };
    } catch {
      /* not listening yet */
    }
    await sleep(20);
  }
  await stop();
  throw new Error(`no healthy answer within ${HEALTH_TIMEOUT_MS / 1000}s; see bench/.out/${logName}.log`);
}

/** A demo user's session cookie on a running app. */
export async function loginCookie(baseURL: string, email: string, password = 'demo1234'): Promise<string> {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`login as ${email} answered ${res.status}: ${body.slice(0, 200)}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
