/**
 * The network map (issue 5): a map of 150 persons with 51 versions on PostgreSQL.
 *
 * 1. API: a throwaway database on the PostgreSQL server (BENCH_DATABASE_URL, by default
 *    postgres://postgres@127.0.0.1:5432/postgres) is migrated and seeded with the demo municipality;
 *    a case with raadgiver@demo.inddrag.dk on its team gets a map (version 1, empty), which is saved
 *    through the API with 150 persons (version 2: names, relations, every sector and ring, ~30%
 *    professionals, part 2 and agreements on a third, 40 lines), consents are recorded for half of
 *    them, and the map is saved 49 more times with small changes (version 51). The real app
 *    (`tsx apps/api/src/main.ts`, NODE_ENV=production) then answers the map, its version list and the
 *    comparison of versions 1 and 51 under autocannon at 1 and at 10 connections.
 * 2. Browser: the editor page /sager/:caseId/netvaerkskort/:mapId of the same map in headless
 *    Chromium (bench/network-map-browser.ts): the drawing's render time and the frame rate of a drag.
 *
 * `pnpm bench` runs it as part of the whole benchmark; `pnpm bench:maps` runs only this and rewrites
 * only its section of docs/benchmarks.md.
 *
 * Knobs (bounded): BENCH_MAPS_DURATION seconds per load run (1–60, default 10), BENCH_MAPS_RENDERS
 * page loads (3–50, default 12), BENCH_MAPS_DRAGS (1–20, default 6), BENCH_MAPS_BROWSER=0 skips part 2.
 */
import autocannon from 'autocannon';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  CSRF_HEADER,
  NETWORK_RINGS,
  NETWORK_SECTORS,
  type ContactFrequency,
  type MapOccasion,
  type MapPerson,
  type MapTie,
  type NetworkAgreement,
  type NetworkMapDetail,
  type NetworkMapDocument,
  type NetworkRing,
  type NetworkSector,
  type RelationQuality,
  type Willingness,
} from '@inddrag/contracts';
import { createPrismaClient, migrate, seedDemoData } from '@inddrag/db';
import { BOY_NAMES, GIRL_NAMES, LAST_NAMES } from '../packages/db/src/seed/demo-people';
import { intEnv, median, ms, kib, percentile, root, startApp, type App } from './lib';

const DURATION_S = intEnv('BENCH_MAPS_DURATION', 10, 1, 60);
const CONNECTIONS = [1, 10] as const;
const PERSONS = 150;
const SAVES = 50;
const TIES = 40;
const TARGET_API_P95_MS = 30;
const TARGET_RENDER_MS = 100;
const TARGET_FPS = 50;
const CASEWORKER = 'raadgiver@demo.inddrag.dk';
/** The same session check and framework with no map, no access check and no audit record: the floor on this machine now. */
const REFERENCE = 'Reference: session check only (GET /api/auth/me)';
const docFile = path.join(root, 'docs', 'benchmarks.md');

// --- A realistic map --------------------------------------------------------------------------

function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIRST = [
  ...GIRL_NAMES,
  ...BOY_NAMES,
  'Birgit',
  'Grete',
  'Hanne',
  'Jette',
  'Karen',
  'Lone',
  'Tove',
  'Ulla',
  'Henrik',
  'Jens',
  'Ole',
  'Niels',
  'Søren',
  'Åse',
  'Ahmed',
  'Leyla',
];
const LAST = [...LAST_NAMES, 'Møller-Kristiansen', 'Østergaard Frederiksen', 'Bønnelykke', 'Yilmaz', 'Nguyen'];

/** [relation, professional?] per sector; the professional sector is all professionals, school partly. */
const RELATIONS: Record<NetworkSector, readonly (readonly [string, boolean])[]> = {
  FAMILY: [
    ['Mor', false],
    ['Far', false],
    ['Mormor', false],
    ['Morfar', false],
    ['Farmor', false],
    ['Farfar', false],
    ['Moster', false],
    ['Faster', false],
    ['Morbror', false],
    ['Farbror', false],
    ['Storesøster', false],
    ['Lillebror', false],
    ['Halvbror', false],
    ['Kusine', false],
    ['Fætter', false],
    ['Stedfar', false],
    ['Bonusmor', false],
    ['Oldemor', false],
  ],
  FRIENDS_LEISURE: [
    ['Bedste ven', false],
    ['Veninde', false],
    ['Nabo', false],
    ['Fodboldtræner', false],
    ['Spejderleder', false],
    ['Mors veninde', false],
    ['Fars ven', false],
    ['Svømmetræner', false],
    ['Klubmedarbejder', true],
  ],
  SCHOOL_WORK: [
    ['Klasselærer', true],
    ['Pædagog i SFO', true],
    ['Skoleleder', true],
    ['AKT-lærer', true],
    ['Støttepædagog', true],
    ['Klassekammerat', false],
    ['Kammerat fra parallelklassen', false],
    ['Elevrådskammerat', false],
  ],
  PROFESSIONAL: [
    ['Sagsbehandler', true],
    ['Sundhedsplejerske', true],
    ['Psykolog', true],
    ['Familiebehandler', true],
    ['Egen læge', true],
    ['PPR-psykolog', true],
    ['Kontaktperson', true],
    ['Børne- og ungdomspsykiater', true],
    ['Tandplejer', true],
  ],
};
/** How many of the 150 per sector, and how many school persons are staff: 45 professionals (30%). */
const SECTOR_COUNTS: Record<NetworkSector, number> = {
  FAMILY: 52,
  FRIENDS_LEISURE: 30,
  SCHOOL_WORK: 38,
  PROFESSIONAL: 30,
};
const SCHOOL_STAFF = 15;
const QUALITIES: readonly RelationQuality[] = [
  'SUPPORTIVE',
  'SUPPORTIVE',
  'SUPPORTIVE',
  'SUPPORTIVE',
  'TENUOUS',
  'STRESSFUL',
  'MIXED',
];
const FREQUENCIES: readonly (ContactFrequency | null)[] = [
  'DAILY',
  'WEEKLY',
  'WEEKLY',
  'MONTHLY',
  'RARELY',
  'NONE',
  null,
];
const WILLINGNESS: readonly Willingness[] = ['YES', 'YES', 'MAYBE', 'NO'];
const NOTES = [
  'Ser barnet hver weekend og henter fra skole om tirsdagen.',
  'Har tidligere haft barnet i aflastning i sommerferien.',
  'Kontakten er sporadisk efter forældrenes skilsmisse.',
  'Barnet nævner personen som en, det kan tale med om alt.',
  'Bor i samme opgang og kender familien godt.',
  'Har deltaget i netværksmødet i september.',
];
const RESOURCES = [
  'Har bil og fleksible arbejdstider.',
  'Kender barnets skole og lærere.',
  'Har selv børn på samme alder.',
  'Taler arabisk og dansk og kan tolke uformelt.',
  'Har et roligt hjem med plads til overnatning.',
];
const CONTRIBUTIONS = [
  'Kan hente fra SFO to dage om ugen.',
  'Kan have barnet til overnatning hver anden weekend.',
  'Kan følge barnet til fodbold om onsdagen.',
  'Vil ringe til barnet hver søndag aften.',
  'Kan hjælpe med lektier torsdag eftermiddag.',
];
const CONDITIONS = [
  'Kun når far ikke er til stede.',
  'Ikke i skolernes ferier.',
  'Forudsætter at transporten er på plads.',
  null,
];
const SUPPORT = [
  'Har brug for en samtale med rådgiver først.',
  'Ønsker at kende sikkerhedsplanens regler.',
  'Har brug for kørselsgodtgørelse.',
  null,
];
const AGREEMENTS = [
  ['Henter Emma fra SFO tirsdag og torsdag', 'Mormor'],
  ['Ringer hver søndag kl. 18', 'Morbror'],
  ['Følger til fodboldtræning onsdag', 'Nabo'],
  ['Overnatning hver anden weekend', 'Moster'],
  ['Deltager i næste netværksmøde', 'Faster'],
  ['Kontakter skolen ved fravær', 'Klasselærer'],
] as const;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDate: string, days: number) =>
  iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));

function agreement(random: () => number, today: string): NetworkAgreement {
  const [what, who] = AGREEMENTS[Math.floor(random() * AGREEMENTS.length)]!;
  const startsOn = addDays(today, -Math.floor(random() * 60));
  return {
    id: randomUUID(),
    what,
    who,
    startsOn,
    endsOn: random() < 0.5 ? addDays(startsOn, 90) : null,
    status: random() < 0.6 ? 'AGREED' : 'PROPOSED',
    meetingDecisionId: null,
    safetyPlanRuleId: null,
    actionPlanTaskId: null,
  };
}

/** 150 persons and 40 lines, the same for the same seed (ids aside). */
export function realisticDocument(seed: number, today: string): NetworkMapDocument {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const slots: { sector: NetworkSector; staff: boolean }[] = [];
  for (const sector of NETWORK_SECTORS) {
    for (let i = 0; i < SECTOR_COUNTS[sector]; i += 1) {
      slots.push({ sector, staff: sector === 'PROFESSIONAL' || (sector === 'SCHOOL_WORK' && i < SCHOOL_STAFF) });
    }
  }
  const persons: MapPerson[] = slots.map(({ sector, staff }, i) => {
    const choices = RELATIONS[sector].filter(([, professional]) => professional === staff);
    const [relation] = pick(choices.length ? choices : RELATIONS[sector]);
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    // Family close in, professionals further out; every ring used in every sector.
    const ring: NetworkRing = staff
      ? pick(['MIDDLE', 'OUTER', 'OUTER'] as const)
      : sector === 'FAMILY'
        ? pick(['INNER', 'INNER', 'MIDDLE', 'OUTER'] as const)
        : pick(NETWORK_RINGS);
    const withPart2 = i % 3 === 0;
    const doNotContact = i % 50 === 7;
    return {
      id: randomUUID(),
      name,
      relation,
      sector,
      isProfessional: staff,
      contactFrequency: pick(FREQUENCIES),
      notes: random() < 0.4 ? pick(NOTES) : null,
      doNotContact,
      doNotContactReason: doNotContact ? 'Voldsrisiko: må ikke kende barnets opholdssted.' : null,
      phone:
        random() < 0.8
          ? `+45 ${20 + Math.floor(random() * 79)} ${String(Math.floor(random() * 1_000_000))
              .padStart(6, '0')
              .replace(/(\d\d)(\d\d)(\d\d)/, '$1 $2 $3')}`
          : null,
      email: random() < 0.5 ? `person${i}@eksempel.dk` : null,
      address:
        random() < 0.4
          ? `${pick(['Skolevej', 'Byagervej', 'Havnegade', 'Kirkestræde'])} ${1 + Math.floor(random() * 80)}, 8000 Aarhus C`
          : null,
      resources: withPart2 ? pick(RESOURCES) : null,
      contributions: withPart2 ? pick(CONTRIBUTIONS) : null,
      willingness: withPart2 ? pick(WILLINGNESS) : null,
      conditions: withPart2 ? pick(CONDITIONS) : null,
      supportNeeded: withPart2 ? pick(SUPPORT) : null,
      agreements: withPart2 ? Array.from({ length: 1 + (i % 2) }, () => agreement(random, today)) : [],
      placement: {
        ring,
        position: Math.round((0.05 + random() * 0.9) * 1000) / 1000,
        quality: pick(QUALITIES),
        qualityView: 'CHILD',
      },
      version: 0,
    };
  });
  const ties: MapTie[] = [];
  const pairs = new Set<string>();
  while (ties.length < TIES) {
    const a = pick(persons);
    const b = pick(persons);
    const key = [a.id, b.id].sort().join();
    if (a.id === b.id || pairs.has(key)) continue;
    pairs.add(key);
    ties.push({ id: randomUUID(), fromId: a.id, toId: b.id, quality: pick(QUALITIES) });
  }
  return { persons, ties };
}

/** The detail as a document to edit, as the web's draft starts from it. */
function documentOf(detail: NetworkMapDetail): NetworkMapDocument {
  return { persons: detail.persons.map(({ consents: _c, contact: _s, ...rest }) => rest), ties: detail.ties };
}

/** The n-th small change between two saves: what a caseworker does in one sitting. */
function smallChange(document: NetworkMapDocument, n: number, random: () => number, today: string): NetworkMapDocument {
  const persons = document.persons.map((p) => ({ ...p, placement: { ...p.placement }, agreements: [...p.agreements] }));
  const ties = [...document.ties];
  const someone = persons[Math.floor(random() * persons.length)]!;
  switch (n % 8) {
    case 0:
      someone.placement.ring =
        NETWORK_RINGS[(NETWORK_RINGS.indexOf(someone.placement.ring) + 1) % NETWORK_RINGS.length]!;
      break;
    case 1:
      someone.placement.position = Math.round(random() * 1000) / 1000;
      break;
    case 2:
      someone.placement.quality = QUALITIES[(QUALITIES.indexOf(someone.placement.quality) + 4) % QUALITIES.length]!;
      break;
    case 3:
      someone.notes = `${NOTES[n % NOTES.length]} (opdateret ved version ${n + 2})`;
      break;
    case 4:
      if (someone.agreements.length < 3) someone.agreements.push(agreement(random, today));
      else someone.agreements[0] = { ...someone.agreements[0]!, status: 'FULFILLED' };
      break;
    case 5: {
      if (n % 16 === 5 && ties.length > 30) ties.splice(Math.floor(random() * ties.length), 1);
      else {
        const other = persons.find(
          (p) =>
            p.id !== someone.id &&
            !ties.some((t) => [t.fromId, t.toId].includes(p.id) && [t.fromId, t.toId].includes(someone.id)),
        );
        if (other) ties.push({ id: randomUUID(), fromId: someone.id, toId: other.id, quality: 'SUPPORTIVE' });
      }
      break;
    }
    case 6:
      someone.contributions = CONTRIBUTIONS[n % CONTRIBUTIONS.length]!;
      someone.willingness = 'YES';
      break;
    default:
      someone.contactFrequency = FREQUENCIES[n % FREQUENCIES.length]!;
      someone.placement.position = Math.min(1, Math.round((someone.placement.position + 0.05) * 1000) / 1000);
  }
  return { persons, ties };
}

// --- Database and app --------------------------------------------------------------------------

export async function createDatabase(adminUrl: string): Promise<string> {
  const admin = createPrismaClient(adminUrl, { poolSize: 1 });
  try {
    const name = `inddrag_bench_maps_${randomBytes(5).toString('hex')}`;
    await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  } finally {
    await admin.$disconnect();
  }
}

export async function dropDatabase(adminUrl: string, url: string): Promise<void> {
  const admin = createPrismaClient(adminUrl, { poolSize: 1 });
  try {
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  } finally {
    await admin.$disconnect();
  }
}

/** A case in the child assessment, held by Myndighed, with the caseworker responsible and on the team. */
export async function seedCase(url: string, now: Date): Promise<string> {
  const prisma = createPrismaClient(url, { poolSize: 2 });
  try {
    await seedDemoData(prisma, now);
    const municipality = await prisma.municipality.findUniqueOrThrow({
      where: { code: '0999' },
      include: { units: true },
    });
    const myndighed = municipality.units.find((u) => u.kind === 'MYNDIGHED')!;
    const caseworker = await prisma.user.findUniqueOrThrow({ where: { email: CASEWORKER } });
    const kase = await prisma.case.create({
      data: {
        municipalityId: municipality.id,
        caseNumber: '2026-9150',
        childFirstName: 'Emma',
        childLastName: 'Netværksen',
        childCpr: '0106164150',
        childDateOfBirth: new Date('2016-06-01T00:00:00Z'),
        phase: 'BOERNEFAGLIG_UNDERSOEGELSE',
        awareOn: new Date(now.getTime() - 40 * 86_400_000),
        responsibleUnitId: myndighed.id,
        responsibleCaseworkerId: caseworker.id,
      },
    });
    await prisma.caseTeamMember.create({
      data: { caseId: kase.id, userId: caseworker.id, role: 'RESPONSIBLE', addedAt: now },
    });
    return kase.id;
  } finally {
    await prisma.$disconnect();
  }
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function login(baseURL: string): Promise<Session> {
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: CASEWORKER, password: 'demo1234' }),
  });
  const body = await res.text();
  if (!res.ok) throw new Error(`login as ${CASEWORKER} answered ${res.status}: ${body.slice(0, 200)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: (JSON.parse(body) as { csrfToken: string }).csrfToken };
}

async function api<T>(baseURL: string, session: Session, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseURL}${url}`, {
    method,
    headers: {
      cookie: session.cookie,
      [CSRF_HEADER]: session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 400)}`);
  return JSON.parse(text) as T;
}

export interface MapBuild {
  caseId: string;
  mapId: string;
  versions: number;
  persons: number;
  professionals: number;
  withPart2: number;
  agreements: number;
  ties: number;
  consents: number;
  /** PUT of the 150-person document onto the empty map (every person new) */
  firstSaveMs: number;
  /** PUT latencies of the small-change saves */
  smallSaves: number[];
}

/** Creates the map and its versions through the API, as the web would. */
export async function buildMap(baseURL: string, session: Session, caseId: string, today: string): Promise<MapBuild> {
  const occasions: MapOccasion[] = ['BFU', 'OPFOELGNINGSMOEDE', 'NETVAERKSMOEDE', 'VISITATION', 'OTHER'];
  const base = `/api/cases/${caseId}/network-maps`;
  const created = await api<NetworkMapDetail>(baseURL, session, 'POST', base, {
    perspective: 'CHILD',
    perspectiveOf: null,
    occasion: 'BFU',
  });
  const mapId = created.id;
  const document = realisticDocument(150, today);
  let t = performance.now();
  let detail = await api<NetworkMapDetail>(baseURL, session, 'PUT', `${base}/${mapId}`, {
    baseVersion: created.version,
    occasion: 'BFU',
    occasionNote: 'Tegnet med Emma og mor',
    document,
  });
  const firstSaveMs = performance.now() - t;
  // Consent to contact half of them (every other person, not the ones marked "do not contact").
  let consents = 0;
  for (const [i, person] of detail.persons.entries()) {
    if (i % 2 !== 0 || person.doNotContact) continue;
    await api(baseURL, session, 'POST', `/api/cases/${caseId}/network-persons/${person.id}/consents`, {
      givenBy: i % 4 === 0 ? 'Mor (forældremyndighed)' : 'Far (forældremyndighed)',
      scope: 'Kontakt om deltagelse i netværksmøder og aftaler om samvær',
      givenOn: addDays(today, -(i % 30)),
    });
    consents += 1;
  }
  detail = await api<NetworkMapDetail>(baseURL, session, 'GET', `${base}/${mapId}`);
  const random = mulberry32(51);
  const smallSaves: number[] = [];
  for (let n = 1; n < SAVES; n += 1) {
    const next = smallChange(documentOf(detail), n, random, today);
    t = performance.now();
    detail = await api<NetworkMapDetail>(baseURL, session, 'PUT', `${base}/${mapId}`, {
      baseVersion: detail.version,
      occasion: occasions[n % occasions.length],
      occasionNote: n % 5 === 0 ? `Justeret efter samtale ${n}` : null,
      document: next,
    });
    smallSaves.push(performance.now() - t);
  }
  return {
    caseId,
    mapId,
    versions: detail.version,
    persons: detail.persons.length,
    professionals: detail.persons.filter((p) => p.isProfessional).length,
    withPart2: detail.persons.filter((p) => p.contributions !== null).length,
    agreements: detail.persons.reduce((a, p) => a + p.agreements.length, 0),
    ties: detail.ties.length,
    consents,
    firstSaveMs,
    smallSaves,
  };
}

// --- Load --------------------------------------------------------------------------------------

export interface LoadFigure {
  name: string;
  path: string;
  connections: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  /** bytes of the JSON body (the API does not compress) and what gzip -6 would make of it */
  bytes: number;
  gzipBytes: number;
}

async function load(url: string, cookie: string, connections: number, duration: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, headers: { cookie }, connections, duration, timeout: 10 }, (error, res) =>
      error ? reject(error) : resolve(res),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { latencies, result };
}

async function measureEndpoint(
  baseURL: string,
  cookie: string,
  name: string,
  urlPath: string,
  connections: number,
): Promise<LoadFigure> {
  const url = `${baseURL}${urlPath}`;
  if (!url.startsWith('http://127.0.0.1:')) throw new Error('load target must be loopback');
  const probe = await fetch(url, { headers: { cookie } });
  const body = Buffer.from(await probe.arrayBuffer());
  if (probe.status !== 200)
    throw new Error(`GET ${urlPath} answered ${probe.status}: ${body.toString().slice(0, 200)}`);
  await load(url, cookie, connections, 2); // warm-up, not measured
  const { latencies, result } = await load(url, cookie, connections, DURATION_S);
  const figure: LoadFigure = {
    name,
    path: urlPath,
    connections,
    requests: result.requests.total,
    reqPerSec: result.requests.total / DURATION_S,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    errors: result.errors,
    non2xx: result.non2xx,
    bytes: body.length,
    gzipBytes: gzipSync(body).length,
  };
  console.log(
    `  ${name}, ${connections} conn: ${figure.reqPerSec.toFixed(0)} req/s, p50 ${ms(figure.p50)}, p95 ${ms(figure.p95)}, p99 ${ms(figure.p99)}, ${kib(figure.bytes)}`,
  );
  return figure;
}

// --- Part 2 (browser), loaded by path so part 1 runs without Playwright ----------------------------

export interface RenderFigures {
  browser: string;
  loads: number;
  /** data ready (the map's JSON parsed in the page) to all 150 nodes in the DOM: React render + commit */
  dataToNodes: number[];
  /** data ready to the first frame after the nodes are there (style, layout, paint included) */
  dataToFrame: number[];
  /** data ready → the person table holds every row (rendered after the drawing, in the background) */
  dataToTable: number[];
  /** navigation start to all nodes in the DOM (network, JS start-up, API, render) */
  navToNodes: number[];
  /** the longest long task (≥ 50 ms) between data ready and the frame, per load; 0 when none */
  longestTask: number[];
  /** the drawing alone: click on "drawing only" (from "table only") to all nodes in the DOM, and to the next frame */
  switchToNodes: number[];
  switchToFrame: number[];
  drags: DragFigure[];
  /** the same drags with the editor's view set to the drawing only (no person table) */
  dragsDrawingView: DragFigure[];
  /** the drawing's svg width in the editor, in CSS pixels */
  svgPx: number;
  /** the drawing alone, in bench/drawing-harness */
  harness: HarnessFigures | string;
  notes: string[];
}

export interface HarnessFigures {
  /** flushSync of the mount: React render + commit, synchronous */
  render: number[];
  /** to the next frame (style, layout, paint) */
  frame: number[];
  drags: DragFigure[];
  svgPx: number;
}

export interface DragFigure {
  steps: number;
  durationMs: number;
  frames: number;
  fps: number;
  worstFrameMs: number;
  p95FrameMs: number;
  /** frames longer than 20 ms (i.e. below 50 fps) */
  slowFrames: number;
  /** how far the node moved on the map, in screen pixels (a drag that did nothing would show 0) */
  movedPx: number;
}

async function measureBrowser(baseURL: string, session: Session, build: MapBuild): Promise<RenderFigures | string> {
  const file = path.join(root, 'bench', 'network-map-browser.ts');
  if (!existsSync(file)) return 'bench/network-map-browser.ts not present';
  const mod = (await import(pathToFileURL(file).href)) as {
    measureDrawing: (options: {
      baseURL: string;
      cookie: string;
      caseId: string;
      mapId: string;
      persons: number;
    }) => Promise<RenderFigures | string>;
  };
  return mod.measureDrawing({
    baseURL,
    cookie: session.cookie,
    caseId: build.caseId,
    mapId: build.mapId,
    persons: build.persons,
  });
}

// --- The whole measurement ---------------------------------------------------------------------

export interface NetworkMapFigures {
  database: string;
  build: MapBuild;
  seedMs: number;
  loads: LoadFigure[];
  render: RenderFigures | string;
  loadAverage: { start: number; api: number; end: number };
}

/** The figures, or why they were not measured. */
export async function measureNetworkMap(): Promise<NetworkMapFigures | string> {
  const loadStart = os.loadavg()[0]!;
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
  const url = await createDatabase(adminUrl);
  let app: App | undefined;
  const webDist = path.join(os.tmpdir(), `inddrag-bench-maps-web-${process.pid}`);
  try {
    const now = new Date();
    const today = iso(now);
    const t0 = performance.now();
    await migrate(url);
    const caseId = await seedCase(url, now);
    const withBrowser = process.env.BENCH_MAPS_BROWSER !== '0';
    const env: NodeJS.ProcessEnv = { LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '600' };
    if (withBrowser) {
      const { prepareWebDist } = (await import(
        pathToFileURL(path.join(root, 'bench', 'network-map-browser.ts')).href
      )) as { prepareWebDist: (target: string) => void };
      prepareWebDist(webDist);
      env.WEB_DIST = webDist;
    }
    app = await startApp({ databaseUrl: url, logName: 'network-map', env });
    const session = await login(app.baseURL);
    console.log(' building the map through the API (1 create, 50 saves, consents)');
    const build = await buildMap(app.baseURL, session, caseId, today);
    const seedMs = performance.now() - t0;
    if (build.persons !== PERSONS || build.versions !== SAVES + 1)
      throw new Error(
        `the map has ${build.persons} persons and ${build.versions} versions, not ${PERSONS} and ${SAVES + 1}`,
      );
    console.log(
      `  ${build.persons} persons, ${build.ties} lines, ${build.agreements} agreements, ${build.consents} consents, version ${build.versions}, in ${ms(seedMs)}`,
    );
    const mapPath = `/api/cases/${caseId}/network-maps/${build.mapId}`;
    const endpoints: [string, string][] = [
      ['The map (GET …/network-maps/:mapId)', mapPath],
      [`Version list, ${build.versions} items (GET …/versions)`, `${mapPath}/versions`],
      [
        `Comparison of versions 1 and ${build.versions} (GET …/compare)`,
        `${mapPath}/compare?from=1&to=${build.versions}`,
      ],
      [REFERENCE, '/api/auth/me'],
    ];
    const loads: LoadFigure[] = [];
    for (const [name, urlPath] of endpoints) {
      for (const connections of CONNECTIONS)
        loads.push(await measureEndpoint(app.baseURL, session.cookie, name, urlPath, connections));
    }
    const loadApi = os.loadavg()[0]!;
    const render: RenderFigures | string = withBrowser
      ? await measureBrowser(app.baseURL, session, build).catch(
          (error: unknown) => `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        )
      : 'skipped (BENCH_MAPS_BROWSER=0)';
    if (typeof render === 'string') console.log(`  drawing: ${render}`);
    await app.stop();
    app = undefined;
    return {
      database: `PostgreSQL ${version} on ${new URL(adminUrl).host}`,
      build,
      seedMs,
      loads,
      render,
      loadAverage: { start: loadStart, api: loadApi, end: os.loadavg()[0]! },
    };
  } finally {
    await app?.stop();
    await dropDatabase(adminUrl, url);
    rmSync(webDist, { recursive: true, force: true });
  }
}

// --- Report ----------------------------------------------------------------------------------

export const SECTION_START = '<!-- network-map:start -->';
export const SECTION_END = '<!-- network-map:end -->';

export function networkMapCommand(): string {
  return [
    DURATION_S !== 10 ? `BENCH_MAPS_DURATION=${DURATION_S}` : '',
    ...['BENCH_MAPS_RENDERS', 'BENCH_MAPS_DRAGS', 'BENCH_MAPS_BROWSER']
      .filter((n) => process.env[n])
      .map((n) => `${n}=${process.env[n]}`),
    process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL=…' : '',
    'pnpm bench:maps',
  ]
    .filter(Boolean)
    .join(' ');
}

const mapLoad = (figures: NetworkMapFigures, connections: number) =>
  figures.loads.find((l) => l.path.endsWith(figures.build.mapId) && l.connections === connections)!;

const asc = (values: number[]) => [...values].sort((a, b) => a - b);

function stats(values: number[]) {
  const sorted = asc(values);
  return {
    median: median(sorted),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

function dragStats(drags: DragFigure[]) {
  const fps = asc(drags.map((d) => d.fps));
  return {
    fpsMedian: median(fps),
    fpsWorst: fps[0] ?? Number.NaN,
    worstFrame: Math.max(...drags.map((d) => d.worstFrameMs)),
  };
}

/** Summary rows for the table at the top of docs/benchmarks.md. */
export function networkMapSummaryRows(figures: NetworkMapFigures | string): string[] {
  if (typeof figures === 'string') return [`| Network map | ${figures} |`];
  const one = mapLoad(figures, 1);
  const ten = mapLoad(figures, 10);
  const rows = [
    `| Network map GET (150 persons, ${figures.build.versions} versions), 1 connection: p95 | ${ms(one.p95)} (${one.reqPerSec.toFixed(0)} req/s) |`,
    `| Network map GET, 10 connections: p95 | ${ms(ten.p95)} (${ten.reqPerSec.toFixed(0)} req/s) |`,
  ];
  const r = figures.render;
  if (typeof r === 'string') return [...rows, `| Network map drawing | ${r} |`];
  const page = stats(r.dataToFrame);
  const drag = dragStats(r.drags);
  rows.push(`| Network map editor, data ready to the first frame with 150 nodes: median / p95 | ${ms(page.median)} / ${ms(page.p95)} |`);
  if (typeof r.harness !== 'string') {
    const alone = stats(r.harness.render);
    const aloneFrame = stats(r.harness.frame);
    rows.push(
      `| Network map drawing alone, render + commit / to frame: p95 | ${ms(alone.p95)} / ${ms(aloneFrame.p95)} |`,
    );
  }
  rows.push(
    `| Network map drag in the editor: slowest / median fps, worst frame | ${drag.fpsWorst.toFixed(0)} / ${drag.fpsMedian.toFixed(0)} fps, ${ms(drag.worstFrame)} |`,
  );
  return rows;
}

const statRow = (label: string, values: number[]) => {
  const s = stats(values);
  return `| ${label} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.min)} | ${ms(s.max)} |`;
};
const dragRows = (where: string, drags: DragFigure[]) =>
  drags.map(
    (d, i) =>
      `| ${where} ${i + 1} | ${d.frames} | ${d.fps.toFixed(1)} | ${ms(d.worstFrameMs)} | ${ms(d.p95FrameMs)} | ${d.slowFrames} | ${d.movedPx.toFixed(0)} px | ${(d.durationMs / 1000).toFixed(1)} s |`,
  );

export function renderNetworkMapSection(figures: NetworkMapFigures | string, header: string): string {
  const lines = [SECTION_START, '## The network map (150 persons, 51 versions)', '', header, ''];
  if (typeof figures === 'string') {
    lines.push(`Not measured this run (${figures}).`, '', SECTION_END);
    return lines.join('\n');
  }
  const b = figures.build;
  const saves = asc(b.smallSaves);
  lines.push(
    `\`bench/network-map.ts\`: a throwaway database on ${figures.database}, migrated and seeded with the demo`,
    `municipality, and a case with ${CASEWORKER} responsible. Through the API, as the web does it, the caseworker`,
    `creates a child's-perspective map (version 1, empty), saves it with ${b.persons} persons (version 2: ${b.professionals} professionals, every`,
    `sector and ring, contact details on most, part 2 texts on ${b.withPart2} with ${b.agreements} agreements, ${b.ties} lines), records consent for ${b.consents}`,
    `of them and saves ${SAVES - 1} more times with one small change each (ring, position, quality, note, agreement, line, part 2):`,
    `version ${b.versions}. Building it took ${ms(figures.seedMs)} in all; the 150-person save ${ms(b.firstSaveMs)}, the small saves p50 ${ms(percentile(saves, 50))} / p95 ${ms(percentile(saves, 95))}.`,
    '',
    '### API',
    '',
    'autocannon on 127.0.0.1 against the real app (`tsx apps/api/src/main.ts`, `NODE_ENV=production`, `LOG_LEVEL=warn`),',
    `logged in as ${CASEWORKER}, ${DURATION_S} s per row after a 2 s warm-up. Every request checks the session and the`,
    'case access and commits a READ audit record before it answers. Load generator, app and PostgreSQL share the machine.',
    'The body is JSON as the app sends it (no compression); gzip -6 size for comparison. The last rows are the floor: the session',
    'check alone, measured in the same run, so a loaded machine shows in it too.',
    '',
    '| Request | Connections | req/s | p50 | p95 | p99 | max | body (gzip) | errors / non-2xx |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...figures.loads.map(
      (l) =>
        `| ${l.name} | ${l.connections} | ${l.reqPerSec.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.max)} | ${kib(l.bytes)} (${kib(l.gzipBytes)}) | ${l.errors} / ${l.non2xx} |`,
    ),
    '',
  );
  const one = mapLoad(figures, 1);
  const ten = mapLoad(figures, 10);
  const verdicts = [
    `- API: "a map of 150 persons with 50 versions opens with p95 under ${TARGET_API_P95_MS} ms", judged at 1 connection (one user opening the map): p95 ${ms(one.p95)} — ${one.p95 < TARGET_API_P95_MS ? '**met**' : '**missed**'}. At 10 connections p95 ${ms(ten.p95)} (${ten.p95 < TARGET_API_P95_MS ? 'also under' : 'over'} ${TARGET_API_P95_MS} ms).`,
  ];
  lines.push('### Drawing in headless Chromium', '');
  const r = figures.render;
  if (typeof r === 'string') {
    lines.push(`Not measured this run (${r}).`, '');
    verdicts.push(`- Drawing render < ${TARGET_RENDER_MS} ms and drag > ${TARGET_FPS} fps: not measured.`);
  } else {
    const h = typeof r.harness === 'string' ? null : r.harness;
    lines.push(
      `${r.browser}, headless, 1280×900 viewport, against the same app serving the built web (\`pnpm build:web\`), logged in as the`,
      `caseworker. The editor page /sager/:caseId/netvaerkskort/:mapId of the map above (default view: drawing and table; the`,
      `drawing's svg is ${r.svgPx} px wide) is loaded ${r.loads} times after one unmeasured load (static files cached, as for a returning user).`,
      'Measured inside the page with the Performance API: a script installed before the app wraps `fetch` and notes',
      '`performance.now()` when the map\'s JSON text has been read ("data ready"; what follows includes the client\'s `JSON.parse`',
      `and zod check of the response); a MutationObserver notes when \`[data-testid=network-map-drawing]\` holds all ${b.persons}`,
      "`[data-person-id]` nodes, i.e. after React's render and commit; a requestAnimationFrame callback and a task after it",
      'approximate the first frame with them painted; a PerformanceObserver collects long tasks. "The drawing mounted" switches the',
      'view from table only back to drawing and table, so the drawing mounts with the data in the page (the editor around it',
      "re-renders too). The drawing alone: `bench/drawing-harness` (the drawing component, its CSS and the app's, built with the",
      `app's Vite, no router or API) with the drawing's own fixtures (\`syntheticPersons(${b.persons}, 1)\`, 40 lines), as wide as in the`,
      'editor; the mount is a `flushSync`, so its duration is exactly the render and commit.',
      '',
      '| Measure | median | p95 | min | max |',
      '| --- | --- | --- | --- | --- |',
      statRow(
        `Editor load: data ready → ${b.persons} nodes in the DOM (render + commit of the editor page)`,
        r.dataToNodes,
      ),
      statRow('Editor load: data ready → next frame (plus style, layout, paint)', r.dataToFrame),
      statRow('Editor load: data ready → person table with every row (after the drawing)', r.dataToTable),
      statRow('Editor load: navigation start → nodes (network, JS start-up, API, render)', r.navToNodes),
      statRow('Editor load: longest long task between data ready and frame', r.longestTask),
      statRow('Editor: drawing mounted (table only → both), click → nodes', r.switchToNodes),
      statRow('Editor: drawing mounted, click → next frame', r.switchToFrame),
      ...(h
        ? [
            statRow(`Drawing alone (harness, svg ${h.svgPx} px): render + commit`, h.render),
            statRow('Drawing alone: mount → next frame', h.frame),
          ]
        : []),
      '',
      ...(typeof r.harness === 'string' ? [`The harness was not measured (${r.harness}).`, ''] : []),
      `Drag: the mouse presses on a person node, moves in ${r.drags[0]?.steps ?? 0} steps meant to take 2 s (\`page.mouse\`, pointer events;`,
      'each step waits for the page to take the event, so a busy page stretches the drag) towards and past the centre, then',
      'releases. Inside the page requestAnimationFrame callbacks are counted from the press to the release; fps = frames / time.',
      '"Moved" is how far the dragged copy of the node travelled on screen.',
      '',
      '| Drag | frames | fps | worst frame | p95 frame | frames > 20 ms | moved | took |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...dragRows('Editor', r.drags),
      ...dragRows('Editor, view "drawing only"', r.dragsDrawingView),
      ...(h ? dragRows('Drawing alone', h.drags) : []),
      '',
      ...r.notes.flatMap((n) => [`- ${n}`]),
      '',
    );
    const page = stats(r.dataToNodes);
    const pageFrame = stats(r.dataToFrame);
    const drag = dragStats(r.drags);
    verdicts.push(
      `- Drawing: "renders in under ${TARGET_RENDER_MS} ms", judged on the editor page, data ready → the first frame showing ${b.persons} nodes: p95 ${ms(pageFrame.p95)} (median ${ms(pageFrame.median)}) — ${pageFrame.p95 < TARGET_RENDER_MS ? '**met**' : '**missed**'}; nodes in the DOM p95 ${ms(page.p95)}. The person table follows in a background render: every row p95 ${ms(stats(r.dataToTable).p95)} after the data.` +
        (h
          ? ` The drawing alone (harness): render + commit p95 ${ms(stats(h.render).p95)} (${stats(h.render).p95 < TARGET_RENDER_MS ? 'under' : 'over'} ${TARGET_RENDER_MS} ms), to the first frame p95 ${ms(stats(h.frame).p95)} (${stats(h.frame).p95 < TARGET_RENDER_MS ? 'under' : 'over'}).`
          : ''),
      `- Drag: "stays above ${TARGET_FPS} frames per second", judged on the editor page, the slowest of ${r.drags.length} drags: ${drag.fpsWorst.toFixed(1)} fps (median ${drag.fpsMedian.toFixed(1)}), worst single frame ${ms(drag.worstFrame)} — ${drag.fpsWorst > TARGET_FPS ? '**met**' : '**missed**'}.` +
        (r.dragsDrawingView.length
          ? ` With the editor's view on "drawing only": slowest ${dragStats(r.dragsDrawingView).fpsWorst.toFixed(1)} fps, median ${dragStats(r.dragsDrawingView).fpsMedian.toFixed(1)}.`
          : '') +
        (h
          ? ` The drawing alone: slowest ${dragStats(h.drags).fpsWorst.toFixed(1)} fps, median ${dragStats(h.drags).fpsMedian.toFixed(1)}, worst frame ${ms(dragStats(h.drags).worstFrame)}.`
          : ''),
    );
  }
  lines.push(
    '### Against the targets',
    '',
    ...verdicts,
    '',
    `The machine is shared with other work (other builds, tests and browsers may run at the same time): load average ${figures.loadAverage.start.toFixed(1)} at the start, ${figures.loadAverage.api.toFixed(1)} after the API runs, ${figures.loadAverage.end.toFixed(1)} at the end, on ${os.availableParallelism()} CPUs.`,
    '',
    SECTION_END,
  );
  return lines.join('\n');
}

/** Replaces this benchmark's section of docs/benchmarks.md (or appends it). */
function writeSection(section: string) {
  const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(SECTION_START);
  const end = doc.indexOf(SECTION_END);
  const next =
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${section}${doc.slice(end + SECTION_END.length)}`
      : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(docFile, next);
}

export function machineFacts(): string {
  const cpus = os.cpus();
  return `${os.availableParallelism()} CPUs (nproc) — ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB memory, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const host = machineFacts();
  console.log(`Network map, ${date}\n${host}`);
  const figures = await measureNetworkMap().catch(
    (error: unknown) => `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
  );
  if (typeof figures === 'string') console.log(figures);
  const header = `Measured ${date} on ${host}.\nCommand: \`${networkMapCommand()}\` (from the repository root).`;
  const section = renderNetworkMapSection(figures, header);
  writeSection(section);
  console.log(
    `\n${networkMapSummaryRows(figures).join('\n')}\nwrote the network-map section of ${path.relative(root, docFile)}`,
  );
}
