import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseScaleScores,
  DEFAULT_SCALE_QUESTION,
  Problem,
  RecordScaleScoresResponse,
  ScaleScore,
  ScaleScoreInput,
  type ScaleTrend,
} from '@inddrag/contracts';
import type { RequestContext } from '../../lib/context';
import { DomainValidationError } from '../../lib/errors';
import { loginAs, type TestSession } from '../../testing/session';
import { createCaseInAssessment, demoIds, insertConcernPair, type DemoIds } from '../../testing/demo-case';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { recordScaleScores } from './record';

let t: TestApp;
const now = new Date('2026-11-24T09:00:00Z');
let raadgiver: TestSession;
let ali: TestSession;
let camilla: TestSession;
let ids: DemoIds;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  const login = (email: string) => loginAs(t.app, `${email}@demo.inddrag.dk`);
  raadgiver = await login('raadgiver');
  ali = await login('familiecenter');
  camilla = await login('ungecenter');
  ids = await demoIds(t.prisma);
});
afterAll(async () => t?.close());

// --- helpers --------------------------------------------------------------------------------

let counter = 0;
/** A case held by Myndighed with raadgiver@ responsible; `readOnly` adds ali@ as a read-only member. */
async function newCase(opts: { readOnly?: boolean } = {}) {
  counter += 1;
  return createCaseInAssessment(t.prisma, ids, {
    prefix: 'SKA',
    number: counter,
    now,
    team: opts.readOnly ? [{ userId: ids.ali, role: 'READ_ONLY' }] : [],
  });
}

/** A concern statement/safety goal pair, made directly (the concerns module owns its routes). */
async function newStatement(caseId: string, number = 1) {
  return insertConcernPair(t.prisma, ids, caseId, { number });
}

async function newAssessment(caseId: string) {
  const row = await t.prisma.safetyAssessment.create({
    data: {
      caseId,
      assessedOn: new Date('2026-11-10T00:00:00Z'),
      purpose: 'Netværksmøde',
      participants: 'Mor, mormor, sagsbehandler',
      harm: '',
      complicatingFactors: '',
      strengths: '',
      existingSafety: '',
      nextSteps: '',
      createdById: ids.raadgiver,
      createdUnitId: ids.myndighed,
      updatedById: ids.raadgiver,
    },
  });
  return row.id;
}

async function newNetworkPerson(caseId: string, name = 'Mormor') {
  const row = await t.prisma.networkPerson.create({
    data: { caseId, name, relation: 'mormor', sector: 'FAMILY', createdById: ids.raadgiver },
  });
  return row.id;
}

/** A score as sent; a test may put anything in it, valid or not. */
type Score = Record<string, unknown>;
const score = (overrides: Score = {}): Score => ({
  scoredOn: '2026-11-03',
  perspective: 'PARENT',
  respondent: 'Mor',
  score: 4,
  question: DEFAULT_SCALE_QUESTION,
  reason: 'Vi er kommet i gang med morgenrutinen.',
  oneStepUp: 'At det også holder i weekenderne.',
  ...overrides,
});

const post = (session: TestSession, caseId: string, scores: Score[]) =>
  session.inject({ method: 'POST', url: `/api/cases/${caseId}/scale-scores`, payload: { scores } });

async function record(caseId: string, scores: Score[]) {
  const response = await post(raadgiver, caseId, scores);
  expect(response.statusCode, response.body).toBe(201);
  return RecordScaleScoresResponse.parse(response.json()).items;
}

async function list(caseId: string, query = '', session = raadgiver) {
  const response = await session.inject({ method: 'GET', url: `/api/cases/${caseId}/scale-scores${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return CaseScaleScores.parse(response.json());
}

const withdraw = (session: TestSession, caseId: string, scoreId: string, payload: Record<string, unknown>) =>
  session.inject({ method: 'POST', url: `/api/cases/${caseId}/scale-scores/${scoreId}/withdraw`, payload });

const fieldErrors = (body: string) => (Problem.parse(JSON.parse(body)).errors ?? []).map((e) => [e.path, e.message]);
const fieldPaths = (body: string) => fieldErrors(body).map(([path]) => path);

const trendOf = (trends: ScaleTrend[], respondent: string, statementId: string | null = null) =>
  trends.find((trend) => trend.respondent === respondent && trend.statementId === statementId);

// --- tests ----------------------------------------------------------------------------------

describe('validation', () => {
  it('refuses a score outside 0–10, a fraction, a missing score or question, naming the field; nothing is stored', async () => {
    const caseId = await newCase();
    for (const [bad, path] of [
      [{ score: 11 }, 'body.scores.0.score'],
      [{ score: -1 }, 'body.scores.0.score'],
      [{ score: 2.5 }, 'body.scores.0.score'],
      [{ score: undefined }, 'body.scores.0.score'],
      [{ question: undefined }, 'body.scores.0.question'],
      [{ question: '   ' }, 'body.scores.0.question'],
      [{ respondent: '' }, 'body.scores.0.respondent'],
      [{ perspective: 'TEACHER' }, 'body.scores.0.perspective'],
      [{ scoredOn: '24-11-2026' }, 'body.scores.0.scoredOn'],
    ] as const) {
      const response = await post(raadgiver, caseId, [score(bad)]);
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(fieldPaths(response.body), JSON.stringify(bad)).toContain(path);
    }
    const empty = await post(raadgiver, caseId, []);
    expect(empty.statusCode).toBe(400);
    expect(fieldErrors(empty.body)).toEqual([['body.scores', 'Angiv mindst én score']]);
    expect(await t.prisma.scaleScore.count({ where: { caseId } })).toBe(0);
  });

  it('refuses links to another case, an unknown user and a date after today, by the row and field; none of the batch is stored', async () => {
    const caseId = await newCase();
    const otherCase = await newCase();
    const foreignStatement = await newStatement(otherCase);
    const foreignPerson = await newNetworkPerson(otherCase);
    const foreignAssessment = await newAssessment(otherCase);
    const response = await post(raadgiver, caseId, [
      score(),
      score({ statementId: foreignStatement }),
      score({ networkPersonId: foreignPerson, assessmentId: foreignAssessment }),
      score({ respondentUserId: randomUUID(), scoredOn: '2026-11-25' }),
    ]);
    expect(response.statusCode, response.body).toBe(400);
    expect(fieldErrors(response.body)).toEqual([
      ['body.scores.1.statementId', 'Bekymringsudsagnet findes ikke på sagen'],
      ['body.scores.2.networkPersonId', 'Personen findes ikke i sagens netværk'],
      ['body.scores.2.assessmentId', 'Kortlægningen findes ikke på sagen'],
      ['body.scores.3.scoredOn', 'Datoen må ikke ligge i fremtiden'],
      ['body.scores.3.respondentUserId', 'Brugeren findes ikke blandt kommunens aktive brugere'],
    ]);
    expect(await t.prisma.scaleScore.count({ where: { caseId } })).toBe(0);
    // Today (Copenhagen) is allowed.
    await record(caseId, [score({ scoredOn: '2026-11-24' })]);
  });

  it('refuses a withdrawal without a reason or version', async () => {
    const caseId = await newCase();
    const [recorded] = await record(caseId, [score()]);
    const noReason = await withdraw(raadgiver, caseId, recorded!.id, { reason: ' ', version: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(fieldPaths(noReason.body)).toEqual(['body.reason']);
    const noVersion = await withdraw(raadgiver, caseId, recorded!.id, { reason: 'Fejl' });
    expect(noVersion.statusCode).toBe(400);
    expect(fieldPaths(noVersion.body)).toEqual(['body.version']);
  });
});

describe('the scaling series over time', () => {
  it('lists scores oldest first, per pair or overall, with the latest per respondent and which way it went', async () => {
    const caseId = await newCase();
    const pair = await newStatement(caseId, 1);
    // Recorded out of order on purpose: the list is by the date given, not the order of recording.
    await record(caseId, [
      score({ scoredOn: '2026-11-17', perspective: 'CHILD', respondent: 'Emma', score: 5 }),
      score({ scoredOn: '2026-11-17', perspective: 'PARENT', respondent: 'Mor', score: 4 }),
      score({ scoredOn: '2026-11-17', perspective: 'PARENT', respondent: 'Far', score: 2 }),
    ]);
    await record(caseId, [
      score({ scoredOn: '2026-11-03', perspective: 'CHILD', respondent: 'Emma', score: 3 }),
      score({ scoredOn: '2026-11-03', perspective: 'PARENT', respondent: 'Mor', score: 4 }),
      score({ scoredOn: '2026-11-03', perspective: 'PARENT', respondent: 'Far', score: 6 }),
      score({ scoredOn: '2026-11-03', perspective: 'PROFESSIONAL', respondent: 'Sagsbehandler', score: 2 }),
    ]);
    await record(caseId, [
      score({ statementId: pair, scoredOn: '2026-11-10', perspective: 'CHILD', respondent: 'Emma', score: 7 }),
      score({ statementId: pair, scoredOn: '2026-11-20', perspective: 'CHILD', respondent: 'Emma', score: 6 }),
      score({ statementId: pair, scoredOn: '2026-11-20', perspective: 'NETWORK', respondent: 'Mormor', score: 5 }),
    ]);

    const all = await list(caseId);
    expect(all.items.map((s) => [s.scoredOn, s.respondent, s.score, s.statementId === pair])).toEqual([
      ['2026-11-03', 'Emma', 3, false],
      ['2026-11-03', 'Far', 6, false],
      ['2026-11-03', 'Mor', 4, false],
      ['2026-11-03', 'Sagsbehandler', 2, false],
      ['2026-11-10', 'Emma', 7, true],
      ['2026-11-17', 'Emma', 5, false],
      ['2026-11-17', 'Far', 2, false],
      ['2026-11-17', 'Mor', 4, false],
      ['2026-11-20', 'Emma', 6, true],
      ['2026-11-20', 'Mormor', 5, true],
    ]);
    expect(all.can).toEqual({ record: true });
    expect(all.trends).toHaveLength(6);
    expect(trendOf(all.trends, 'Emma')).toEqual({
      statementId: null,
      perspective: 'CHILD',
      respondent: 'Emma',
      latest: { score: 5, scoredOn: '2026-11-17' },
      previous: { score: 3, scoredOn: '2026-11-03' },
      direction: 'UP',
    });
    expect(trendOf(all.trends, 'Mor')?.direction).toBe('SAME');
    expect(trendOf(all.trends, 'Far')).toMatchObject({ latest: { score: 2 }, previous: { score: 6 }, direction: 'DOWN' });
    expect(trendOf(all.trends, 'Sagsbehandler')).toMatchObject({ previous: null, direction: 'FIRST' });
    expect(trendOf(all.trends, 'Emma', pair)).toMatchObject({ latest: { score: 6 }, previous: { score: 7 }, direction: 'DOWN' });
    expect(trendOf(all.trends, 'Mormor', pair)).toMatchObject({ perspective: 'NETWORK', direction: 'FIRST' });

    const overall = await list(caseId, '?statementId=overall');
    expect(overall.items.every((s) => s.statementId === null)).toBe(true);
    expect(overall.items).toHaveLength(7);
    expect(overall.trends.map((trend) => trend.respondent).sort()).toEqual(['Emma', 'Far', 'Mor', 'Sagsbehandler']);
    const ofPair = await list(caseId, `?statementId=${pair}`);
    expect(ofPair.items.map((s) => s.score)).toEqual([7, 6, 5]);
    expect(ofPair.trends).toHaveLength(2);
    const bad = await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/scale-scores?statementId=nope` });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['querystring.statementId']);
  });

  it('a withdrawn score leaves the list and the trends, stays in the record, and cannot be withdrawn twice', async () => {
    const caseId = await newCase();
    await record(caseId, [score({ scoredOn: '2026-11-01', respondent: 'Mor', score: 2 })]);
    await record(caseId, [score({ scoredOn: '2026-11-08', respondent: 'Mor', score: 3 })]);
    const [mistake] = await record(caseId, [score({ scoredOn: '2026-11-15', respondent: 'Mor', score: 9 })]);
    expect(trendOf((await list(caseId)).trends, 'Mor')).toMatchObject({ latest: { score: 9 }, direction: 'UP' });

    const response = await withdraw(raadgiver, caseId, mistake!.id, { reason: 'Scoren blev skrevet på den forkerte sag.', version: 1 });
    expect(response.statusCode, response.body).toBe(200);
    const withdrawn = ScaleScore.parse(response.json());
    expect(withdrawn).toMatchObject({
      id: mistake!.id,
      score: 9,
      withdrawnAt: now.toISOString(),
      withdrawnReason: 'Scoren blev skrevet på den forkerte sag.',
      version: 2,
    });

    const after = await list(caseId);
    expect(after.items.map((s) => s.score)).toEqual([2, 3]);
    expect(trendOf(after.trends, 'Mor')).toMatchObject({
      latest: { score: 3, scoredOn: '2026-11-08' },
      previous: { score: 2, scoredOn: '2026-11-01' },
      direction: 'UP',
    });
    const withWithdrawn = await list(caseId, '?includeWithdrawn=true');
    expect(withWithdrawn.items.map((s) => [s.score, s.withdrawnReason])).toEqual([
      [2, null],
      [3, null],
      [9, 'Scoren blev skrevet på den forkerte sag.'],
    ]);
    expect(withWithdrawn.trends).toEqual(after.trends);

    const again = await withdraw(raadgiver, caseId, mistake!.id, { reason: 'Igen', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(Problem.parse(again.json()).detail).toBe('Scoren er allerede trukket tilbage.');
  });
});

describe('the links', () => {
  it('keeps the assessment, the network person and the respondent user a score is linked to', async () => {
    const caseId = await newCase();
    const assessmentId = await newAssessment(caseId);
    const networkPersonId = await newNetworkPerson(caseId);
    const pair = await newStatement(caseId);
    const items = await record(caseId, [
      score({ statementId: pair, perspective: 'NETWORK', respondent: 'Mormor', networkPersonId, assessmentId, score: 6 }),
      score({ perspective: 'PROFESSIONAL', respondent: 'Rådgiver', respondentUserId: ids.raadgiver, reason: '', oneStepUp: null }),
    ]);
    expect(items[0]).toMatchObject({ statementId: pair, networkPersonId, assessmentId, respondentUserId: null, score: 6 });
    expect(items[1]).toMatchObject({
      statementId: null,
      respondentUserId: ids.raadgiver,
      reason: null,
      oneStepUp: null,
      safetyPlanReviewId: null,
      meetingId: null,
      createdBy: { id: ids.raadgiver },
      createdUnit: { id: ids.myndighed, name: 'Myndighedscentret' },
      version: 1,
    });
    const stored = await t.prisma.scaleScore.findUniqueOrThrow({ where: { id: items[0]!.id } });
    expect(stored).toMatchObject({ networkPersonId, assessmentId, statementId: pair });
  });

  it('recordScaleScores joins the caller\'s transaction, carries its links and names fields by the caller\'s path', async () => {
    const caseId = await newCase();
    const actor = await t.prisma.user.findUniqueOrThrow({ where: { id: ids.raadgiver }, include: { unit: true, municipality: true } });
    const ctx: RequestContext = {
      actor: {
        userId: actor.id,
        name: actor.name,
        email: actor.email,
        role: actor.role,
        unitId: actor.unitId,
        unitKind: actor.unit?.kind ?? null,
        unitName: actor.unit?.name ?? null,
        municipalityId: actor.municipalityId,
        municipalityName: actor.municipality.name,
      },
      requestId: randomUUID(),
      clientIp: '127.0.0.1',
      now,
    };
    const { id: meetingId } = await t.prisma.meeting.create({
      data: { caseId, type: 'NETWORK_MEETING', purpose: 'Netværksmøde', startsAt: now, place: 'Rådhuset', initiator: 'Rådgiveren', createdById: actor.id },
      select: { id: true },
    });
    const input = ScaleScoreInput.parse(score());
    const items = await t.prisma.$transaction((tx) => recordScaleScores(tx, ctx, caseId, [input, input], { meetingId }));
    expect(items.map((s) => s.meetingId)).toEqual([meetingId, meetingId]);
    expect(await t.prisma.caseEvent.count({ where: { caseId, kind: 'scale.recorded' } })).toBe(1);

    // A failure later in the caller's transaction takes the scores with it.
    await expect(
      t.prisma.$transaction(async (tx) => {
        await recordScaleScores(tx, ctx, caseId, [input]);
        throw new Error('the review failed');
      }),
    ).rejects.toThrow('the review failed');
    expect(await t.prisma.scaleScore.count({ where: { caseId } })).toBe(2);

    const refused = t.prisma.$transaction((tx) =>
      recordScaleScores(tx, ctx, caseId, [ScaleScoreInput.parse(score({ statementId: randomUUID() }))], { errorPath: 'body.review.scores' }),
    );
    await expect(refused).rejects.toBeInstanceOf(DomainValidationError);
    await expect(refused).rejects.toMatchObject({ errors: [{ path: 'body.review.scores.0.statementId' }] });
  });
});

describe('concurrent withdrawals', () => {
  it('answers 409 to a withdrawal based on a stale version, and a score of another case is not found', async () => {
    const caseId = await newCase();
    const [recorded] = await record(caseId, [score()]);
    const stale = await withdraw(raadgiver, caseId, recorded!.id, { reason: 'Fejl', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(Problem.parse(stale.json()).detail).toMatch(/ændret, siden du hentede den/);
    expect((await t.prisma.scaleScore.findUniqueOrThrow({ where: { id: recorded!.id } })).withdrawnAt).toBeNull();

    // Two withdrawals of the same version at once: one is taken, the other refused, one reason kept.
    const both = await Promise.all(
      ['Skrevet forkert', 'Dobbelt registreret'].map((reason) => withdraw(raadgiver, caseId, recorded!.id, { reason, version: 1 })),
    );
    expect(both.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const kept = await t.prisma.scaleScore.findUniqueOrThrow({ where: { id: recorded!.id } });
    expect(kept.withdrawnReason).toBe(both[0]!.statusCode === 200 ? 'Skrevet forkert' : 'Dobbelt registreret');
    expect(kept.version).toBe(2);

    const otherCase = await newCase();
    expect((await withdraw(raadgiver, otherCase, recorded!.id, { reason: 'Fejl', version: 1 })).statusCode).toBe(404);
    expect((await withdraw(raadgiver, caseId, randomUUID(), { reason: 'Fejl', version: 1 })).statusCode).toBe(404);
  });
});

describe('access, audit and timeline', () => {
  it('someone off the case gets 404 on every route; a read-only member reads but may not record or withdraw', async () => {
    const caseId = await newCase({ readOnly: true });
    const [recorded] = await record(caseId, [score()]);
    expect((await camilla.inject({ method: 'GET', url: `/api/cases/${caseId}/scale-scores` })).statusCode).toBe(404);
    expect((await post(camilla, caseId, [score()])).statusCode).toBe(404);
    expect((await withdraw(camilla, caseId, recorded!.id, { reason: 'Fejl', version: 1 })).statusCode).toBe(404);

    const readerView = await list(caseId, '', ali);
    expect(readerView.can).toEqual({ record: false });
    expect(readerView.items).toHaveLength(1);
    expect((await post(ali, caseId, [score()])).statusCode).toBe(404);
    expect((await withdraw(ali, caseId, recorded!.id, { reason: 'Fejl', version: 1 })).statusCode).toBe(404);
    expect(await t.prisma.scaleScore.count({ where: { caseId } })).toBe(1);
  });

  it('audits every read and write, and shows recording and withdrawal on the timeline', async () => {
    const caseId = await newCase();
    const before = await t.prisma.auditEvent.count({ where: { caseId } });
    const items = await record(caseId, [score({ respondent: 'Mor', score: 4 }), score({ respondent: 'Far', score: 7 })]);
    await list(caseId);
    const response = await withdraw(raadgiver, caseId, items[1]!.id, { reason: 'Far var ikke til stede.', version: 1 });
    expect(response.statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const audit = await t.prisma.auditEvent.findMany({ where: { caseId }, orderBy: { seq: 'asc' }, skip: before });
    expect(audit.map((e) => [e.action, e.entityType, e.entityId])).toEqual([
      ['CREATE', 'ScaleScore', items[0]!.id],
      ['CREATE', 'ScaleScore', items[1]!.id],
      ['READ', 'ScaleScore', null],
      ['UPDATE', 'ScaleScore', items[1]!.id],
    ]);
    expect(audit.every((e) => e.userId === ids.raadgiver)).toBe(true);
    expect(audit[3]!.reason).toBe('Far var ikke til stede.');
    expect(audit[0]!.details).toMatchObject({ changes: expect.arrayContaining([{ field: 'score', from: null, to: 4 }]) });

    // The test clock gives both events the same time: the sequence orders them.
    const events = await t.prisma.caseEvent.findMany({ where: { caseId }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => [e.kind, e.data])).toEqual([
      ['scale.recorded', { count: 2 }],
      ['scale.withdrawn', { respondent: 'Far', score: 7 }],
    ]);
    expect(events.every((e) => e.actorId === ids.raadgiver)).toBe(true);
  });
});
