/**
 * `pnpm bench`: start-up time, web bundle size, case-list latency, login and audit overhead, and
 * finding cases on PostgreSQL at 1,000 and 10,000 cases (bench/case-search.ts), and the network map
 * (bench/network-map.ts: its API on PostgreSQL and its drawing in headless Chromium), on loopback only.
 * Prints a markdown table and rewrites docs/benchmarks.md with the figures.
 *
 * Knobs (all bounded): BENCH_STARTS (1–10, default 3), BENCH_DURATION seconds (1–60, default 10),
 * BENCH_CONNECTIONS (1–100, default 10).
 */
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  caseSearchSummaryRows,
  measureCaseSearch,
  renderCaseSearchSection,
  type CaseSearchFigures,
} from './case-search';
import { intEnv, kib, median, ms, percentile, root, startApp as spawnApp, type App } from './lib';
import {
  measureNetworkMap,
  networkMapSummaryRows,
  renderNetworkMapSection,
  type NetworkMapFigures,
} from './network-map';

const webDist = path.join(root, 'apps', 'web', 'dist');
const docFile = path.join(root, 'docs', 'benchmarks.md');

const STARTS = intEnv('BENCH_STARTS', 3, 1, 10);
const DURATION_S = intEnv('BENCH_DURATION', 10, 1, 60);
const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 10, 1, 100);
const BENCH_USER = 'raadgiver@demo.inddrag.dk';

/** The app on the embedded database in `dataDir`. */
const startApp = (dataDir: string, logName: string): Promise<App> => spawnApp({ dataDir, logName });

// --- (a) start to healthy ----------------------------------------------------------------------

interface StartResult {
  runs: { label: string; startMs: number; stopMs: number }[];
  medianMs: number;
  warmMedianMs: number | null;
}

async function benchStartup(dataDir: string): Promise<StartResult> {
  const runs: StartResult['runs'] = [];
  for (let i = 0; i < STARTS; i++) {
    const label = i === 0 ? 'first start (empty data dir: migrate + seed)' : `restart ${i} (same data dir)`;
    const app = await startApp(dataDir, `start-${i + 1}`);
    const stopMs = await app.stop();
    runs.push({ label, startMs: app.startMs, stopMs });
    console.log(`  ${label}: ${ms(app.startMs)} to healthy, ${ms(stopMs)} to stop`);
  }
  const warm = runs.slice(1).map((r) => r.startMs);
  return { runs, medianMs: median(runs.map((r) => r.startMs)), warmMedianMs: warm.length ? median(warm) : null };
}

// --- (b) bundle size ---------------------------------------------------------------------------

interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
}
interface BundleResult {
  js: { raw: number; gzip: number; files: number };
  css: { raw: number; gzip: number; files: number };
  html: { raw: number; gzip: number };
  /** fonts, icons and images (not source maps): fetched on demand, not gzipped */
  other: { raw: number; files: number };
  largest: BundleFile[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function benchBundle(): BundleResult {
  if (!existsSync(path.join(webDist, 'index.html'))) {
    console.log('  apps/web/dist missing: running pnpm build:web');
    const build = spawnSync('pnpm', ['build:web'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('pnpm build:web failed');
  }
  const everything = walk(webDist).filter((f) => !f.endsWith('.map'));
  const otherFiles = everything.filter((f) => !/\.(m?js|css|html)$/.test(f));
  const other = { raw: otherFiles.reduce((a, f) => a + statSync(f).size, 0), files: otherFiles.length };
  const files: BundleFile[] = everything
    .filter((f) => /\.(m?js|css|html)$/.test(f))
    .map((f) => {
      const content = readFileSync(f);
      return { file: path.relative(webDist, f), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
  const sum = (re: RegExp) => {
    const picked = files.filter((f) => re.test(f.file));
    return {
      raw: picked.reduce((a, f) => a + f.raw, 0),
      gzip: picked.reduce((a, f) => a + f.gzip, 0),
      files: picked.length,
    };
  };
  const html = sum(/\.html$/);
  return {
    js: sum(/\.m?js$/),
    css: sum(/\.css$/),
    html: { raw: html.raw, gzip: html.gzip },
    other,
    largest: files
      .filter((f) => !f.file.endsWith('.html'))
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 5),
  };
}

// --- (c) GET /api/cases under load --------------------------------------------------------------

interface LoadResult {
  path: string;
  as: string;
  status: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

/** The demo caseworker's session cookie, or no headers while the API has no login endpoint. */
async function loginHeaders(baseURL: string): Promise<Record<string, string>> {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_USER, password: 'demo1234' }),
  });
  const body = await res.text();
  if (res.status === 404) return {};
  if (!res.ok) throw new Error(`login as ${BENCH_USER} answered ${res.status}: ${body.slice(0, 200)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie };
}

async function benchLoad(dataDir: string): Promise<LoadResult> {
  const app = await startApp(dataDir, 'load');
  try {
    const target = `${app.baseURL}/api/cases`;
    if (!target.startsWith('http://127.0.0.1:')) throw new Error('load target must be loopback');
    const headers = await loginHeaders(app.baseURL);
    const probe = await fetch(target, { headers });
    const body = await probe.text();
    if (probe.status !== 200) throw new Error(`GET /api/cases answered ${probe.status}: ${body.slice(0, 200)}`);
    // warm-up: a second's worth of requests, not measured
    await autocannon({ url: target, headers, connections: CONNECTIONS, duration: 1 });

    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url: target, headers, connections: CONNECTIONS, duration: DURATION_S, timeout: 10 },
        (error, res) => (error ? reject(error) : resolve(res)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        latencies.push(responseTime);
      });
    });
    latencies.sort((a, b) => a - b);
    return {
      path: '/api/cases',
      as: headers.cookie ? `logged in as ${BENCH_USER}` : 'anonymous (no login endpoint)',
      status: probe.status,
      requests: result.requests.total,
      reqPerSec: result.requests.total / DURATION_S,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      errors: result.errors,
      non2xx: result.non2xx,
      timeouts: result.timeouts,
    };
  } finally {
    await app.stop();
  }
}

// --- (d) login and access-check/audit overhead (bench/auth-overhead.ts) ------------------------

interface AuthOverheadFigures {
  database: string;
  logins: number;
  loginP50: number;
  loginP95: number;
  reads: number;
  withP50: number;
  withP95: number;
  withoutP50: number;
  withoutP95: number;
}

/** In-process figures from bench/auth-overhead.ts; loaded by path so this file stays independent of it. */
async function benchAuthOverhead(): Promise<AuthOverheadFigures | string> {
  try {
    const file = path.join(root, 'bench', 'auth-overhead.ts');
    if (!existsSync(file)) return 'bench/auth-overhead.ts not present';
    const mod = (await import(pathToFileURL(file).href)) as {
      measureAuthOverhead: (options?: { logins?: number; reads?: number }) => Promise<AuthOverheadFigures>;
    };
    return await mod.measureAuthOverhead();
  } catch (error) {
    return `skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}

// --- report ------------------------------------------------------------------------------------

function machine(): string {
  const cpus = os.cpus();
  return `${os.availableParallelism()} CPUs (nproc) — ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ${os.type()} ${os.release()}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start`;
}

function gitRevision(): string {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'uncommitted';
}

async function main() {
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const host = machine();
  console.log(`Inddrag benchmarks, ${date}\n${host}\n`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'inddrag-bench-'));
  try {
    console.log(`(a) start to healthy, ${STARTS} starts, embedded PGlite in a fresh ${dataDir}`);
    const start = await benchStartup(dataDir);
    console.log('(b) web bundle size (gzip -9)');
    const bundle = benchBundle();
    console.log(`(c) GET /api/cases, ${CONNECTIONS} connections, ${DURATION_S} s`);
    const load = await benchLoad(dataDir);
    console.log('(d) login latency and access-check + audit overhead (in-process)');
    const auth = await benchAuthOverhead();
    if (typeof auth === 'string') console.log(`  ${auth}`);
    console.log('(e) finding cases on PostgreSQL at 1,000 and 10,000 cases (bench/case-search.ts)');
    const search: CaseSearchFigures | string = await measureCaseSearch().catch(
      (error: unknown) => `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    if (typeof search === 'string') console.log(`  ${search}`);
    console.log('(f) the network map: 150 persons, 51 versions, API and drawing (bench/network-map.ts)');
    const maps: NetworkMapFigures | string = await measureNetworkMap().catch(
      (error: unknown) => `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    if (typeof maps === 'string') console.log(`  ${maps}`);

    const table = [
      '| Benchmark | Figure |',
      '| --- | --- |',
      ...start.runs.map((r) => `| Start to healthy: ${r.label} | ${ms(r.startMs)} |`),
      `| Start to healthy: median of ${start.runs.length} | ${ms(start.medianMs)} |`,
      `| Graceful stop (SIGTERM to exit), median | ${ms(median(start.runs.map((r) => r.stopMs)))} |`,
      `| Web JS, gzip (${bundle.js.files} files) | ${kib(bundle.js.gzip)} (raw ${kib(bundle.js.raw)}) |`,
      `| Web CSS, gzip (${bundle.css.files} files) | ${kib(bundle.css.gzip)} (raw ${kib(bundle.css.raw)}) |`,
      `| Web JS + CSS + HTML, gzip | ${kib(bundle.js.gzip + bundle.css.gzip + bundle.html.gzip)} |`,
      `| GET /api/cases throughput | ${load.reqPerSec.toFixed(0)} req/s (${load.requests} requests) |`,
      `| GET /api/cases latency p50 / p95 / p99 | ${ms(load.p50)} / ${ms(load.p95)} / ${ms(load.p99)} |`,
      `| GET /api/cases errors / non-2xx / timeouts | ${load.errors} / ${load.non2xx} / ${load.timeouts} |`,
      ...(typeof auth === 'string'
        ? []
        : [
            `| Login (argon2 verify + session), p50 / p95 | ${ms(auth.loginP50)} / ${ms(auth.loginP95)} |`,
            `| Case read with / without access check + audit, p50 | ${ms(auth.withP50)} / ${ms(auth.withoutP50)} |`,
          ]),
      ...caseSearchSummaryRows(search),
      ...networkMapSummaryRows(maps),
    ].join('\n');
    console.log(`\n${table}\n`);

    const command = [
      STARTS !== 3 ? `BENCH_STARTS=${STARTS}` : '',
      DURATION_S !== 10 ? `BENCH_DURATION=${DURATION_S}` : '',
      CONNECTIONS !== 10 ? `BENCH_CONNECTIONS=${CONNECTIONS}` : '',
      ...['BENCH_SEARCH_SIZES', 'BENCH_SEARCH_DURATION', 'BENCH_SEARCH_CONNECTIONS', 'BENCH_MAPS_DURATION', 'BENCH_MAPS_RENDERS', 'BENCH_MAPS_DRAGS', 'BENCH_MAPS_BROWSER', 'BENCH_DATABASE_URL']
        .filter((name) => process.env[name])
        .map((name) => (name === 'BENCH_DATABASE_URL' ? `${name}=…` : `${name}=${process.env[name]}`)),
      'pnpm bench',
    ]
      .filter(Boolean)
      .join(' ');
    const header = `Measured ${date} on ${host}; revision ${gitRevision()}.\nCommand: \`${command}\` (from the repository root).`;
    const doc = `# Benchmarks

Written by \`pnpm bench\` (bench/run.ts); run it again to refresh these figures. Every request goes to
127.0.0.1 only, and every loop is bounded. Figures from one machine are comparable with each other, not
with another machine's.

## Summary

${header}

${table}

## Start to healthy

${header}

The API is spawned with \`tsx apps/api/src/main.ts\` on a free loopback port with a fresh temporary
\`DATA_DIR\` (embedded PGlite, \`NODE_ENV=production\`) and timed from spawn until \`GET /api/health\`
answers 200 (polled every 20 ms). The first start creates the database, runs the migrations and seeds
the demo municipality; the later starts reuse that data directory. Each run is then stopped with SIGTERM.

| Run | Start to healthy | SIGTERM to exit |
| --- | --- | --- |
${start.runs.map((r) => `| ${r.label} | ${ms(r.startMs)} | ${ms(r.stopMs)} |`).join('\n')}
| **median of all** | **${ms(start.medianMs)}** | ${ms(median(start.runs.map((r) => r.stopMs)))} |
${start.warmMedianMs !== null ? `| median of restarts | ${ms(start.warmMedianMs)} | |\n` : ''}
## Web bundle size

${header}

Sizes of \`apps/web/dist\` after \`pnpm build:web\` (source maps not counted), compressed with gzip
level 9 as a stand-in for what travels over the wire.

| Kind | Files | Raw | gzip |
| --- | --- | --- | --- |
| JavaScript | ${bundle.js.files} | ${kib(bundle.js.raw)} | ${kib(bundle.js.gzip)} |
| CSS | ${bundle.css.files} | ${kib(bundle.css.raw)} | ${kib(bundle.css.gzip)} |
| index.html | 1 | ${kib(bundle.html.raw)} | ${kib(bundle.html.gzip)} |
| fonts, icons, images (not gzipped) | ${bundle.other.files} | ${kib(bundle.other.raw)} | — |
| **JS + CSS + HTML** | | ${kib(bundle.js.raw + bundle.css.raw + bundle.html.raw)} | **${kib(bundle.js.gzip + bundle.css.gzip + bundle.html.gzip)}** |

Largest files (gzip):

| File | Raw | gzip |
| --- | --- | --- |
${bundle.largest.map((f) => `| \`${f.file}\` | ${kib(f.raw)} | ${kib(f.gzip)} |`).join('\n')}

## GET /api/cases under load

${header}

autocannon against \`GET ${load.path}\` (first page, default limit) on 127.0.0.1, ${CONNECTIONS} connections
for ${DURATION_S} s after a 1 s warm-up, ${load.as}, embedded PGlite with the seeded demo data, in one process with
\`LOG_LEVEL=warn\`. Percentiles are computed from every response's latency; the load generator runs on the
same 2-core machine as the API, so these are a floor for a real server, not a capacity figure.

| Requests | req/s | p50 | p95 | p99 | max | errors | non-2xx | timeouts |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| ${load.requests} | ${load.reqPerSec.toFixed(0)} | ${ms(load.p50)} | ${ms(load.p95)} | ${ms(load.p99)} | ${ms(load.max)} | ${load.errors} | ${load.non2xx} | ${load.timeouts} |

## Login and the cost of access checks and audit

${header}

${
  typeof auth === 'string'
    ? `Not measured this run (${auth}).`
    : `\`bench/auth-overhead.ts\`, in-process through Fastify's \`inject\` (no network), on a freshly seeded
${auth.database} database: ${auth.logins} logins, then ${auth.reads} reads of one case interleaved with and without the
access check and the audit record, so both see the same machine load.

| Measure | p50 | p95 |
| --- | --- | --- |
| Login (${auth.logins}×) | ${ms(auth.loginP50)} | ${ms(auth.loginP95)} |
| Case read with access check + audit (${auth.reads}×) | ${ms(auth.withP50)} | ${ms(auth.withP95)} |
| Case read without (${auth.reads}×) | ${ms(auth.withoutP50)} | ${ms(auth.withoutP95)} |`
}

${renderCaseSearchSection(search, header)}

${renderNetworkMapSection(maps, header)}
`;
    mkdirSync(path.dirname(docFile), { recursive: true });
    writeFileSync(docFile, doc);
    console.log(`wrote ${path.relative(root, docFile)}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
