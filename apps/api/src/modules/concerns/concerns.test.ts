import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseConcerns,
  ConcernGround,
  ConcernStatement,
  ConcernStatementHistory,
  Problem,
  SafetyAssessment,
  SafetyAssessmentList,
} from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createCaseInAssessment, demoIds, type DemoIds } from '../../testing/demo-case';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
const now = new Date('2026-11-24T09:00:00Z');
let raadgiver: TestSession;
let leder: TestSession;
let ppr: TestSession;
let camilla: TestSession;
let ids: DemoIds;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  const login = (email: string) => loginAs(t.app, `${email}@demo.inddrag.dk`);
  raadgiver = await login('raadgiver');
  leder = await login('leder');
  ppr = await login('ppr');
  camilla = await login('ungecenter');
  ids = await demoIds(t.prisma);
});
afterAll(async () => t?.close());

// --- helpers --------------------------------------------------------------------------------

let counter = 0;
/** A case in the child assessment, held by Myndighed, raadgiver@ responsible and PPR reading along. */
async function newCase() {
  counter += 1;
  return createCaseInAssessment(t.prisma, ids, {
    prefix: 'BEK',
    number: counter,
    now,
    team: [{ userId: ids.ppr, role: 'READ_ONLY' }],
  });
}

const ground = (overrides: Record<string, unknown> = {}) => ({
  kind: 'OBSERVATION',
  occurredOn: '2026-11-10',
  source: 'Hjemmebesøg',
  description: 'Køleskabet var tomt, og Emma sagde, hun ikke havde fået aftensmad.',
  ...overrides,
});

const pair = (overrides: Record<string, unknown> = {}) => ({
  kind: 'DANGER',
  whoIsWorried: 'Skolen og socialrådgiveren',
  behaviour: 'Emma er kommet i skole uden madpakke 12 gange i oktober.',
  impactOnChild: 'Emma er sulten og kan ikke koncentrere sig.',
  ifNothingChanges: 'Emma vil blive ved med at være sulten og få det svært i skolen.',
  familyView: '',
  goalParentsWill: 'Mor sørger for, at Emma har madpakke med hver dag.',
  goalChildWillExperience: 'Emma er mæt og glad i skolen.',
  goalProfessionalsWillSee: 'Læreren ser Emma spise sin madpakke.',
  goalDuration: 'I 3 måneder',
  ...overrides,
});

const assessment = (overrides: Record<string, unknown> = {}) => ({
  assessedOn: '2026-11-20',
  purpose: 'Faglig sparring',
  participants: 'Sofie Lund, Jens Kragh',
  harm: 'Emma har været sulten i skolen.',
  complicatingFactors: 'Mor har været syg.',
  strengths: 'Mormor hjælper.',
  existingSafety: 'Mormor henter tirsdag og torsdag.',
  nextSteps: 'Netværksmøde i december.',
  ...overrides,
});

async function post(session: TestSession, url: string, payload: Record<string, unknown>, status = 201) {
  const response = await session.inject({ method: 'POST', url, payload });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

async function put(session: TestSession, url: string, payload: Record<string, unknown>, status = 200) {
  const response = await session.inject({ method: 'PUT', url, payload });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

async function get(session: TestSession, url: string) {
  const response = await session.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const addGround = async (caseId: string, overrides: Record<string, unknown> = {}) =>
  ConcernGround.parse(await post(raadgiver, `/api/cases/${caseId}/concern-grounds`, ground(overrides)));
const addPair = async (caseId: string, overrides: Record<string, unknown> = {}) =>
  ConcernStatement.parse(await post(raadgiver, `/api/cases/${caseId}/concern-statements`, pair(overrides)));

/** The field paths of a 400's problem. */
async function rejected(session: TestSession, method: 'POST' | 'PUT', url: string, payload: Record<string, unknown>) {
  const response = await session.inject({ method, url, payload });
  expect(response.statusCode, response.body).toBe(400);
  return (Problem.parse(response.json()).errors ?? []).map((e) => e.path);
}

// --- grounds ----------------------------------------------------------------------------------

describe('grounds for concern', () => {
  it('names each invalid field (400), refuses a future date and links to another case’s records', async () => {
    const caseId = await newCase();
    const otherCase = await newCase();
    const url = `/api/cases/${caseId}/concern-grounds`;
    expect(await rejected(raadgiver, 'POST', url, ground({ source: '  ', kind: 'RUMOUR' }))).toEqual(
      expect.arrayContaining(['body.source', 'body.kind']),
    );
    expect(await rejected(raadgiver, 'POST', url, ground({ description: 'x'.repeat(4001) }))).toEqual(['body.description']);
    expect(await rejected(raadgiver, 'POST', url, ground({ occurredOn: '2026-11-25' }))).toEqual(['body.occurredOn']);
    const foreignNote = await t.prisma.caseNote.create({
      data: { caseId: otherCase, occurredOn: now, title: 'Andet', body: 'x', authorId: ids.raadgiver },
    });
    expect(await rejected(raadgiver, 'POST', url, ground({ noteId: foreignNote.id }))).toEqual(['body.noteId']);
    expect(await rejected(raadgiver, 'POST', url, ground({ documentId: foreignNote.id }))).toEqual(['body.documentId']);
    expect(await t.prisma.concernGround.count({ where: { caseId } })).toBe(0);
  });

  it('links to the case’s own notification and note; an edit with a stale version gets 409 and the current ground', async () => {
    const caseId = await newCase();
    const notification = await t.prisma.childNotification.create({
      data: { caseId, receivedOn: new Date('2026-10-01T00:00:00Z'), source: 'SCHOOL', sourceName: 'Skovvangskolen', content: 'Sulten' },
    });
    const note = await t.prisma.caseNote.create({
      data: { caseId, occurredOn: now, title: 'Hjemmebesøg', body: 'x', authorId: ids.raadgiver },
    });
    const created = await addGround(caseId, { kind: 'NOTIFICATION', notificationId: notification.id, noteId: note.id });
    expect(created).toMatchObject({
      version: 1,
      notification: { id: notification.id, receivedOn: '2026-10-01', source: 'Skovvangskolen' },
      note: { id: note.id, title: 'Hjemmebesøg' },
      document: null,
      createdBy: { id: ids.raadgiver },
      createdUnit: { id: ids.myndighed },
    });
    const url = `/api/cases/${caseId}/concern-grounds/${created.id}`;
    const mine = ConcernGround.parse(await put(raadgiver, url, { ...ground({ source: 'Skolens underretning' }), version: 1 }));
    expect(mine).toMatchObject({ version: 2, source: 'Skolens underretning', notification: null, note: null });
    // A second writer still on version 1: refused, and told what is there now; the first edit stands.
    const stale = await put(leder, url, { ...ground({ source: 'Lederens tekst' }), version: 1 }, 409);
    expect(stale.detail).toMatch(/gemt af en anden/);
    expect(ConcernGround.parse(stale.current)).toMatchObject({ version: 2, source: 'Skolens underretning' });
    expect((await t.prisma.concernGround.findUniqueOrThrow({ where: { id: created.id } })).source).toBe('Skolens underretning');
    // A ground of another case is not found through this case.
    const otherCase = await newCase();
    const other = await raadgiver.inject({ method: 'PUT', url: `/api/cases/${otherCase}/concern-grounds/${created.id}`, payload: { ...ground(), version: 2 } });
    expect(other.statusCode).toBe(404);
  });
});

// --- pairs ------------------------------------------------------------------------------------

describe('concern statements and safety goals', () => {
  it('names each invalid field (400) and links only the case’s own grounds', async () => {
    const caseId = await newCase();
    const otherGround = await addGround(await newCase());
    const url = `/api/cases/${caseId}/concern-statements`;
    expect(await rejected(raadgiver, 'POST', url, pair({ behaviour: '', goalDuration: '', kind: 'X' }))).toEqual(
      expect.arrayContaining(['body.behaviour', 'body.goalDuration', 'body.kind']),
    );
    expect(await rejected(raadgiver, 'POST', url, pair({ groundIds: [otherGround.id] }))).toEqual(['body.groundIds.0']);
    expect(await rejected(raadgiver, 'POST', url, pair({ groundIds: ['not-a-uuid'] }))).toEqual(['body.groundIds.0']);
    expect(await t.prisma.concernStatement.count({ where: { caseId } })).toBe(0);
  });

  it('numbers pairs per case, also under two concurrent creates; an empty family view is null', async () => {
    const caseId = await newCase();
    const own = await addGround(caseId);
    const first = await addPair(caseId, { groundIds: [own.id], familyView: '   ' });
    expect(first).toMatchObject({ number: 1, version: 1, status: 'ACTIVE', familyView: null, groundIds: [own.id], statusReason: null });
    const [a, b] = await Promise.all([
      raadgiver.inject({ method: 'POST', url: `/api/cases/${caseId}/concern-statements`, payload: pair({ kind: 'HARM' }) }),
      raadgiver.inject({ method: 'POST', url: `/api/cases/${caseId}/concern-statements`, payload: pair() }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect([a.json().number, b.json().number].sort()).toEqual([2, 3]);
    // Another case starts again at 1.
    expect((await addPair(await newCase())).number).toBe(1);
  });

  it('every save is a version with who, unit, when and the pair as it then was; status changes too', async () => {
    const caseId = await newCase();
    const g1 = await addGround(caseId);
    const g2 = await addGround(caseId, { source: 'Skolen' });
    const created = await addPair(caseId, { groundIds: [g1.id] });
    const url = `/api/cases/${caseId}/concern-statements/${created.id}`;
    const edited = ConcernStatement.parse(
      await put(raadgiver, url, { ...pair({ behaviour: 'Ny beskrivelse', familyView: 'Mor er uenig', groundIds: [g1.id, g2.id] }), version: 1 }),
    );
    expect(edited).toMatchObject({ number: 1, version: 2, behaviour: 'Ny beskrivelse', familyView: 'Mor er uenig' });
    expect(new Set(edited.groundIds)).toEqual(new Set([g1.id, g2.id]));
    expect(await rejected(raadgiver, 'POST', `${url}/status`, { status: 'ACHIEVED', reason: '', version: 2 })).toEqual(['body.reason']);
    const achieved = ConcernStatement.parse(await post(raadgiver, `${url}/status`, { status: 'ACHIEVED', reason: 'Set i 3 måneder', version: 2 }, 200));
    expect(achieved).toMatchObject({ version: 3, status: 'ACHIEVED', statusReason: 'Set i 3 måneder' });

    const history = ConcernStatementHistory.parse(await get(raadgiver, `${url}/versions`));
    expect(history.items.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(history.items.every((v) => v.author.id === ids.raadgiver && v.unit.id === ids.myndighed)).toBe(true);
    const [v3, v2, v1] = history.items;
    expect(v1!.statement).toMatchObject({ behaviour: pair().behaviour, familyView: null, groundIds: [g1.id], status: 'ACTIVE' });
    expect(v2!.statement).toMatchObject({ behaviour: 'Ny beskrivelse', familyView: 'Mor er uenig', status: 'ACTIVE' });
    expect(v3!.statement).toMatchObject({ behaviour: 'Ny beskrivelse', status: 'ACHIEVED', statusReason: 'Set i 3 måneder' });
  });

  it('of two writers on the same version one wins; the other gets 409 in Danish with the current pair, and nothing is lost', async () => {
    const caseId = await newCase();
    const created = await addPair(caseId);
    const url = `/api/cases/${caseId}/concern-statements/${created.id}`;
    const [a, b] = await Promise.all([
      raadgiver.inject({ method: 'PUT', url, payload: { ...pair({ behaviour: 'Rådgiverens tekst' }), version: 1 } }),
      leder.inject({ method: 'PUT', url, payload: { ...pair({ behaviour: 'Lederens tekst' }), version: 1 } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [won, lost] = a.statusCode === 200 ? [a, b] : [b, a];
    const problem = lost.json();
    expect(problem.detail).toMatch(/gemt af en anden/);
    expect(ConcernStatement.parse(problem.current)).toMatchObject({ version: 2, behaviour: won.json().behaviour });
    const history = ConcernStatementHistory.parse(await get(raadgiver, `${url}/versions`));
    expect(history.items.map((v) => [v.number, v.statement.behaviour])).toEqual([
      [2, won.json().behaviour],
      [1, pair().behaviour],
    ]);
    // A stale status change is refused the same way.
    expect((await raadgiver.inject({ method: 'POST', url: `${url}/status`, payload: { status: 'WITHDRAWN', reason: 'x', version: 1 } })).statusCode).toBe(409);
    const after = await t.prisma.concernStatement.findFirstOrThrow({ where: { id: (won.json() as { id: string }).id } });
    expect([after.status, after.version]).toEqual(['ACTIVE', 2]);
    expect(ConcernStatementHistory.parse(await get(raadgiver, `${url}/versions`)).items).toHaveLength(2);
  });
});

// --- assessments ------------------------------------------------------------------------------

describe('assessments in three columns', () => {
  it('shows the child and the linked pairs as they are now; links only the case’s own pairs; 409 on a stale edit', async () => {
    const caseId = await newCase();
    const one = await addPair(caseId);
    const two = await addPair(caseId, { kind: 'HARM' });
    const foreign = await addPair(await newCase());
    const url = `/api/cases/${caseId}/safety-assessments`;
    expect(await rejected(raadgiver, 'POST', url, assessment({ purpose: '', assessedOn: '20-11-2026' }))).toEqual(
      expect.arrayContaining(['body.purpose', 'body.assessedOn']),
    );
    expect(await rejected(raadgiver, 'POST', url, assessment({ statementIds: [one.id, foreign.id] }))).toEqual(['body.statementIds.1']);

    const created = SafetyAssessment.parse(await post(raadgiver, url, assessment({ statementIds: [two.id, one.id] })));
    expect(created).toMatchObject({ version: 1, purpose: 'Faglig sparring', child: { firstName: 'Emma' }, can: { edit: true } });
    expect(created.statements.map((s) => s.number)).toEqual([1, 2]);

    // The pairs are shown as they are now: an edit of pair 1 shows in the assessment.
    await put(raadgiver, `/api/cases/${caseId}/concern-statements/${one.id}`, { ...pair({ behaviour: 'Nu' }), version: 1 });
    const read = SafetyAssessment.parse(await get(raadgiver, `${url}/${created.id}`));
    expect(read.statements[0]).toMatchObject({ number: 1, behaviour: 'Nu', version: 2 });

    const edited = SafetyAssessment.parse(await put(raadgiver, `${url}/${created.id}`, { ...assessment({ nextSteps: 'Møde', statementIds: [one.id] }), version: 1 }));
    expect(edited).toMatchObject({ version: 2, nextSteps: 'Møde' });
    expect(edited.statements.map((s) => s.id)).toEqual([one.id]);
    const stale = await put(leder, `${url}/${created.id}`, { ...assessment({ nextSteps: 'Lederens' }), version: 1 }, 409);
    expect(SafetyAssessment.parse(stale.current)).toMatchObject({ version: 2, nextSteps: 'Møde' });

    const list = SafetyAssessmentList.parse(await get(raadgiver, url));
    expect(list.items.map((i) => [i.id, i.version, i.assessedOn])).toEqual([[created.id, 2, '2026-11-20']]);
    expect(list.can.edit).toBe(true);
  });
});

// --- access, audit, timeline ------------------------------------------------------------------

describe('access, audit and timeline', () => {
  it('someone off the case gets 404 on every route; a read-only member reads but may not write', async () => {
    const caseId = await newCase();
    const g = await addGround(caseId);
    const p = await addPair(caseId);
    const a = SafetyAssessment.parse(await post(raadgiver, `/api/cases/${caseId}/safety-assessments`, assessment()));
    const base = `/api/cases/${caseId}`;
    const reads = [
      `${base}/concerns`,
      `${base}/concern-statements/${p.id}/versions`,
      `${base}/safety-assessments`,
      `${base}/safety-assessments/${a.id}`,
    ];
    const writes: [method: 'POST' | 'PUT', url: string, payload: Record<string, unknown>][] = [
      ['POST', `${base}/concern-grounds`, ground()],
      ['PUT', `${base}/concern-grounds/${g.id}`, { ...ground(), version: 1 }],
      ['POST', `${base}/concern-statements`, pair()],
      ['PUT', `${base}/concern-statements/${p.id}`, { ...pair(), version: 1 }],
      ['POST', `${base}/concern-statements/${p.id}/status`, { status: 'WITHDRAWN', reason: 'x', version: 1 }],
      ['POST', `${base}/safety-assessments`, assessment()],
      ['PUT', `${base}/safety-assessments/${a.id}`, { ...assessment(), version: 1 }],
    ];
    for (const url of reads) expect((await camilla.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    for (const [method, url, payload] of writes) {
      expect((await camilla.inject({ method, url, payload })).statusCode, url).toBe(404);
    }
    for (const url of reads) expect((await ppr.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    expect(CaseConcerns.parse(await get(ppr, `${base}/concerns`)).can).toEqual({ edit: false, recordScores: false });
    expect(SafetyAssessment.parse(await get(ppr, `${base}/safety-assessments/${a.id}`)).can.edit).toBe(false);
    for (const [method, url, payload] of writes) {
      expect([403, 404], url).toContain((await ppr.inject({ method, url, payload })).statusCode);
    }
    const overview = CaseConcerns.parse(await get(raadgiver, `${base}/concerns`));
    expect(overview.can).toEqual({ edit: true, recordScores: true });
    expect(overview.statements.map((s) => s.version)).toEqual([1]);
    expect(overview.grounds.map((x) => x.version)).toEqual([1]);
  });

  it('every read and write is audited, and every write is on the case’s timeline with its data', async () => {
    const caseId = await newCase();
    const base = `/api/cases/${caseId}`;
    const g = await addGround(caseId, { source: 'Skolen', occurredOn: '2026-11-01' });
    await put(raadgiver, `${base}/concern-grounds/${g.id}`, { ...ground({ source: 'Skolen', occurredOn: '2026-11-02' }), version: 1 });
    const p = await addPair(caseId, { kind: 'HARM' });
    await put(raadgiver, `${base}/concern-statements/${p.id}`, { ...pair({ kind: 'HARM' }), version: 1 });
    await post(raadgiver, `${base}/concern-statements/${p.id}/status`, { status: 'WITHDRAWN', reason: 'Fejl', version: 2 }, 200);
    const a = SafetyAssessment.parse(await post(raadgiver, `${base}/safety-assessments`, assessment()));
    await put(raadgiver, `${base}/safety-assessments/${a.id}`, { ...assessment({ purpose: 'Netværksmøde' }), version: 1 });
    await get(raadgiver, `${base}/concerns`);
    await get(raadgiver, `${base}/concern-statements/${p.id}/versions`);
    await get(raadgiver, `${base}/safety-assessments`);
    await get(raadgiver, `${base}/safety-assessments/${a.id}`);

    const audit = await t.prisma.auditEvent.findMany({ where: { caseId }, orderBy: { seq: 'asc' } });
    expect(audit.map((e) => `${e.action} ${e.entityType}`)).toEqual([
      'CREATE ConcernGround',
      'UPDATE ConcernGround',
      'CREATE ConcernStatement',
      'UPDATE ConcernStatement',
      'UPDATE ConcernStatement',
      'CREATE SafetyAssessment',
      'UPDATE SafetyAssessment',
      'READ ConcernStatement',
      'READ ConcernStatementVersion',
      'READ SafetyAssessment',
      'READ SafetyAssessment',
    ]);
    expect(audit.every((e) => e.userId === ids.raadgiver)).toBe(true);

    const events = await t.prisma.caseEvent.findMany({ where: { caseId }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] });
    const byKind = Object.fromEntries(events.map((e) => [e.kind, e.data]));
    expect(events.map((e) => e.kind).sort()).toEqual(
      [
        'assessment.created',
        'assessment.updated',
        'concern.created',
        'concern.statusChanged',
        'concern.updated',
        'concernGround.added',
        'concernGround.updated',
      ].sort(),
    );
    expect(byKind).toEqual({
      'concernGround.added': { source: 'Skolen', occurredOn: '2026-11-01' },
      'concernGround.updated': { source: 'Skolen', occurredOn: '2026-11-02' },
      'concern.created': { number: 1, kind: 'HARM' },
      'concern.updated': { number: 1, kind: 'HARM' },
      'concern.statusChanged': { number: 1, status: 'WITHDRAWN' },
      'assessment.created': { assessedOn: '2026-11-20', purpose: 'Faglig sparring' },
      'assessment.updated': { assessedOn: '2026-11-20', purpose: 'Netværksmøde' },
    });
  });
});
