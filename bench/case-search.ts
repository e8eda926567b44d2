/**
 * Finding cases under load on PostgreSQL, at 1,000 and at 10,000 cases: the case list's first
 * page, a search by a name word, by a CPR date part, the overdue filter and "Mine sager".
 *
 * For each size it creates a throwaway database on the PostgreSQL server (BENCH_DATABASE_URL, by
 * default postgres://postgres@127.0.0.1:5432/postgres), migrates it, seeds the demo municipality
 * and then N cases in bulk, starts the real app on it (`tsx apps/api/src/main.ts`,
 * NODE_ENV=production) and drives it with autocannon on loopback. Without a reachable server it
 * skips with a message. The databases are dropped afterwards.
 *
 * `pnpm bench` runs it as part of the whole benchmark; `pnpm bench:cases` runs only this and
 * rewrites only its section of docs/benchmarks.md.
 *
 * Knobs (bounded): BENCH_SEARCH_SIZES (comma-separated case counts, default 1000,10000),
 * BENCH_SEARCH_DURATION seconds per run (1–60, default 6), BENCH_SEARCH_ROUNDS (1–5, default 2: each
 * scenario runs this many times per size, the sizes taking turns), BENCH_SEARCH_CONNECTIONS (1–100, default 20).
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DeadlineFacts } from '@inddrag/contracts';
import { createPrismaClient, migrate, Prisma, seedDemoData, SERVER_SESSION_SETTINGS, type PrismaClient } from '@inddrag/db';
import { BOY_NAMES, GIRL_NAMES, LAST_NAMES } from '../packages/db/src/seed/demo-people';
import { refreshAllNextDeadlines } from '../apps/api/src/modules/deadlines/case-deadlines';
import { addDaysToDate, addMonthsToDate, nextDeadline } from '../apps/api/src/modules/deadlines/rules';
import { recordAudit } from '../apps/api/src/modules/audit/service';
import { myCasesSql } from '../apps/api/src/modules/cases/my-cases-query';
import { prefixUpperBound } from '../apps/api/src/modules/cases/prefix-range';
import { intEnv, loginCookie, ms, percentile, root, startApp, type App } from './lib';

const DURATION_S = intEnv('BENCH_SEARCH_DURATION', 6, 1, 60);
const ROUNDS = intEnv('BENCH_SEARCH_ROUNDS', 2, 1, 5);
const CONNECTIONS = intEnv('BENCH_SEARCH_CONNECTIONS', 20, 1, 100);
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000,10000')
  .split(',')
  .map((s) => Math.round(Number(s)))
  .filter((n) => Number.isFinite(n) && n >= 100 && n <= 100_000)
  .slice(0, 4);
const TEAM_CASES = 200;
/** The same session check and framework, without a case query or an audit record: the floor. */
const REFERENCE = 'Reference: session check only (GET /api/auth/me)';
const TARGET_P95_MS = 50;
const TARGET_RATIO = 1.5;
const LEADER = 'leder@demo.inddrag.dk';
const CASEWORKER = 'raadgiver@demo.inddrag.dk';
const docFile = path.join(root, 'docs', 'benchmarks.md');

// --- Realistic bulk data ---------------------------------------------------------------------

/** More names than the demo's, so a name word is as selective as in a real municipality. */
const MORE_FIRST = ['Anna', 'Sofie', 'Laura', 'Emilie', 'Caroline', 'Marie', 'Signe', 'Rosa', 'Ellen', 'Åse', 'Mads', 'Rasmus', 'Jonas', 'Oliver', 'Valdemar', 'Storm', 'Bjørn', 'Søren', 'Ahmed', 'Omar', 'Ali', 'Zainab', 'Leyla', 'Mikkel', 'Tobias', 'August', 'Hjalte', 'Ærwin'];
const MORE_LAST = ['Holm', 'Lund', 'Bech', 'Dahl', 'Friis', 'Winther', 'Storm', 'Kragh', 'Bækgaard', 'Skov', 'Bruun', 'Vestergaard', 'Kjær', 'Nørgaard', 'Lauridsen', 'Dam', 'Ibsen', 'Ravn', 'Yilmaz', 'Demir', 'Ali', 'Mohamed', 'Nguyen', 'Kowalski', 'Ås', 'Bønnelykke', 'Søgaard', 'Clausen', 'Overgaard', 'Iversen'];
const FIRST_NAMES = [...GIRL_NAMES, ...BOY_NAMES, ...MORE_FIRST];
/** Common surnames first: picked with a skew, so Nielsen is frequent and Bønnelykke rare. */
const LAST = [...LAST_NAMES, ...MORE_LAST];
/** Words the name search scenario rotates through: rare and common, with æøå. */
const NAME_WORDS = ['Bønnelykke', 'østergaard', 'Søgaard', 'kowalski', 'Åse', 'Yusuf', 'ravn', 'Lærke', 'Ahmadi', 'nørgaard'];

function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PHASES = ['UNDERRETNING', 'SCREENING', 'AFDAEKNING', 'BOERNEFAGLIG_UNDERSOEGELSE', 'AFGOERELSE', 'PLAN', 'INDSATS', 'OPFOELGNING', 'AFSLUTTET'] as const;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const toDate = (isoDate: string | null) => (isoDate ? new Date(`${isoDate}T00:00:00.000Z`) : null);

interface BulkIds {
  municipalityId: string;
  myndighedId: string;
  executorUnitIds: string[];
  caseworkerIds: string[];
  benchCaseworkerId: string;
}

/** N − 30 cases (the demo seed has 30) with names, CPR numbers, phases and deadline dates, in batches. */
export async function seedBulk(prisma: PrismaClient, total: number, now: Date): Promise<void> {
  const random = mulberry32(total);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const skewed = <T>(items: readonly T[]) => items[Math.floor(random() ** 2.2 * items.length)] as T;
  const today = iso(now);
  const daysAgo = (days: number) => addDaysToDate(today, -days);

  const municipality = await prisma.municipality.findUniqueOrThrow({ where: { code: '0999' } });
  const units = await prisma.unit.findMany({ where: { municipalityId: municipality.id } });
  const benchUser = await prisma.user.findUniqueOrThrow({ where: { email: CASEWORKER } });
  // Colleagues of the bench caseworker, so team memberships are spread as in a real unit.
  await prisma.user.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      municipalityId: municipality.id,
      unitId: units.find((u) => u.kind === 'MYNDIGHED')!.id,
      email: `bench.raadgiver${i}@demo.inddrag.dk`,
      name: `${pick(FIRST_NAMES)} ${pick(LAST)}`,
      role: 'CASEWORKER' as const,
      passwordHash: benchUser.passwordHash,
    })),
    skipDuplicates: true,
  });
  const caseworkers = await prisma.user.findMany({ where: { email: { startsWith: 'bench.raadgiver' } }, select: { id: true } });
  const ids: BulkIds = {
    municipalityId: municipality.id,
    myndighedId: units.find((u) => u.kind === 'MYNDIGHED')!.id,
    executorUnitIds: units.filter((u) => u.kind === 'FAMILIECENTER' || u.kind === 'UNGECENTER').map((u) => u.id),
    caseworkerIds: caseworkers.map((c) => c.id),
    benchCaseworkerId: benchUser.id,
  };

  const count = total - 30;
  const benchCases = new Set<number>();
  while (benchCases.size < Math.min(TEAM_CASES - 20, count)) benchCases.add(Math.floor(random() * count));
  const BATCH = 1000;
  for (let start = 0; start < count; start += BATCH) {
    const cases: Prisma.CaseCreateManyInput[] = [];
    const team: Prisma.CaseTeamMemberCreateManyInput[] = [];
    const referrals: Prisma.ReferralCreateManyInput[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
      const id = crypto.randomUUID();
      const ageDays = 30 + Math.floor(random() * 17.5 * 365);
      const dob = daysAgo(ageDays);
      const girl = random() < 0.5;
      const cpr = `${dob.slice(8, 10)}${dob.slice(5, 7)}${dob.slice(2, 4)}${4 + Math.floor(random() * 2)}${String(Math.floor(random() * 100)).padStart(2, '0')}${Math.floor(random() * 5) * 2 + (girl ? 0 : 1)}`;
      const phase = pick(PHASES);
      const aware = Math.floor(random() * 400);
      const facts: DeadlineFacts = {
        awareOn: daysAgo(aware),
        assessmentStartedOn: null,
        assessmentCompletedOn: null,
        firstDecisionOn: null,
        placementWithoutConsentOn: null,
        planAdoptedOn: null,
        measureStartedOn: null,
        firstFollowUpOn: null,
        nextFollowUpOn: null,
        policeDocumentationOn: random() < 0.01 ? daysAgo(Math.floor(random() * 10)) : null,
        networkCouncilHeldOn: null,
        closed: phase === 'AFSLUTTET',
      };
      const within = (max: number) => Math.floor(random() * Math.min(max, aware + 1));
      if (phase === 'BOERNEFAGLIG_UNDERSOEGELSE') facts.assessmentStartedOn = daysAgo(within(aware));
      if (phase === 'AFGOERELSE') facts.firstDecisionOn = daysAgo(within(150));
      if (phase === 'PLAN' || phase === 'INDSATS' || phase === 'OPFOELGNING') {
        const decided = within(300);
        facts.firstDecisionOn = daysAgo(decided);
        facts.measureStartedOn = daysAgo(Math.floor(decided * random()));
        if (phase !== 'PLAN') facts.planAdoptedOn = addMonthsToDate(facts.firstDecisionOn, 2) < today ? addMonthsToDate(facts.firstDecisionOn, 2) : today;
        if (phase === 'OPFOELGNING') {
          facts.firstFollowUpOn = today;
          facts.nextFollowUpOn = addDaysToDate(today, Math.floor(random() * 150) - 30);
        }
      }
      const next = nextDeadline(facts);
      const onBenchDesk = benchCases.has(i);
      const responsible = onBenchDesk ? ids.benchCaseworkerId : pick(ids.caseworkerIds);
      const year = 2026 - Math.floor(i / 5000);
      cases.push({
        id,
        municipalityId: ids.municipalityId,
        caseNumber: `${year}-${String(1000 + (i % 5000)).padStart(4, '0')}`,
        childFirstName: pick(FIRST_NAMES),
        childLastName: skewed(LAST),
        childCpr: cpr,
        childDateOfBirth: toDate(dob)!,
        phase,
        phaseChangedAt: new Date(now.getTime() - Math.floor(random() * aware + 1) * 86_400_000),
        awareOn: toDate(facts.awareOn)!,
        openedAt: new Date(`${facts.awareOn}T09:00:00.000Z`),
        closedAt: phase === 'AFSLUTTET' ? now : null,
        responsibleUnitId: ids.myndighedId,
        responsibleCaseworkerId: phase === 'UNDERRETNING' && !onBenchDesk ? null : responsible,
        honourConflictSuspected: random() < 0.02,
        assessmentStartedOn: toDate(facts.assessmentStartedOn),
        firstDecisionOn: toDate(facts.firstDecisionOn),
        planAdoptedOn: toDate(facts.planAdoptedOn),
        measureStartedOn: toDate(facts.measureStartedOn),
        firstFollowUpOn: toDate(facts.firstFollowUpOn),
        nextFollowUpOn: toDate(facts.nextFollowUpOn),
        policeDocumentationOn: toDate(facts.policeDocumentationOn),
        nextDeadlineOn: toDate(next?.dueOn ?? null),
        nextDeadlineKind: next?.kind ?? null,
      });
      if (phase !== 'UNDERRETNING' || onBenchDesk) team.push({ caseId: id, userId: responsible, role: 'RESPONSIBLE' });
      if (random() < 0.3) {
        const coWorker = pick(ids.caseworkerIds);
        if (coWorker !== responsible) team.push({ caseId: id, userId: coWorker, role: 'CO_WORKER' });
      }
      if (phase === 'INDSATS' || phase === 'OPFOELGNING') {
        referrals.push({ caseId: id, fromUnitId: ids.myndighedId, toUnitId: pick(ids.executorUnitIds), status: 'ACCEPTED', decidedAt: now });
      }
    }
    await prisma.case.createMany({ data: cases });
    await prisma.caseTeamMember.createMany({ data: team });
    await prisma.referral.createMany({ data: referrals });
  }
  await prisma.$executeRawUnsafe('ANALYZE');
}

// --- Scenarios -------------------------------------------------------------------------------

interface Scenario {
  name: string;
  user: string;
  /** Paths chosen at random, one per request. */
  paths: () => string[];
}

function scenarios(cprPrefixes: string[]): Scenario[] {
  return [
    { name: 'Case list, first page', user: LEADER, paths: () => ['/api/cases'] },
    { name: 'Search by a name word', user: LEADER, paths: () => NAME_WORDS.map((w) => `/api/cases?q=${encodeURIComponent(w)}`) },
    { name: 'Search by CPR date part (DDMMYY)', user: LEADER, paths: () => cprPrefixes.map((p) => `/api/cases?q=${p}`) },
    { name: 'Overdue deadlines, next deadline first', user: LEADER, paths: () => ['/api/cases?overdue=true&sort=nextDeadline'] },
    { name: 'Mine sager', user: CASEWORKER, paths: () => ['/api/cases/mine'] },
    { name: 'Case list, first page (caseworker)', user: CASEWORKER, paths: () => ['/api/cases'] },
    { name: REFERENCE, user: LEADER, paths: () => ['/api/auth/me'] },
  ];
}

export interface ScenarioResult {
  name: string;
  user: string;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

export interface SizeResult {
  cases: number;
  /** Cases the bench caseworker is on the team of ("Mine sager" counts only the open ones). */
  teamCases: number;
  overdue: number;
  seedMs: number;
  scenarios: ScenarioResult[];
  /** The audit record alone as the app writes it for reads (group commit under the chain lock), CONNECTIONS at a time. */
  audit: { count: number; p50: number; p95: number; perSec: number };
  plans: PlanFigure[];
}

export interface CaseSearchFigures {
  database: string;
  connections: number;
  durationS: number;
  sizes: SizeResult[];
}

async function load(baseURL: string, cookie: string, paths: string[], duration: number) {
  if (!baseURL.startsWith('http://127.0.0.1:')) throw new Error('load target must be loopback');
  for (const p of paths) {
    const probe = await fetch(`${baseURL}${p}`, { headers: { cookie } });
    const body = await probe.text();
    if (probe.status !== 200) throw new Error(`GET ${p} answered ${probe.status}: ${body.slice(0, 300)}`);
  }
  const random = mulberry32(7);
  const requests = [{ method: 'GET' as const, setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[Math.floor(random() * paths.length)]! }) }];
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: baseURL, headers: { cookie }, connections: CONNECTIONS, duration, timeout: 10, requests },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { latencies, requests: result.requests.total, errors: result.errors, non2xx: result.non2xx };
}

/** What the audit append costs on its own when CONNECTIONS requests append at once. */
async function measureAudit(prisma: PrismaClient): Promise<SizeResult['audit']> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: LEADER }, include: { unit: true, municipality: true } });
  const ctx = {
    actor: { userId: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId, unitKind: user.unit?.kind ?? null, unitName: user.unit?.name ?? null, municipalityId: user.municipalityId, municipalityName: user.municipality.name },
    requestId: 'bench',
    clientIp: '127.0.0.1',
    now: new Date(),
  };
  const details = { query: { q: null, sort: 'caseNumber' }, resultCaseIds: Array.from({ length: 25 }, () => crypto.randomUUID()) };
  const times: number[] = [];
  const until = performance.now() + Math.min(5, DURATION_S) * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        await recordAudit(prisma, ctx, { action: 'SEARCH', entityType: 'Case', details });
        times.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { count: times.length, p50: percentile(times, 50), p95: percentile(times, 95), perSec: times.length / elapsed };
}

export interface PlanFigure {
  name: string;
  executionMs: number;
  /** The indexes the plan reads, or "sequential scan". */
  access: string;
  rowsScanned: number;
}

/**
 * EXPLAIN ANALYZE of the case query each scenario makes, written as the SQL Prisma generates
 * (scope of the leader or the caseworker, search, order, LIMIT 26): shows which index serves it.
 */
async function explainScenarios(prisma: PrismaClient, today: string, cprPrefix: string): Promise<PlanFigure[]> {
  const leader = await prisma.user.findUniqueOrThrow({ where: { email: LEADER } });
  const caseworker = await prisma.user.findUniqueOrThrow({ where: { email: CASEWORKER } });
  const scope = (user: { id: string; municipalityId: string; unitId: string | null }, unitReach: boolean) => {
    const unit = unitReach && user.unitId ? user.unitId : null;
    return (
      `c."municipalityId" = '${user.municipalityId}' AND (` +
      (unit ? `c."responsibleUnitId" = '${unit}' OR ` : '') +
      `EXISTS (SELECT 1 FROM "CaseTeamMember" t WHERE t."userId" = '${user.id}' AND t."removedAt" IS NULL AND t."caseId" = c.id)` +
      ` OR EXISTS (SELECT 1 FROM "EmergencyAccess" e WHERE e."userId" = '${user.id}' AND e."expiresAt" > now() AND e."caseId" = c.id)` +
      (unit ? ` OR EXISTS (SELECT 1 FROM "Referral" r WHERE r."toUnitId" = '${unit}' AND r.status = 'ACCEPTED' AND r."caseId" = c.id)` : '') +
      ')'
    );
  };
  const name = (text: string) => {
    const word = text.toLocaleLowerCase('da');
    return `c.id IN (SELECT w."caseId" FROM "CaseNameWord" w WHERE w."municipalityId" = '${leader.municipalityId}' AND w.word >= '${word}' AND w.word < '${prefixUpperBound(word)}')`;
  };
  const byNumber = 'c."caseNumber", c.id';
  const byDeadline = 'c."nextDeadlineOn" NULLS LAST, c."caseNumber", c.id';
  const queries: [string, string, string][] = [
    ['Case list, first page', scope(leader, true), byNumber],
    ['Search by a name word (rare: "Bønnelykke")', `${scope(leader, true)} AND ${name('Bønnelykke')}`, byNumber],
    ['Search by a name word (nobody: "Zzyzx")', `${scope(leader, true)} AND ${name('Zzyzx')}`, byNumber],
    ['Search by CPR date part', `${scope(leader, true)} AND c."childCpr" BETWEEN '${cprPrefix}0000' AND '${cprPrefix}9999'`, byNumber],
    ['Overdue deadlines, next deadline first', `${scope(leader, true)} AND c."nextDeadlineOn" < '${today}'`, byDeadline],
    ['Sort by phase changed (newest first)', scope(leader, true), 'c."phaseChangedAt" DESC, c.id'],
  ];
  const figures: PlanFigure[] = [];
  const statements: [string, Prisma.Sql][] = queries.map(([label, where, order]) => [
    label,
    Prisma.raw(`SELECT c.* FROM "Case" c WHERE ${where} ORDER BY ${order} LIMIT 26`),
  ]);
  // "Mine sager" is the app's own statement (apps/api/src/modules/cases/my-cases-query.ts), not Prisma's.
  statements.push(['Mine sager', myCasesSql({ userId: caseworker.id, municipalityId: caseworker.municipalityId }, new Date(), null, 25)]);
  for (const [label, statement] of statements) {
    const explain = Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`;
    await prisma.$queryRaw(explain); // warm the cache
    const [row] = (await prisma.$queryRaw(explain)) as { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }[];
    const plan = row!['QUERY PLAN'][0];
    const indexes = new Set<string>();
    let seqScan = false;
    let scanned = 0;
    const walk = (node: PlanNode) => {
      if (node['Relation Name'] === 'Case') {
        if (node['Index Name']) indexes.add(node['Index Name']);
        if (node['Node Type'] === 'Seq Scan') seqScan = true;
        if (/Scan/.test(node['Node Type'])) scanned += ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1);
      }
      if (node['Node Type'] === 'Bitmap Index Scan' && node['Index Name']?.startsWith('Case')) indexes.add(node['Index Name']);
      if (node['Relation Name'] === 'CaseNameWord' && node['Index Name']) indexes.add(node['Index Name']);
      node.Plans?.forEach(walk);
    };
    walk(plan.Plan);
    figures.push({
      name: label,
      executionMs: plan['Execution Time'],
      access: [...indexes].map((i) => `\`${i}\``).join(', ') + (seqScan ? `${indexes.size ? ' + ' : ''}sequential scan` : ''),
      rowsScanned: scanned,
    });
  }
  return figures;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

interface PreparedSize {
  total: number;
  url: string;
  seedMs: number;
  cprPrefixes: string[];
  teamCases: number;
  overdue: number;
  audit: SizeResult['audit'];
  plans: PlanFigure[];
  app?: App;
  cookies: Map<string, string>;
}

async function createDatabase(adminUrl: string): Promise<string> {
  const admin = createPrismaClient(adminUrl, { poolSize: 1 });
  try {
    const name = `inddrag_bench_${randomBytes(5).toString('hex')}`;
    await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  } finally {
    await admin.$disconnect();
  }
}

async function dropDatabase(adminUrl: string, url: string): Promise<void> {
  const admin = createPrismaClient(adminUrl, { poolSize: 1 });
  try {
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  } finally {
    await admin.$disconnect();
  }
}

/** A database of `total` cases with the app running on it, logged in and warmed up. */
async function prepareSize(url: string, total: number, prepared: PreparedSize[]): Promise<void> {
  const now = new Date();
  const t0 = performance.now();
  await migrate(url);
  const prisma = createPrismaClient(url, { poolSize: 10, sessionSettings: SERVER_SESSION_SETTINGS });
  const size: PreparedSize = { total, url, seedMs: 0, cprPrefixes: [], teamCases: 0, overdue: 0, audit: { count: 0, p50: 0, p95: 0, perSec: 0 }, plans: [], cookies: new Map() };
  prepared.push(size);
  try {
    await seedDemoData(prisma, now);
    await refreshAllNextDeadlines(prisma);
    await seedBulk(prisma, total, now);
    size.seedMs = performance.now() - t0;
    const sample = await prisma.case.findMany({ select: { childCpr: true }, take: 20, orderBy: { caseNumber: 'desc' } });
    const me = await prisma.user.findUniqueOrThrow({ where: { email: CASEWORKER } });
    size.cprPrefixes = sample.map((c) => c.childCpr.slice(0, 6));
    size.teamCases = await prisma.caseTeamMember.count({ where: { userId: me.id, removedAt: null } });
    size.overdue = await prisma.case.count({ where: { nextDeadlineOn: { lt: new Date(`${iso(now)}T00:00:00.000Z`) } } });
    size.audit = await measureAudit(prisma);
    size.plans = await explainScenarios(prisma, iso(now), size.cprPrefixes[0]!);
  } finally {
    await prisma.$disconnect();
  }
  console.log(`  ${total} cases seeded in ${ms(size.seedMs)} (bench caseworker on ${size.teamCases} teams, ${size.overdue} cases overdue)`);
  console.log(`  audit append alone, ${CONNECTIONS} at a time: p50 ${ms(size.audit.p50)}, p95 ${ms(size.audit.p95)}, ${size.audit.perSec.toFixed(0)}/s`);
  size.app = await startApp({ databaseUrl: url, logName: `case-search-${total}` });
  for (const user of [LEADER, CASEWORKER]) size.cookies.set(user, await loginCookie(size.app.baseURL, user));
  // Warm-up: JIT, pools and the database's caches, not measured.
  for (const scenario of scenarios(size.cprPrefixes)) await load(size.app.baseURL, size.cookies.get(scenario.user)!, scenario.paths(), 1);
}

/** The figures, or why they were not measured. */
export async function measureCaseSearch(): Promise<CaseSearchFigures | string> {
  const adminUrl = process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const probe = createPrismaClient(adminUrl, { poolSize: 1 });
  let version: string;
  try {
    version = ((await probe.$queryRawUnsafe('SHOW server_version')) as { server_version: string }[])[0]!.server_version;
  } catch (error) {
    return `skipped: no PostgreSQL server at ${new URL(adminUrl).host} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); set BENCH_DATABASE_URL to a server where the user may create databases`;
  } finally {
    await probe.$disconnect();
  }
  const prepared: PreparedSize[] = [];
  try {
    for (const total of SIZES) {
      console.log(` preparing ${total.toLocaleString('en')} cases:`);
      await prepareSize(await createDatabase(adminUrl), total, prepared);
    }
    // Every size's app runs at once (only one is loaded at a time) and the sizes take turns per
    // scenario and round, so a change in the machine's load hits every size alike.
    const latencies = new Map<string, { latencies: number[]; requests: number; seconds: number; errors: number; non2xx: number }>();
    const names = scenarios([]).map((s) => s.name);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const name of names) {
        const order = round % 2 === 0 ? prepared : [...prepared].reverse();
        for (const size of order) {
          const scenario = scenarios(size.cprPrefixes).find((s) => s.name === name)!;
          const run = await load(size.app!.baseURL, size.cookies.get(scenario.user)!, scenario.paths(), DURATION_S);
          const key = `${size.total} ${name}`;
          const sum = latencies.get(key) ?? { latencies: [], requests: 0, seconds: 0, errors: 0, non2xx: 0 };
          sum.latencies.push(...run.latencies);
          sum.requests += run.requests;
          sum.seconds += DURATION_S;
          sum.errors += run.errors;
          sum.non2xx += run.non2xx;
          latencies.set(key, sum);
        }
      }
    }
    const sizes: SizeResult[] = prepared.map((size) => ({
      cases: size.total,
      teamCases: size.teamCases,
      overdue: size.overdue,
      seedMs: size.seedMs,
      audit: size.audit,
      plans: size.plans,
      scenarios: scenarios(size.cprPrefixes).map((scenario) => {
        const sum = latencies.get(`${size.total} ${scenario.name}`)!;
        const sorted = sum.latencies.sort((a, b) => a - b);
        return {
          name: scenario.name,
          user: scenario.user,
          requests: sum.requests,
          reqPerSec: sum.requests / sum.seconds,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: sorted.at(-1) ?? Number.NaN,
          errors: sum.errors,
          non2xx: sum.non2xx,
        };
      }),
    }));
    for (const size of sizes) {
      console.log(` ${size.cases.toLocaleString('en')} cases:`);
      for (const s of size.scenarios) {
        console.log(`  ${s.name}: ${s.reqPerSec.toFixed(0)} req/s, p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}${s.non2xx || s.errors ? `, ${s.non2xx} non-2xx, ${s.errors} errors` : ''}`);
      }
    }
    return { database: `PostgreSQL ${version} on ${new URL(adminUrl).host}`, connections: CONNECTIONS, durationS: DURATION_S * ROUNDS, sizes };
  } finally {
    for (const size of prepared) {
      await size.app?.stop();
      await dropDatabase(adminUrl, size.url);
    }
  }
}

// --- Report ----------------------------------------------------------------------------------

export const SECTION_START = '<!-- case-search:start -->';
export const SECTION_END = '<!-- case-search:end -->';

export function caseSearchCommand(): string {
  return [
    process.env.BENCH_SEARCH_SIZES ? `BENCH_SEARCH_SIZES=${SIZES.join(',')}` : '',
    DURATION_S !== 6 ? `BENCH_SEARCH_DURATION=${DURATION_S}` : '',
    ROUNDS !== 2 ? `BENCH_SEARCH_ROUNDS=${ROUNDS}` : '',
    CONNECTIONS !== 20 ? `BENCH_SEARCH_CONNECTIONS=${CONNECTIONS}` : '',
    'pnpm bench:cases',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Summary rows for the table at the top of docs/benchmarks.md. */
export function caseSearchSummaryRows(figures: CaseSearchFigures | string): string[] {
  if (typeof figures === 'string') return [`| Finding cases on PostgreSQL | ${figures} |`];
  const largest = figures.sizes.at(-1)!;
  const smallest = figures.sizes[0]!;
  return largest.scenarios.map((s) => {
    const base = smallest.scenarios.find((b) => b.name === s.name);
    const ratio = base && figures.sizes.length > 1 ? `, ${(s.p95 / base.p95).toFixed(2)}× the p95 at ${smallest.cases.toLocaleString('en')}` : '';
    return `| ${s.name}, ${largest.cases.toLocaleString('en')} cases, ${figures.connections} connections: p95 | ${ms(s.p95)} (${s.reqPerSec.toFixed(0)} req/s${ratio}) |`;
  });
}

export function renderCaseSearchSection(figures: CaseSearchFigures | string, header: string): string {
  const sizeList = typeof figures === 'string' ? SIZES : figures.sizes.map((s) => s.cases);
  const lines = [SECTION_START, `## Finding cases on PostgreSQL (${sizeList.map((n) => n.toLocaleString('en')).join(' and ')} cases)`, '', header, ''];
  if (typeof figures === 'string') {
    lines.push(`Not measured this run (${figures}).`, '', SECTION_END);
    return lines.join('\n');
  }
  const sizes = figures.sizes;
  lines.push(
    `\`bench/case-search.ts\`: for each size a throwaway database on ${figures.database}, migrated, seeded with the demo`,
    'municipality and then bulk cases (names from a list with common surnames frequent, CPR numbers with valid dates,',
    'every phase, deadline dates with the stored next deadline computed by the rules, 40 caseworkers\' teams, referrals),',
    `and the real app (\`tsx apps/api/src/main.ts\`, \`NODE_ENV=production\`) driven by autocannon on 127.0.0.1 with`,
    `${figures.connections} connections for ${figures.durationS} s per scenario and size (${ROUNDS} runs, the sizes taking turns so a`,
    'change in the machine\'s load hits each size alike; every size\'s app is up throughout, one loaded at a time) after a 1 s',
    'warm-up. The list scenarios run as the',
    `Myndighed leader (${LEADER}), who sees every case of the unit, i.e. all N; "Mine sager" and the last row as the`,
    `caseworker (${CASEWORKER}), on the team of about ${TEAM_CASES} cases at every size. Name searches rotate through`,
    `${NAME_WORDS.map((w) => `"${w}"`).join(', ')}; CPR searches through 20 date parts of existing children.`,
    'Every request also checks the session and writes its SEARCH audit record; load generator and app share the machine.',
    '',
    `| Scenario | ${sizes.map((s) => `${s.cases.toLocaleString('en')}: req/s | p50 | p95 | p99`).join(' | ')} |${sizes.length > 1 ? ' p95 ratio |' : ''}`,
    `| --- | ${sizes.map(() => '--- | --- | --- | ---').join(' | ')} |${sizes.length > 1 ? ' --- |' : ''}`,
  );
  for (const scenario of sizes[0]!.scenarios) {
    const cells = sizes.map((size) => {
      const s = size.scenarios.find((x) => x.name === scenario.name)!;
      return `${s.reqPerSec.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)}`;
    });
    const last = sizes.at(-1)!.scenarios.find((x) => x.name === scenario.name)!;
    const ratio = sizes.length > 1 ? ` ${(last.p95 / scenario.p95).toFixed(2)} |` : '';
    lines.push(`| ${scenario.name} | ${cells.join(' | ')} |${ratio}`);
  }
  const largest = sizes.at(-1)!;
  const verdicts = largest.scenarios
    .filter((s) => s.name !== REFERENCE)
    .map((s) => {
      const base = sizes[0]!.scenarios.find((x) => x.name === s.name)!;
      const ratio = s.p95 / base.p95;
      const p95Ok = s.p95 < TARGET_P95_MS;
      const ratioOk = sizes.length < 2 || ratio <= TARGET_RATIO;
      return `- ${s.name}: p95 ${ms(s.p95)} at ${largest.cases.toLocaleString('en')} — ${p95Ok ? 'meets' : '**misses**'} p95 < ${TARGET_P95_MS} ms; ${sizes.length < 2 ? 'one size only' : `${ratio.toFixed(2)}× the p95 at ${sizes[0]!.cases.toLocaleString('en')} — ${ratioOk ? 'within' : '**beyond**'} ${TARGET_RATIO}×`}.`;
    });
  const failures = sizes.flatMap((size) => size.scenarios.filter((s) => s.errors || s.non2xx).map((s) => `${s.name} at ${size.cases}: ${s.errors} errors, ${s.non2xx} non-2xx`));
  lines.push(
    '',
    sizes.length > 1 ? `The p95 ratio is the p95 at ${sizes.at(-1)!.cases.toLocaleString('en')} cases over the p95 at ${sizes[0]!.cases.toLocaleString('en')}.` : '',
    failures.length ? `Failed requests: ${failures.join('; ')}.` : 'No request failed or answered other than 200.',
    '',
    `Against the targets (p95 < ${TARGET_P95_MS} ms at ${figures.connections} connections with ${largest.cases.toLocaleString('en')} cases; p95 at the largest size within ${TARGET_RATIO}× of the smallest):`,
    '',
    ...verdicts,
    '',
    ...auditNote(largest, figures.connections),
    '',
    '| Size | Seeding (migrate, demo, bulk, ANALYZE) | Bench caseworker\'s teams | Overdue cases | Audit append alone, ' + `${figures.connections} at a time: p50 / p95 / per s |`,
    '| --- | --- | --- | --- | --- |',
    ...sizes.map((s) => `| ${s.cases.toLocaleString('en')} | ${ms(s.seedMs)} | ${s.teamCases} | ${s.overdue} | ${ms(s.audit.p50)} / ${ms(s.audit.p95)} / ${s.audit.perSec.toFixed(0)} |`),
    '',
    'Query plans: `EXPLAIN ANALYZE` of each case query as Prisma writes it (access scope, search, order, `LIMIT 26`),',
    'and for "Mine sager" the app\'s own statement (`apps/api/src/modules/cases/my-cases-query.ts`: the user\'s team memberships',
    'first, then those cases), run alone on the same databases. "Rows read" counts the case rows the plan touched to find one page.',
    '',
    `| Query | ${sizes.map((s) => `${s.cases.toLocaleString('en')}: time | rows read | access`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '--- | --- | ---').join(' | ')} |`,
    ...sizes[0]!.plans.map((plan) => {
      const cells = sizes.map((size) => {
        const p = size.plans.find((x) => x.name === plan.name)!;
        return `${ms(p.executionMs)} | ${p.rowsScanned} | ${p.access}`;
      });
      return `| ${plan.name} | ${cells.join(' | ')} |`;
    }),
    '',
    SECTION_END,
  );
  return lines.join('\n');
}

/** What the floor (session check) and the audit append alone say about the lists' p95. */
function auditNote(size: SizeResult, connections: number): string[] {
  const reference = size.scenarios.find((s) => s.name === REFERENCE);
  const lists = size.scenarios.filter((s) => s.name !== REFERENCE);
  if (!reference || lists.length === 0) return [];
  const fastest = lists.reduce((a, b) => (a.reqPerSec > b.reqPerSec ? a : b));
  return [
    `Where the time goes at ${size.cases.toLocaleString('en')} cases: the session check alone answers ${reference.reqPerSec.toFixed(0)} req/s (p95 ${ms(reference.p95)}),`,
    `the fastest list ${fastest.reqPerSec.toFixed(0)} req/s. Every list request commits one SEARCH audit record before it answers; the records of`,
    `concurrent requests are committed together under the audit chain's advisory lock (group commit): the audit record alone, ${connections}`,
    `at a time, manages ${size.audit.perSec.toFixed(0)}/s with p50 ${ms(size.audit.p50)} and p95 ${ms(size.audit.p95)}${size.audit.p95 >= TARGET_P95_MS ? `, above the ${TARGET_P95_MS} ms target before any case is read` : ''}.`,
  ];
}

/** Replaces this benchmark's section of docs/benchmarks.md (or appends it). */
function writeSection(section: string) {
  const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  const next = start >= 0 && end > start ? `${doc.slice(0, start)}${section}${doc.slice(end + SECTION_END.length)}` : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(docFile, next);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const cpus = os.cpus();
  const host = `${os.availableParallelism()} CPUs (nproc) — ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start`;
  console.log(`Finding cases, ${date}\n${host}`);
  const figures = await measureCaseSearch();
  if (typeof figures === 'string') console.log(figures);
  const header = `Measured ${date} on ${host}.\nCommand: \`${caseSearchCommand()}\` (from the repository root).`;
  writeSection(renderCaseSearchSection(figures, header));
  console.log(`wrote the case-search section of ${path.relative(root, docFile)}`);
}
