/**
 * Part 2 of bench/network-map.ts: the network map editor page in headless Chromium, against the
 * real app. How long the drawing takes to render once the map's data is in the page, and the frame
 * rate while a person is dragged. Measured inside the page with the Performance API; one load and
 * one drag are also traced (Chromium's devtools.timeline) to say where the main thread's time goes.
 *
 * The in-page scripts are strings: bench/ is type-checked without the DOM library.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { intEnv, median, ms, root, sleep } from './lib';
import type { DragFigure, HarnessFigures, RenderFigures } from './network-map';

const RENDERS = intEnv('BENCH_MAPS_RENDERS', 12, 3, 50);
const DRAGS = intEnv('BENCH_MAPS_DRAGS', 6, 1, 20);
const DRAG_STEPS = 120;
const DRAG_MS = 2_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 900 };
const DRAWING = '[data-testid="network-map-drawing"]';

// --- The built web ------------------------------------------------------------------------------

function newest(dir: string): number {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = path.join(dir, name);
    const stat = statSync(full);
    latest = Math.max(latest, stat.isDirectory() ? newest(full) : stat.mtimeMs);
  }
  return latest;
}

/**
 * A private copy of apps/web/dist for the app to serve (a `pnpm build:web` elsewhere during the run
 * would otherwise swap the files under it), built first when missing or older than the sources.
 */
export function prepareWebDist(target: string): void {
  const web = path.join(root, 'apps', 'web');
  const index = path.join(web, 'dist', 'index.html');
  const sources = Math.max(newest(path.join(web, 'src')), newest(path.join(root, 'packages', 'contracts', 'src')));
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    console.log('  apps/web/dist missing or older than the sources: running pnpm build:web');
    const build = spawnSync('pnpm', ['build:web'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (build.status !== 0) throw new Error('pnpm build:web failed');
  }
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(web, 'dist'), target, { recursive: true });
}

// --- The drawing alone (bench/drawing-harness) -----------------------------------------------

const HARNESS_ORIGIN = 'http://drawing-harness.invalid';
const harnessDir = path.join(root, 'bench', 'drawing-harness');

/** Builds bench/drawing-harness with the web app's Vite (production mode) into `outDir`. */
async function buildHarness(outDir: string): Promise<void> {
  const modules = path.join(root, 'apps', 'web', 'node_modules');
  const vite = (await import(pathToFileURL(path.join(modules, 'vite', 'dist', 'node', 'index.js')).href)) as {
    build(config: Record<string, unknown>): Promise<unknown>;
  };
  const react = (await import(
    pathToFileURL(path.join(modules, '@vitejs', 'plugin-react', 'dist', 'index.js')).href
  )) as { default: () => unknown };
  await vite.build({
    configFile: false,
    root: harnessDir,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react.default()],
    resolve: {
      alias: [
        { find: /^dkfds\/dist\/(.*)$/, replacement: `${path.join(modules, 'dkfds', 'dist')}/$1` },
        // The harness lives outside apps/web: its own imports of React resolve to the app's copy.
        { find: /^(react|react-dom)(\/.*)?$/, replacement: `${modules}/$1$2` },
      ],
    },
    build: {
      outDir,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
    },
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

async function measureHarness(
  browser: Browser,
  persons: number,
  drawingWidth: number,
  notes: string[],
): Promise<HarnessFigures | string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'inddrag-drawing-harness-'));
  try {
    await buildHarness(outDir);
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
      serviceWorkers: 'block',
    });
    await context.route(`${HARNESS_ORIGIN}/**`, async (route) => {
      const file = path.join(outDir, new URL(route.request().url()).pathname);
      if (!file.startsWith(outDir) || !existsSync(file) || statSync(file).isDirectory())
        return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({
        status: 200,
        body: readFileSync(file),
        contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
    });
    await context.addInitScript({ content: DRAG_RECORDER });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text().split('\n')[0]}`);
    });
    await page.goto(`${HARNESS_ORIGIN}/index.html?n=${persons}&width=${Math.round(drawingWidth)}`);
    await page.waitForFunction(() => Boolean((globalThis as unknown as HarnessGlobals).__harness));
    const mount = () => page.evaluate(() => (globalThis as unknown as HarnessGlobals).__harness!.mount());
    const unmount = () => page.evaluate(() => (globalThis as unknown as HarnessGlobals).__harness!.unmount());
    for (let i = 0; i < 3; i += 1) {
      await mount();
      await unmount();
    }
    const render: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < RENDERS; i += 1) {
      await page.waitForTimeout(200);
      const result = await mount();
      render.push(result.renderMs);
      frame.push(result.frameMs);
      console.log(
        `   drawing alone (harness) ${i + 1}: render+commit ${ms(result.renderMs)}, to frame ${ms(result.frameMs)}`,
      );
      await unmount();
    }
    await page.waitForTimeout(200);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const traced = await mount();
    notes.push(
      describeTrace(
        `Harness: trace of one more mount (to frame ${ms(traced.frameMs)} in it)`,
        summariseTrace(await browser.stopTracing(), 'harness-mount', 'harness-frame'),
      ),
    );
    const svg = (await page.locator(`${DRAWING} svg.nm-svg`).boundingBox())!;
    await page.waitForTimeout(300);
    const drags: DragFigure[] = [];
    for (let i = 0; i < DRAGS; i += 1) {
      const { figure } = await dragOnce(page, i, persons);
      drags.push(figure);
      console.log(
        `   drag in the harness ${i + 1}: ${figure.frames} frames, ${figure.fps.toFixed(1)} fps, worst ${ms(figure.worstFrameMs)}, moved ${figure.movedPx.toFixed(0)} px`,
      );
      await page.waitForTimeout(300);
    }
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const tracedDrag = await dragOnce(page, DRAGS, persons);
    notes.push(
      describeTrace(
        `Harness: trace of one more drag (${tracedDrag.figure.fps.toFixed(1)} fps in it)`,
        summariseTrace(await browser.stopTracing(), 'drag-start', 'drag-end'),
      ),
    );
    const unique = [...new Set(problems)];
    if (unique.length) notes.push(`Errors in the harness page: ${unique.slice(0, 5).join('; ')}.`);
    await context.close();
    return { render, frame, drags, svgPx: Math.round(svg.width) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

type HitGlobals = {
  document: {
    elementFromPoint(
      x: number,
      y: number,
    ): { closest(selector: string): { getAttribute(name: string): string | null } | null } | null;
  };
};
type HarnessGlobals = { __harness?: { mount(): Promise<{ renderMs: number; frameMs: number }>; unmount(): void } };

// --- In-page probes -------------------------------------------------------------------------------

/**
 * Installed before the app's scripts on every load: notes when the map's JSON has been read
 * (fetch wrapped), when the drawing holds all its nodes (MutationObserver), the first frame after
 * that (requestAnimationFrame, then a task), and the long tasks. Marks them for the trace too.
 */
const RENDER_PROBE = (persons: number) => `(() => {
  const probe = { dataReady: null, responseAt: null, nodesAt: null, frameAt: null, tableAt: null, longTasks: [], errors: [] };
  window.__mapProbe = probe;
  const mapPath = /\\/api\\/cases\\/[^/]+\\/network-maps\\/[0-9a-f-]{36}$/;
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init);
    const url = new URL(typeof input === 'string' ? input : input.url, location.href);
    const method = (init && init.method) || 'GET';
    if (method === 'GET' && mapPath.test(url.pathname) && probe.dataReady === null) {
      probe.responseAt = performance.now();
      for (const reader of ['json', 'text']) {
        const original = response[reader].bind(response);
        response[reader] = async () => {
          const body = await original();
          if (probe.dataReady === null) {
            probe.dataReady = performance.now();
            performance.mark('map-data-ready');
          }
          return body;
        };
      }
    }
    return response;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    probe.errors.push(String(error));
  }
  const count = () => document.querySelectorAll('${DRAWING} [data-person-id]').length;
  const rows = () => document.querySelectorAll('[data-testid="person-table"] tbody tr[data-person-id]').length;
  const observer = new MutationObserver(() => {
    if (probe.tableAt === null && rows() >= ${persons}) probe.tableAt = performance.now();
    if (probe.nodesAt === null && count() >= ${persons}) {
      probe.nodesAt = performance.now();
      performance.mark('map-nodes');
      requestAnimationFrame(() => setTimeout(() => {
        probe.frameAt = performance.now();
        performance.mark('map-frame');
      }, 0));
    }
    if (probe.nodesAt !== null && probe.tableAt !== null) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Installed with the render probe: `window.__watchSwitch()` times the next click to the drawing
 * holding all its nodes again and to the frame after.
 */
const SWITCH_PROBE = (persons: number) => `window.__watchSwitch = () => {
  const result = { clickAt: null, nodesAt: null, frameAt: null };
  window.__switch = result;
  document.addEventListener('click', () => { result.clickAt = performance.now(); performance.mark('switch-click'); }, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    if (result.clickAt === null || result.nodesAt !== null) return;
    if (document.querySelectorAll('${DRAWING} [data-person-id]').length < ${persons}) return;
    result.nodesAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { result.frameAt = performance.now(); performance.mark('switch-frame'); }, 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
};`;

/**
 * Installed with the render probe: `window.__dragStart()` counts animation frames until
 * `window.__dragStop()`, which returns them with where the dragged copy is.
 */
const DRAG_RECORDER = `window.__dragStart = () => {
  const frames = [];
  let running = true;
  let released = null;
  let drop = null;
  const ghostBox = () => {
    const ghost = document.querySelector('[data-dragging]');
    if (!ghost) return null;
    const box = ghost.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  window.addEventListener('pointerup', () => {
    released = performance.now();
    requestAnimationFrame(() => setTimeout(() => { drop = performance.now() - released; }, 0));
  }, { capture: true, once: true });
  const tick = (t) => {
    if (!running) return;
    frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  performance.mark('drag-start');
  window.__dragGhost = ghostBox;
  window.__dragStop = () => {
    running = false;
    performance.mark('drag-end');
    return { frames, released, ghost: ghostBox() };
  };
  window.__dragDrop = () => drop;
};`;

/** What the probes leave on `window`, seen from functions Playwright runs in the page (CSP forbids strings there). */
type PageGlobals = {
  __mapProbe?: ProbeResult;
  __dragStart?: () => void;
  __watchSwitch?: () => void;
  __switch?: { clickAt: number | null; nodesAt: number | null; frameAt: number | null };
  __dragStop?: () => { frames: number[]; ghost: { x: number; y: number } | null };
  __dragDrop?: () => number | null;
};

interface ProbeResult {
  dataReady: number | null;
  responseAt: number | null;
  nodesAt: number | null;
  frameAt: number | null;
  /** when the person table holds a row per person (it renders after the drawing) */
  tableAt: number | null;
  longTasks: { start: number; duration: number }[];
  errors: string[];
}

// --- Trace summary -------------------------------------------------------------------------------

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** Main-thread time between two user-timing marks, by event kind (self time, nested events subtracted). */
function summariseTrace(
  buffer: Buffer,
  fromMark: string,
  toMark: string,
): { windowMs: number; busyMs: number; top: [string, number][] } | null {
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const from = mark(fromMark);
  const to = mark(toMark);
  if (!from || !to) return null;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const main = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.pid === from.pid && mainThreads.has(`${e.pid}:${e.tid}`))
    .filter((e) => e.ts + (e.dur ?? 0) > from.ts && e.ts < to.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time: each event's duration inside the window minus its children's.
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  const clip = (e: TraceEvent) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), to.ts) - Math.max(e.ts, from.ts));
  let busy = 0;
  for (const event of main) {
    while (stack.length && stack.at(-1)!.end <= event.ts) stack.pop();
    const within = clip(event);
    const name =
      event.name === 'FunctionCall' && event.args?.data?.functionName
        ? `FunctionCall (${String(event.args.data.functionName) || 'anonymous'})`
        : event.name;
    if (stack.length) {
      const parent = stack.at(-1)!;
      self.set(parent.name, (self.get(parent.name) ?? 0) - within);
    } else busy += within;
    self.set(name, (self.get(name) ?? 0) + within);
    stack.push({ end: event.ts + (event.dur ?? 0), name });
  }
  const top = [...self.entries()]
    .map(([name, us]) => [name, us / 1000] as [string, number])
    .filter(([, v]) => v >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12);
  return { windowMs: (to.ts - from.ts) / 1000, busyMs: busy / 1000, top };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
];

function describeTrace(label: string, summary: ReturnType<typeof summariseTrace>): string {
  if (!summary) return `${label}: the trace did not hold the marks.`;
  const parts = summary.top.map(([name, v]) => `${name.replace(/\|/g, '/')} ${ms(v)}`).join(', ');
  return `${label}: ${ms(summary.windowMs)} window, main thread busy ${ms(summary.busyMs)}; self time by kind: ${parts}.`;
}

// --- The measurement -----------------------------------------------------------------------------

async function loadOnce(page: Page, url: string): Promise<ProbeResult> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(
    () => {
      const probe = (globalThis as unknown as PageGlobals).__mapProbe;
      return probe?.frameAt != null && probe.tableAt != null;
    },
    undefined,
    {
    timeout: 60_000,
    polling: 100,
  });
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__mapProbe!);
}

/** The editor's view choice: both (default), the drawing only, the table only. */
const VIEW_RADIOS = 'fieldset.map-view-choice input[type="radio"]';

/**
 * The drawing alone: from "table only" back to "both", so the drawing mounts with the data already
 * in the page while the table stays as it is. Click to nodes, and to the next frame.
 */
async function switchOnce(page: Page): Promise<{ toNodes: number; toFrame: number }> {
  const radios = page.locator(VIEW_RADIOS);
  await radios.nth(2).check();
  await page.waitForFunction(
    (selector) =>
      (
        globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
      ).document.querySelectorAll(selector).length === 0,
    `${DRAWING} [data-person-id]`,
  );
  await page.waitForTimeout(200);
  await page.evaluate(() => (globalThis as unknown as PageGlobals).__watchSwitch!());
  await radios.nth(0).click();
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__switch?.frameAt != null, undefined, {
    timeout: 30_000,
    polling: 50,
  });
  const result = (await page.evaluate(() => (globalThis as unknown as PageGlobals).__switch!)) as {
    clickAt: number;
    nodesAt: number;
    frameAt: number;
  };
  return { toNodes: result.nodesAt - result.clickAt, toFrame: result.frameAt - result.clickAt };
}

async function dragOnce(
  page: Page,
  index: number,
  persons: number,
): Promise<{ figure: DragFigure; dropMs: number | null }> {
  const nodes = page.locator(`${DRAWING} [data-person-id]`);
  const svg = page.locator(`${DRAWING} svg.nm-svg`);
  await svg.scrollIntoViewIfNeeded();
  const area = (await svg.boundingBox())!;
  // A node well inside the visible drawing, a different one each time.
  let start: { x: number; y: number } | null = null;
  for (let k = 0; k < persons && !start; k += 1) {
    const node = nodes.nth((index * 37 + k * 7) % persons);
    const box = await node.boundingBox();
    if (!box) continue;
    const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const inside =
      c.x > area.x + 60 &&
      c.x < area.x + area.width - 60 &&
      c.y > Math.max(area.y, 0) + 60 &&
      c.y < Math.min(area.y + area.height, VIEWPORT.height) - 60;
    // The press must land on this person, not on a neighbour's label drawn over it.
    const id = await node.getAttribute('data-person-id');
    const hit = inside
      ? await page.evaluate(
          ({ x, y }) =>
            (globalThis as unknown as HitGlobals).document
              .elementFromPoint(x, y)
              ?.closest('[data-person-id]')
              ?.getAttribute('data-person-id') ?? null,
          c,
        )
      : null;
    if (inside && hit === id) start = c;
  }
  if (!start) throw new Error('no person node inside the visible drawing to drag');
  // Towards the centre of the visible drawing and past it: through other sectors and rings.
  const centre = {
    x: area.x + area.width / 2,
    y: Math.max(area.y, 0) + (Math.min(area.y + area.height, VIEWPORT.height) - Math.max(area.y, 0)) / 2,
  };
  const end = { x: centre.x + (centre.x - start.x) * 0.6, y: centre.y + (centre.y - start.y) * 0.6 };
  await page.mouse.move(start.x, start.y);
  await page.evaluate(() => (globalThis as unknown as PageGlobals).__dragStart!());
  await page.mouse.down();
  const t0 = performance.now();
  for (let i = 1; i <= DRAG_STEPS; i += 1) {
    const f = i / DRAG_STEPS;
    await page.mouse.move(start.x + (end.x - start.x) * f, start.y + (end.y - start.y) * f);
    const wait = t0 + (i * DRAG_MS) / DRAG_STEPS - performance.now();
    if (wait > 0) await sleep(wait);
  }
  const durationMs = performance.now() - t0;
  const recorded = await page.evaluate(() => (globalThis as unknown as PageGlobals).__dragStop!());
  await page.mouse.up();
  await page
    .waitForFunction(() => (globalThis as unknown as PageGlobals).__dragDrop!() !== null, undefined, {
      timeout: 10_000,
      polling: 50,
    })
    .catch(() => undefined);
  const dropMs = await page.evaluate(() => (globalThis as unknown as PageGlobals).__dragDrop!());
  const frames = recorded.frames;
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const span = frames.length > 1 ? frames.at(-1)! - frames[0]! : Number.NaN;
  const figure: DragFigure = {
    steps: DRAG_STEPS,
    durationMs,
    frames: frames.length,
    fps: ((frames.length - 1) / span) * 1000,
    worstFrameMs: sorted.at(-1) ?? Number.NaN,
    p95FrameMs: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN,
    slowFrames: intervals.filter((v) => v > 20).length,
    movedPx: recorded.ghost ? Math.hypot(recorded.ghost.x - start.x, recorded.ghost.y - start.y) : 0,
  };
  return { figure, dropMs };
}

export async function measureDrawing(options: {
  baseURL: string;
  cookie: string;
  caseId: string;
  mapId: string;
  persons: number;
}): Promise<RenderFigures | string> {
  const { baseURL, caseId, mapId, persons } = options;
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
      serviceWorkers: 'block',
    });
    const login = await context.request.post(`${baseURL}/api/auth/login`, {
      data: { email: 'raadgiver@demo.inddrag.dk', password: 'demo1234' },
    });
    if (!login.ok()) return `login in the browser context answered ${login.status()}`;
    await context.addInitScript({ content: `${RENDER_PROBE(persons)}\n${SWITCH_PROBE(persons)}\n${DRAG_RECORDER}` });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message.split('\n')[0]}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text().split('\n')[0]}`);
    });
    const url = `${baseURL}/sager/${caseId}/netvaerkskort/${mapId}`;
    console.log(`  Chromium ${browser.version()}: ${RENDERS} loads of ${url.replace(baseURL, '')}`);

    await loadOnce(page, url); // warm-up: caches, JIT
    const dataToNodes: number[] = [];
    const dataToFrame: number[] = [];
    const dataToTable: number[] = [];
    const navToNodes: number[] = [];
    const longestTask: number[] = [];
    for (let i = 0; i < RENDERS; i += 1) {
      const probe = await loadOnce(page, url);
      if (probe.dataReady === null || probe.nodesAt === null || probe.frameAt === null || probe.tableAt === null)
        return 'the page never read the map, never drew its nodes or never filled its table';
      dataToNodes.push(probe.nodesAt - probe.dataReady);
      dataToFrame.push(probe.frameAt - probe.dataReady);
      dataToTable.push(probe.tableAt - probe.dataReady);
      navToNodes.push(probe.nodesAt);
      const overlapping = probe.longTasks.filter(
        (t) => t.start + t.duration > probe.dataReady! && t.start < probe.frameAt!,
      );
      longestTask.push(Math.max(0, ...overlapping.map((t) => t.duration)));
      console.log(
        `   load ${i + 1}: data→nodes ${ms(dataToNodes.at(-1)!)}, data→frame ${ms(dataToFrame.at(-1)!)}, data→table ${ms(dataToTable.at(-1)!)}, nav→nodes ${ms(navToNodes.at(-1)!)}, longest task ${ms(longestTask.at(-1)!)}`,
      );
    }

    // One more load, traced: what the main thread does between data ready and the frame.
    const notes: string[] = [];
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const traced = await loadOnce(page, url);
    const renderTrace = summariseTrace(await browser.stopTracing(), 'map-data-ready', 'map-frame');
    notes.push(
      describeTrace(
        `Trace of one more load (data→frame ${ms(traced.frameAt! - traced.dataReady!)} in it; tracing adds overhead)`,
        renderTrace,
      ),
    );

    // The drawing mounted in the editor with the data in the page: table only → both.
    const switchToNodes: number[] = [];
    const switchToFrame: number[] = [];
    await switchOnce(page); // warm-up
    for (let i = 0; i < RENDERS; i += 1) {
      const { toNodes, toFrame } = await switchOnce(page);
      switchToNodes.push(toNodes);
      switchToFrame.push(toFrame);
      console.log(`   drawing mounted in the editor ${i + 1}: click→nodes ${ms(toNodes)}, click→frame ${ms(toFrame)}`);
    }
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const tracedSwitch = await switchOnce(page);
    const switchTrace = summariseTrace(await browser.stopTracing(), 'switch-click', 'switch-frame');
    notes.push(
      describeTrace(
        `Trace of one more mount of the drawing in the editor (table only → both; click→frame ${ms(tracedSwitch.toFrame)} in it)`,
        switchTrace,
      ),
    );

    await page.waitForTimeout(500);
    const drags: DragFigure[] = [];
    const drops: number[] = [];
    for (let i = 0; i < DRAGS; i += 1) {
      const { figure, dropMs } = await dragOnce(page, i, persons);
      drags.push(figure);
      if (dropMs !== null) drops.push(dropMs);
      console.log(
        `   drag ${i + 1}: ${figure.frames} frames, ${figure.fps.toFixed(1)} fps, worst ${ms(figure.worstFrameMs)}, moved ${figure.movedPx.toFixed(0)} px, release→frame ${dropMs === null ? '—' : ms(dropMs)}`,
      );
      await page.waitForTimeout(300);
    }
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const tracedDrag = await dragOnce(page, DRAGS, persons);
    const dragTrace = summariseTrace(await browser.stopTracing(), 'drag-start', 'drag-end');
    notes.push(describeTrace(`Trace of one more drag (${tracedDrag.figure.fps.toFixed(1)} fps in it)`, dragTrace));
    if (drops.length)
      notes.push(
        `After each release the person is moved in the draft and the whole map is laid out again: release → next frame median ${ms(median(drops))}, worst ${ms(Math.max(...drops))}.`,
      );

    // The same drags with the editor showing the drawing only (no person table below it).
    const pageHeight = () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document
            .documentElement.scrollHeight,
      );
    const heightBoth = await pageHeight();
    await page.locator(VIEW_RADIOS).nth(1).check();
    await page.waitForTimeout(500);
    const heightDrawing = await pageHeight();
    const dragsDrawingView: DragFigure[] = [];
    for (let i = 0; i < Math.min(3, DRAGS); i += 1) {
      const { figure } = await dragOnce(page, i, persons);
      dragsDrawingView.push(figure);
      console.log(
        `   drag, view "drawing only" ${i + 1}: ${figure.frames} frames, ${figure.fps.toFixed(1)} fps, worst ${ms(figure.worstFrameMs)}, moved ${figure.movedPx.toFixed(0)} px`,
      );
      await page.waitForTimeout(300);
    }
    await page.locator(VIEW_RADIOS).nth(0).check();
    notes.push(
      `The editor page is ${heightBoth.toLocaleString('en')} px tall with drawing and table, ${heightDrawing.toLocaleString('en')} px with the drawing only.`,
    );
    const unique = [...new Set(problems)];
    notes.push(
      unique.length
        ? `Errors in the editor page: ${unique.slice(0, 5).join('; ')}${unique.length > 5 ? ` (+${unique.length - 5} more)` : ''}.`
        : 'No console errors or page errors in the editor page during the loads and drags.',
    );
    const drawingWidth = (await page.locator(DRAWING).boundingBox())?.width ?? 1000;
    const svgPx = Math.round((await page.locator(`${DRAWING} svg.nm-svg`).boundingBox())?.width ?? 0);
    await page.close();
    await context.close();

    console.log('  the drawing alone (bench/drawing-harness)');
    const harness = await measureHarness(browser, persons, drawingWidth, notes).catch(
      (error: unknown) => `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    if (typeof harness === 'string') console.log(`   ${harness}`);
    return {
      browser: `Chromium ${browser.version()}`,
      loads: RENDERS,
      dataToNodes,
      dataToFrame,
      dataToTable,
      navToNodes,
      longestTask,
      switchToNodes,
      switchToFrame,
      drags,
      dragsDrawingView,
      svgPx,
      harness,
      notes,
    };
  } finally {
    await browser?.close();
  }
}
