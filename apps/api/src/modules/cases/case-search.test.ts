import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseListResponse, CaseSort, MyCasesResponse, Problem, type CaseSummary } from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { prefixUpperBound } from './prefix-range';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let leader: TestSession;
let caseworker: TestSession;
let executor: TestSession;
const now = new Date('2026-11-24T10:00:00Z');
const today = '2026-11-24';
const ids = { municipality: '', myndighed: '', familiecenter: '', raadgiver: '', familiecenterUser: '' };

const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Extra cases with the names, CPR numbers and ties the tests need; held by Myndighed, on nobody's team. */
const EXTRA = [
  { caseNumber: '2025-0901', first: 'Søren Æbelø', last: 'Østergård', cpr: '0102031234', deadline: '2026-11-20' },
  { caseNumber: '2025-0902', first: 'Åse', last: 'Bækgaard', cpr: '0102035678', deadline: '2026-11-20' },
  { caseNumber: '2025-0903', first: 'Åse', last: 'Bækgaard', cpr: '0202041111', deadline: '2026-11-20' },
  { caseNumber: '2025-0904', first: 'Mads', last: 'Østergaard', cpr: '3112109998', deadline: null },
  { caseNumber: '2025-0905', first: 'Ørn', last: 'Ås', cpr: '1501152223', deadline: '2027-01-10' },
] as const;
const SAME_PHASE_CHANGE = new Date('2026-06-01T08:00:00.000Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  leader = await loginAs(t.app, 'leder@demo.inddrag.dk');
  caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  executor = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
  const units = await t.prisma.unit.findMany();
  ids.myndighed = units.find((u) => u.kind === 'MYNDIGHED')!.id;
  ids.familiecenter = units.find((u) => u.kind === 'FAMILIECENTER')!.id;
  ids.municipality = units[0]!.municipalityId;
  ids.raadgiver = (await t.prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' } })).id;
  ids.familiecenterUser = (
    await t.prisma.user.findUniqueOrThrow({ where: { email: 'familiecenter@demo.inddrag.dk' } })
  ).id;
  await t.prisma.case.createMany({
    data: EXTRA.map((c) => ({
      municipalityId: ids.municipality,
      caseNumber: c.caseNumber,
      childFirstName: c.first,
      childLastName: c.last,
      childCpr: c.cpr,
      childDateOfBirth: date(`20${c.cpr.slice(4, 6)}-${c.cpr.slice(2, 4)}-${c.cpr.slice(0, 2)}`),
      phase: 'SCREENING' as const,
      phaseChangedAt: SAME_PHASE_CHANGE,
      awareOn: date('2026-06-01'),
      responsibleUnitId: ids.myndighed,
      honourConflictSuspected: c.caseNumber === '2025-0905',
      // Set directly (not from the rules) to force ties and nulls on the deadline sort.
      nextDeadlineOn: c.deadline ? date(c.deadline) : null,
      nextDeadlineKind: c.deadline ? ('ASSESSMENT' as const) : null,
    })),
  });
});
afterAll(async () => t?.close());

async function list(session: TestSession, query: string) {
  const response = await session.inject({ method: 'GET', url: `/api/cases?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return CaseListResponse.parse(response.json());
}

/** Every page of a query, following nextCursor. */
async function walk(session: TestSession, query: string, limit: number): Promise<CaseSummary[]> {
  const seen: CaseSummary[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 200; pages += 1) {
    const page: CaseListResponse = await list(session, `${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error('more than 200 pages');
}

const numbers = (items: { caseNumber: string }[]) => items.map((c) => c.caseNumber);
const search = (text: string) => `q=${encodeURIComponent(text)}`;
const q = (text: string) => `${search(text)}&limit=100`;

describe('search', () => {
  it('finds a child by each word of the name, in first or last name, ignoring case, æøå included', async () => {
    expect(numbers((await list(leader, q('østergård'))).items)).toEqual(['2025-0901']);
    expect(numbers((await list(leader, q('ØSTERGÅRD søren'))).items)).toEqual(['2025-0901']);
    expect(numbers((await list(leader, q('æbelø'))).items)).toEqual(['2025-0901']);
    expect(numbers((await list(leader, q('åse BÆKGAARD'))).items).sort()).toEqual(['2025-0902', '2025-0903']);
    // The start of a word is enough: "østerga" finds every Østergaard, not Østergård.
    const partial = (await list(leader, q('østerga'))).items;
    expect(numbers(partial)).toContain('2025-0904');
    expect(partial.every((c) => `${c.child.firstName} ${c.child.lastName}`.toLowerCase().includes('østergaard'))).toBe(
      true,
    );
    // Every word must match: a first name of one child and a last name of another find nobody.
    expect((await list(leader, q('Åse Østergård'))).items).toEqual([]);
  });

  it('matches the start of a word, each part of a hyphenated name, and follows a renamed child', async () => {
    expect((await list(leader, q('gaard'))).items).toEqual([]);
    const kase = await t.prisma.case.create({
      data: {
        municipalityId: ids.municipality,
        caseNumber: '2025-0910',
        childFirstName: 'Ida',
        childLastName: 'Holm-Winther',
        childCpr: '0303031234',
        childDateOfBirth: date('2003-03-03'),
        phase: 'SCREENING',
        awareOn: date('2026-06-01'),
        responsibleUnitId: ids.myndighed,
      },
    });
    for (const word of ['holm-winther', 'holm', 'winth', 'IDA HOLM']) {
      expect(numbers((await list(leader, q(word))).items), word).toEqual(['2025-0910']);
    }
    await t.prisma.case.update({ where: { id: kase.id }, data: { childLastName: 'Bruun' } });
    expect((await list(leader, q('winther'))).items).toEqual([]);
    expect(numbers((await list(leader, q('ida bruun'))).items)).toEqual(['2025-0910']);
    // The other tests count the fixture cases; the words go with the case (ON DELETE CASCADE).
    await t.prisma.case.delete({ where: { id: kase.id } });
    expect(await t.prisma.caseNameWord.count({ where: { caseId: kase.id } })).toBe(0);
  });

  it('finds a word by its prefix up to the last character, and not the word after the range', async () => {
    const kase = await t.prisma.case.create({
      data: {
        municipalityId: ids.municipality,
        caseNumber: '2025-0911',
        childFirstName: 'Åsa',
        childLastName: 'Søz',
        childCpr: '0404041234',
        childDateOfBirth: date('2004-04-04'),
        phase: 'SCREENING',
        awareOn: date('2026-06-01'),
        responsibleUnitId: ids.myndighed,
      },
    });
    for (const word of ['åsa', 'ÅS', 'søz', 'sø']) expect(numbers((await list(leader, q(word))).items), word).toContain('2025-0911');
    // 'åsa' < 'åsb' ≤ …: the bound of 'åsb' lies just after every word beginning 'åsa'.
    for (const word of ['åsb', 'søza', 'åt']) expect(numbers((await list(leader, q(word))).items), word).not.toContain('2025-0911');
    await t.prisma.case.delete({ where: { id: kase.id } });
  });

  it('treats LIKE wildcards as plain characters', async () => {
    expect((await list(leader, q('%'))).items).toEqual([]);
    expect((await list(leader, q('_'))).items).toEqual([]);
  });

  it('finds a CPR number with or without the dash, and by its date part', async () => {
    expect(numbers((await list(leader, q('010203-1234'))).items)).toEqual(['2025-0901']);
    expect(numbers((await list(leader, q('0102031234'))).items)).toEqual(['2025-0901']);
    expect(numbers((await list(leader, q('010203'))).items).sort()).toEqual(['2025-0901', '2025-0902']);
    expect(numbers((await list(leader, q('010203-5'))).items)).toEqual(['2025-0902']);
    expect(numbers((await list(leader, q('01020'))).items).sort()).toEqual(['2025-0901', '2025-0902']);
    expect((await list(leader, q('010203-9999'))).items).toEqual([]);
  });

  it('finds a case number exactly or by its beginning', async () => {
    expect(numbers((await list(leader, q('2026-0004'))).items)).toEqual(['2026-0004']);
    expect(numbers((await list(leader, q('2026-000'))).items)).toEqual([
      '2026-0001',
      '2026-0002',
      '2026-0003',
      '2026-0004',
      '2026-0005',
      '2026-0006',
      '2026-0007',
      '2026-0008',
      '2026-0009',
    ]);
    expect(numbers((await list(leader, q('2025'))).items)).toEqual(EXTRA.map((c) => c.caseNumber));
  });

  it('logs the search with its filters and the cases it showed', async () => {
    const page = await list(
      leader,
      `q=${encodeURIComponent('Åse')}&overdue=true&flag=HONOUR_CONFLICT&sort=nextDeadline&caseworkerId=${ids.raadgiver}`,
    );
    const record = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'SEARCH' },
      orderBy: { seq: 'desc' },
    });
    expect(record.details).toEqual({
      query: {
        q: 'Åse',
        phase: null,
        unitId: null,
        caseworkerId: ids.raadgiver,
        overdue: true,
        flag: 'HONOUR_CONFLICT',
        sort: 'nextDeadline',
      },
      resultCaseIds: page.items.map((c) => c.id),
    });
  });
});

describe('filters', () => {
  it('overdue: only cases whose next deadline lies before today (Copenhagen)', async () => {
    const items = await walk(leader, 'overdue=true', 100);
    const expected = await t.prisma.case.count({
      where: { responsibleUnitId: ids.myndighed, nextDeadlineOn: { lt: date(today) } },
    });
    expect(items).toHaveLength(expected);
    expect(items.length).toBeGreaterThanOrEqual(EXTRA.length - 2 + 3); // the extra cases due 20 Nov and the overdue demo cases
    for (const item of items) {
      expect((item.nextDeadline?.dueOn ?? today) < today).toBe(true);
      expect(item.nextDeadline?.status).toBe('OVERDUE');
    }
    expect(numbers(await walk(leader, 'overdue=false', 100)).length).toBeGreaterThan(items.length);
  });

  it('phase, unit, responsible caseworker and the honour-conflict flag', async () => {
    const screening = await walk(leader, 'phase=SCREENING', 100);
    expect(screening.length).toBeGreaterThan(EXTRA.length);
    expect(screening.every((c) => c.phase === 'SCREENING')).toBe(true);

    expect((await walk(leader, `unitId=${ids.myndighed}`, 100)).length).toBe(30 + EXTRA.length);
    expect(await walk(leader, `unitId=${ids.familiecenter}`, 100)).toEqual([]);

    const assigned = await walk(leader, `caseworkerId=${ids.raadgiver}`, 100);
    expect(assigned.length).toBe(await t.prisma.case.count({ where: { responsibleCaseworkerId: ids.raadgiver } }));
    expect(assigned.every((c) => c.responsibleCaseworker?.id === ids.raadgiver)).toBe(true);

    const flagged = await walk(leader, 'flag=HONOUR_CONFLICT', 100);
    expect(flagged.length).toBe(await t.prisma.case.count({ where: { honourConflictSuspected: true } }));
    expect(flagged.every((c) => c.honourConflictSuspected)).toBe(true);
    expect(numbers(flagged)).toContain('2025-0905');

    // Filters combine: each narrows the others.
    const both = await walk(leader, 'flag=HONOUR_CONFLICT&phase=SCREENING', 100);
    expect(numbers(both)).toEqual(['2025-0905']);
  });

  it('keeps the access scope under every search and filter', async () => {
    const team = new Set(
      (
        await t.prisma.caseTeamMember.findMany({
          where: { userId: ids.raadgiver, removedAt: null },
          select: { caseId: true },
        })
      ).map((m) => m.caseId),
    );
    for (const query of [
      '',
      'overdue=true',
      'flag=HONOUR_CONFLICT',
      `unitId=${ids.myndighed}`,
      search('2026'),
      search('0102031234'),
      search('Åse'),
      'sort=nextDeadline',
    ]) {
      const items = await walk(caseworker, query, 100);
      expect(
        items.every((c) => team.has(c.id)),
        query,
      ).toBe(true);
    }
    // The caseworker is not on the extra cases' teams: searching their exact CPR finds nothing.
    expect((await list(caseworker, q('010203-1234'))).items).toEqual([]);
    const executorTeam = new Set(
      (
        await t.prisma.caseTeamMember.findMany({
          where: { userId: ids.familiecenterUser, removedAt: null },
          select: { caseId: true },
        })
      ).map((m) => m.caseId),
    );
    const executorItems = await walk(executor, `unitId=${ids.myndighed}&sort=childName`, 100);
    expect(executorItems.length).toBe(executorTeam.size);
    expect(executorItems.every((c) => executorTeam.has(c.id))).toBe(true);
  });
});

describe('sorting and pages', () => {
  /** Whether `a` may come before `b` in the sort (ISO dates and C-collated names compare as strings). */
  function ordered(sort: CaseSort, a: CaseSummary, b: CaseSummary): boolean {
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const byId = cmp(a.id, b.id);
    switch (sort) {
      case 'caseNumber':
        return (cmp(a.caseNumber, b.caseNumber) || byId) < 0;
      case 'childName':
        return (cmp(a.child.lastName, b.child.lastName) || cmp(a.child.firstName, b.child.firstName) || byId) < 0;
      case 'phaseChangedAt':
        return (cmp(b.phaseChangedAt, a.phaseChangedAt) || byId) < 0;
      case 'nextDeadline': {
        const da = a.nextDeadline?.dueOn ?? '9999-99-99';
        const db = b.nextDeadline?.dueOn ?? '9999-99-99';
        return (cmp(da, db) || cmp(a.caseNumber, b.caseNumber) || byId) < 0;
      }
    }
  }

  it.each(CaseSort.options)('sort=%s orders every case strictly', async (sort) => {
    const all = await walk(leader, `sort=${sort}`, 100);
    expect(all).toHaveLength(30 + EXTRA.length);
    for (let i = 1; i < all.length; i += 1) expect(ordered(sort, all[i - 1]!, all[i]!), `${sort} at ${i}`).toBe(true);
  });

  it('the next-deadline sort puts cases without a deadline last', async () => {
    const all = await walk(leader, 'sort=nextDeadline', 100);
    const firstUndated = all.findIndex((c) => c.nextDeadline === null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(all.slice(firstUndated).every((c) => c.nextDeadline === null)).toBe(true);
  });

  it('walking the pages of any sort, filter and page size gives the whole list once, in order', async () => {
    const filters = [
      '',
      'phase=SCREENING',
      'overdue=true',
      search('a'),
      'flag=HONOUR_CONFLICT',
      `caseworkerId=${ids.raadgiver}`,
    ];
    const whole = new Map<string, string[]>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CaseSort.options),
        fc.constantFrom(...filters),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(leader, caseworker),
        async (sort, filter, limit, session) => {
          const query = `sort=${sort}${filter ? `&${filter}` : ''}`;
          const key = `${session === leader ? 'leader' : 'caseworker'} ${query}`;
          if (!whole.has(key))
            whole.set(
              key,
              (await list(session, `${query}&limit=100`)).items.map((c) => c.id),
            );
          const paged = (await walk(session, query, limit)).map((c) => c.id);
          expect(paged).toEqual(whole.get(key));
        },
      ),
      { numRuns: 25, seed: 20261124 },
    );
  });

  it("a cursor for a case outside one's access answers as a cursor for no case at all", async () => {
    const foreign = await t.prisma.case.findFirstOrThrow({ where: { caseNumber: '2025-0901' } });
    const cursor = (id: string) => Buffer.from(JSON.stringify({ id })).toString('base64url');
    const outside = await caseworker.inject({ method: 'GET', url: `/api/cases?cursor=${cursor(foreign.id)}` });
    const missing = await caseworker.inject({ method: 'GET', url: `/api/cases?cursor=${cursor(crypto.randomUUID())}` });
    expect(outside.statusCode).toBe(400);
    expect(missing.statusCode).toBe(400);
    expect(Problem.parse(outside.json()).errors).toEqual(Problem.parse(missing.json()).errors);
  });
});

describe('bad queries', () => {
  it.each([
    ['overdue=maybe', 'querystring.overdue'],
    ['sort=foo', 'querystring.sort'],
    ['caseworkerId=not-a-uuid', 'querystring.caseworkerId'],
    ['unitId=42', 'querystring.unitId'],
    ['flag=VIP', 'querystring.flag'],
    ['limit=101', 'querystring.limit'],
  ])('%s → 400 naming %s', async (query, path) => {
    const response = await leader.inject({ method: 'GET', url: `/api/cases?${query}` });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors?.map((e) => e.path)).toEqual([path]);
  });
});

describe('prefixUpperBound', () => {
  // Code point order, as PostgreSQL compares UTF-8 bytes under COLLATE "C" (JS compares UTF-16 units).
  const codePoints = (text: string) => [...text].map((char) => char.codePointAt(0) as number);
  const compare = (a: string, b: string) => {
    const [x, y] = [codePoints(a), codePoints(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
    return x.length - y.length;
  };

  it('is the prefix with its last character raised, skipping surrogates, and null past the last code point', () => {
    expect(prefixUpperBound('åse')).toBe('åsf');
    expect(prefixUpperBound('z')).toBe('{');
    expect(prefixUpperBound('a\uD7FF')).toBe('a\uE000');
    expect(prefixUpperBound('a\u{10FFFF}')).toBeNull();
    expect(prefixUpperBound('')).toBeNull();
  });

  it('bounds exactly the strings that begin with the prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 }), (prefix, text) => {
        const upper = prefixUpperBound(prefix);
        const inRange = compare(text, prefix) >= 0 && (upper === null || compare(text, upper) < 0);
        expect(inRange).toBe(text.startsWith(prefix));
      }),
    );
  });
});

describe('GET /api/cases/mine', () => {
  async function mine(session: TestSession, query = '') {
    const response = await session.inject({ method: 'GET', url: `/api/cases/mine?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return MyCasesResponse.parse(response.json());
  }

  it("lists the user's open team cases, next deadline first, with the unmet deadlines and the user's role", async () => {
    const { items, nextCursor } = await mine(caseworker, 'limit=100');
    expect(nextCursor).toBeNull();
    const expected = await t.prisma.case.findMany({
      where: { team: { some: { userId: ids.raadgiver, removedAt: null } }, phase: { not: 'AFSLUTTET' } },
      orderBy: [{ nextDeadlineOn: { sort: 'asc', nulls: 'last' } }, { caseNumber: 'asc' }],
      select: { caseNumber: true },
    });
    expect(expected.length).toBeGreaterThan(5);
    expect(numbers(items)).toEqual(numbers(expected));
    expect(items.every((c) => c.caseRole === 'RESPONSIBLE' && c.phase !== 'AFSLUTTET')).toBe(true);
    // The demo has overdue cases on the caseworker's desk: they come first.
    expect(items[0]?.nextDeadline?.status).toBe('OVERDUE');
    for (const item of items) {
      expect(item.deadlines.every((d) => d.metOn === null && d.status !== 'MET')).toBe(true);
      if (item.nextDeadline)
        expect(item.deadlines[0]).toMatchObject({ kind: item.nextDeadline.kind, dueOn: item.nextDeadline.dueOn });
      else expect(item.deadlines).toEqual([]);
    }
    const record = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'SEARCH' },
      orderBy: { seq: 'desc' },
    });
    expect(record.details).toEqual({ query: { view: 'mine' }, resultCaseIds: items.map((c) => c.id) });
  });

  it("shows each case's next planned meeting: not a past, a cancelled or a later one", async () => {
    // Two of her cases without a meeting in the demo data.
    const [first, second] = (await mine(caseworker, 'limit=100')).items.filter((c) => c.nextMeeting === null);
    if (!first || !second) throw new Error('the demo caseworker needs two open cases without meetings');
    const meeting = (caseId: string, startsAt: string, status: 'PLANNED' | 'CANCELLED' | 'HELD' = 'PLANNED') =>
      t.prisma.meeting.create({
        data: {
          caseId,
          type: 'NETWORK_MEETING',
          status,
          purpose: 'Plan for skolen',
          startsAt: new Date(startsAt),
          place: 'Medborgerhuset',
          initiator: 'Rådgiveren',
          createdById: ids.raadgiver,
        },
        select: { id: true },
      });
    const next = await meeting(first.id, '2026-12-01T13:00:00Z');
    await meeting(first.id, '2026-12-15T13:00:00Z');
    await meeting(first.id, '2026-11-30T13:00:00Z', 'CANCELLED');
    await meeting(first.id, '2026-11-20T13:00:00Z', 'HELD');
    await meeting(second.id, '2026-11-01T13:00:00Z');
    const items = (await mine(caseworker, 'limit=100')).items;
    expect(items.find((c) => c.id === first.id)?.nextMeeting).toEqual({
      id: next.id,
      type: 'NETWORK_MEETING',
      startsAt: '2026-12-01T13:00:00.000Z',
    });
    expect(items.find((c) => c.id === second.id)?.nextMeeting).toBeNull();
  });

  it('pages without gaps or repeats', async () => {
    const whole = (await mine(caseworker, 'limit=100')).items.map((c) => c.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: MyCasesResponse = await mine(caseworker, `limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole);
  });

  it("gives each user their own role, and nobody else's cases", async () => {
    const items = (await mine(executor, 'limit=100')).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.caseRole === 'EXECUTOR')).toBe(true);
    // The leader sees every case of the unit in the list, but is on no team: "Mine sager" is empty.
    expect((await mine(leader)).items).toEqual([]);
  });

  it('is refused to roles without case work, and validates its query', async () => {
    const admin = await loginAs(t.app, 'admin@demo.inddrag.dk');
    expect((await admin.inject({ method: 'GET', url: '/api/cases/mine' })).statusCode).toBe(403);
    const bad = await caseworker.inject({ method: 'GET', url: '/api/cases/mine?limit=0' });
    expect(bad.statusCode).toBe(400);
    expect(Problem.parse(bad.json()).errors?.map((e) => e.path)).toEqual(['querystring.limit']);
  });
});
