import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem, SafetyPlanDetail, SafetyPlanList, type SaveSafetyPlanRequest } from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createCaseInAssessment, demoIds, insertConcernPair, type DemoIds } from '../../testing/demo-case';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
const now = new Date('2026-11-24T09:00:00Z');
const today = '2026-11-24';
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

// --- setup ------------------------------------------------------------------------------------

let counter = 0;
/** A case held by Myndighed with raadgiver@ responsible, one concern pair and four network persons. */
async function newCase() {
  counter += 1;
  const caseId = await createCaseInAssessment(t.prisma, ids, { prefix: 'SIK', number: counter, now });
  const pairId = await insertConcernPair(t.prisma, ids, caseId, { behaviour: 'Mor drikker om aftenen, når Emma er alene med hende' });
  const person = (name: string, extra: Record<string, unknown> = {}) =>
    t.prisma.networkPerson.create({
      data: { caseId, name, relation: 'familie', sector: 'FAMILY', createdById: ids.raadgiver, phone: '12345678', email: 'hemmelig@example.dk', address: 'Hemmeligvej 1', ...extra },
    });
  const consent = (personId: string, withdrawnOn: Date | null = null) =>
    t.prisma.networkConsent.create({
      data: { personId, givenBy: 'Mor', scope: 'Kontakt og sikkerhedsnetværk', givenOn: new Date('2026-11-01T00:00:00Z'), withdrawnOn, withdrawnReason: withdrawnOn ? 'Mor trak det tilbage' : null, recordedById: ids.raadgiver },
    });
  const mormor = await person('Grethe Mormor');
  await consent(mormor.id);
  const nabo = await person('Jens Nabo');
  await consent(nabo.id);
  const far = await person('Karsten Far', { doNotContact: true, doNotContactReason: 'Voldsdømt, polititilhold' });
  await consent(far.id);
  const moster = await person('Lise Moster');
  const faster = await person('Bente Faster');
  await consent(faster.id, new Date('2026-11-10T00:00:00Z'));
  return { caseId, pairId, mormor: mormor.id, nabo: nabo.id, far: far.id, moster: moster.id, faster: faster.id };
}
type Setup = Awaited<ReturnType<typeof newCase>>;

const plansUrl = (caseId: string) => `/api/cases/${caseId}/safety-plans`;
const planUrl = (caseId: string, planId: string) => `${plansUrl(caseId)}/${planId}`;

/** A plan that may be put in force: one pair, two rules, the safety network, a check and a review. */
const fullPlan = (s: Setup, extra: Partial<SaveSafetyPlanRequest> = {}): Omit<SaveSafetyPlanRequest, 'version'> => ({
  immediate: false,
  startsOn: today,
  statementIds: [s.pairId],
  rules: [
    { text: 'Mor drikker ikke, når hun er alene med Emma', responsiblePersonIds: [s.mormor], monitoredBy: 'Mormor ringer hver aften kl. 19', warningSigns: 'Mor tager ikke telefonen', ifBroken: 'Mormor henter Emma' },
    { text: 'Emma sover hos mormor fredag', responsiblePersonIds: [s.mormor, s.nabo], monitoredBy: 'Naboen', ifBroken: 'Naboen ringer til mormor' },
  ],
  network: [{ personId: s.mormor, role: 'Ringer hver aften' }, { personId: s.nabo, role: null }],
  checks: [{ who: 'Rådgiveren', userId: ids.raadgiver, what: 'Uanmeldt hjemmebesøg', schedule: 'hver 14. dag' }],
  childExplanation: 'Mor har lovet, at hun ikke drikker, når hun passer dig.',
  closureCriteria: 'Tre måneder uden brud på reglerne',
  reviewDates: ['2026-12-15'],
  ...extra,
});

async function createPlan(session: TestSession, caseId: string, body: Record<string, unknown> = {}) {
  const response = await session.inject({ method: 'POST', url: plansUrl(caseId), payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return SafetyPlanDetail.parse(response.json());
}

const save = (session: TestSession, caseId: string, planId: string, body: Record<string, unknown>) =>
  session.inject({ method: 'PUT', url: planUrl(caseId, planId), payload: body });

async function saveOk(session: TestSession, caseId: string, planId: string, body: Record<string, unknown>) {
  const response = await save(session, caseId, planId, body);
  expect(response.statusCode, response.body).toBe(200);
  return SafetyPlanDetail.parse(response.json());
}

const post = (session: TestSession, url: string, payload: Record<string, unknown>) => session.inject({ method: 'POST', url, payload });

async function getPlan(session: TestSession, caseId: string, planId: string) {
  const response = await session.inject({ method: 'GET', url: planUrl(caseId, planId) });
  expect(response.statusCode, response.body).toBe(200);
  return SafetyPlanDetail.parse(response.json());
}

/** A plan of the case put in force. */
async function activePlan(s: Setup, extra: Partial<SaveSafetyPlanRequest> = {}) {
  const draft = await createPlan(raadgiver, s.caseId, fullPlan(s, extra));
  const response = await post(raadgiver, `${planUrl(s.caseId, draft.id)}/activate`, { version: draft.version });
  expect(response.statusCode, response.body).toBe(200);
  return SafetyPlanDetail.parse(response.json());
}

const problemOf = (body: string) => Problem.parse(JSON.parse(body));
const errorsAt = (body: string) => Object.fromEntries((problemOf(body).errors ?? []).map((e) => [e.path, e.message]));

// --- tests ------------------------------------------------------------------------------------

describe('the plan as a document', () => {
  it('creates a draft, saves every part as the next version, keeps rule ids and never shows contact details', async () => {
    const s = await newCase();
    const draft = await createPlan(raadgiver, s.caseId);
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, rules: [], network: [], can: { edit: true, close: false, recordScores: false } });
    expect(draft.candidates.map((c) => [c.name, c.contact.allowed])).toEqual([
      ['Bente Faster', false],
      ['Grethe Mormor', true],
      ['Jens Nabo', true],
      ['Karsten Far', false],
      ['Lise Moster', false],
    ]);

    const saved = await saveOk(raadgiver, s.caseId, draft.id, { ...fullPlan(s), version: 1 });
    expect(saved).toMatchObject({
      version: 2,
      startsOn: today,
      nextReviewOn: '2026-12-15',
      ruleCount: 2,
      networkCount: 2,
      statements: [expect.objectContaining({ id: s.pairId, number: 1, goalDuration: 'i 3 måneder' })],
      network: [
        expect.objectContaining({ name: 'Grethe Mormor', role: 'Ringer hver aften' }),
        expect.objectContaining({ name: 'Jens Nabo', role: null }),
      ],
      checks: [expect.objectContaining({ who: 'Rådgiveren', userId: ids.raadgiver, schedule: 'hver 14. dag', position: 0 })],
      reviews: [expect.objectContaining({ dueOn: '2026-12-15', heldOn: null, overdue: false, scores: [] })],
      closureCriteria: 'Tre måneder uden brud på reglerne',
    });
    expect(saved.rules.map((r) => [r.position, r.text, r.responsible.map((p) => p.name)])).toEqual([
      [0, 'Mor drikker ikke, når hun er alene med Emma', ['Grethe Mormor']],
      [1, 'Emma sover hos mormor fredag', ['Grethe Mormor', 'Jens Nabo']],
    ]);
    expect(saved.child).toEqual({ firstName: 'Emma', lastName: expect.stringMatching(/^SIK\d+$/), age: 10 });
    for (const secret of ['12345678', 'hemmelig@example.dk', 'Hemmeligvej', '0106165']) expect(JSON.stringify(saved)).not.toContain(secret);

    // The rules change order and one goes; the kept ones keep their ids. A new review date replaces the old.
    const [first, second] = saved.rules;
    const reordered = await saveOk(raadgiver, s.caseId, draft.id, {
      ...fullPlan(s),
      rules: [{ ...fullPlan(s).rules![1], id: second!.id }, { text: 'Ny regel', monitoredBy: 'Mormor', ifBroken: 'Ring til rådgiveren' }],
      reviewDates: ['2026-12-20'],
      version: 2,
    });
    expect(reordered.rules.map((r) => [r.id === second!.id, r.text])).toEqual([
      [true, 'Emma sover hos mormor fredag'],
      [false, 'Ny regel'],
    ]);
    expect(reordered.rules.some((r) => r.id === first!.id)).toBe(false);
    expect(reordered.reviews.map((r) => r.dueOn)).toEqual(['2026-12-20']);
  });

  it('names each invalid field (400) in Danish: texts, pairs of another case, persons not in the network, documents that are not images, users elsewhere', async () => {
    const s = await newCase();
    const other = await newCase();
    const draft = await createPlan(raadgiver, s.caseId);
    const bad = await save(raadgiver, s.caseId, draft.id, { rules: [{ text: '', monitoredBy: 'Mormor', ifBroken: '' }], version: 1 });
    expect(bad.statusCode).toBe(400);
    expect(errorsAt(bad.body)).toEqual({
      'body.rules.0.text': 'Skriv reglen med familiens egne ord',
      'body.rules.0.ifBroken': 'Skriv hvad der skal ske, hvis reglen brydes',
    });

    const pdf = await t.prisma.caseDocument.create({
      data: { caseId: s.caseId, title: 'Notat', fileName: 'notat.pdf', contentType: 'application/pdf', sizeBytes: 4, sha256: 'a'.repeat(64), content: Buffer.from('%PDF'), uploadedById: ids.raadgiver },
    });
    const elsewhere = await t.prisma.municipality.create({ data: { code: '0998', name: 'Andenby' } });
    const foreignUser = await t.prisma.user.create({
      data: { municipalityId: elsewhere.id, email: 'raadgiver@andenby.dk', name: 'Anne Anden', role: 'CASEWORKER' },
    });
    const wrong = await save(raadgiver, s.caseId, draft.id, {
      statementIds: [other.pairId],
      network: [{ personId: other.mormor }],
      images: [{ documentId: pdf.id, caption: null }],
      checks: [{ who: 'X', userId: foreignUser.id, what: 'Besøg', schedule: 'ugentligt' }],
      version: 1,
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorsAt(wrong.body)).toEqual({
      'body.statementIds.0': 'Udsagnet findes ikke på sagen',
      'body.network.0.personId': 'Personen findes ikke i sagens netværk',
      'body.images.0.documentId': 'Dokumentet er ikke et billede',
      'body.checks.0.userId': 'Brugeren findes ikke i kommunen',
    });
    expect((await getPlan(raadgiver, s.caseId, draft.id)).version).toBe(1);

    const png = await t.prisma.caseDocument.create({
      data: { caseId: s.caseId, title: 'Tegning', fileName: 'tegning.png', contentType: 'image/png', sizeBytes: 4, sha256: 'b'.repeat(64), content: Buffer.from('PNG!'), uploadedById: ids.raadgiver },
    });
    const withImage = await saveOk(raadgiver, s.caseId, draft.id, { images: [{ documentId: png.id, caption: 'Emma og mormor' }], version: 1 });
    expect(withImage.images).toEqual([{ documentId: png.id, caption: 'Emma og mormor', fileName: 'tegning.png' }]);
  });
});

describe("the network map's contact rules", () => {
  it('refuses a person with do-not-contact, without consent or with withdrawn consent (400 with the reason); a consented person is fine', async () => {
    const s = await newCase();
    const draft = await createPlan(raadgiver, s.caseId);
    const refused = await save(raadgiver, s.caseId, draft.id, {
      network: [{ personId: s.mormor }, { personId: s.far }],
      rules: [{ text: 'Regel', responsiblePersonIds: [s.moster, s.faster], monitoredBy: 'Mormor', ifBroken: 'Ring' }],
      version: 1,
    });
    expect(refused.statusCode).toBe(400);
    expect(errorsAt(refused.body)).toEqual({
      'body.network.1.personId': 'Personen må ikke kontaktes: Voldsdømt, polititilhold.',
      'body.rules.0.responsiblePersonIds.0': 'Der er ikke registreret samtykke til at kontakte personen.',
      'body.rules.0.responsiblePersonIds.1': 'Samtykket til at kontakte personen blev tilbagekaldt 10.11.2026.',
    });
    const created = await post(raadgiver, plansUrl((await newCase()).caseId), { network: [{ personId: s.mormor }] });
    expect(created.statusCode, 'a person of another case').toBe(400);

    const ok = await saveOk(raadgiver, s.caseId, draft.id, {
      network: [{ personId: s.mormor }],
      rules: [{ text: 'Regel', responsiblePersonIds: [s.mormor], monitoredBy: 'Mormor', ifBroken: 'Ring' }],
      version: 1,
    });
    expect(ok.network.map((p) => p.name)).toEqual(['Grethe Mormor']);
    expect(ok.candidates.find((c) => c.id === s.far)?.contact.blocks.map((b) => b.reason)).toEqual(['DO_NOT_CONTACT']);
  });
});

describe('activation', () => {
  it('lists what a draft lacks (400); puts a complete plan in force', async () => {
    const s = await newCase();
    const draft = await createPlan(raadgiver, s.caseId);
    const lacking = await post(raadgiver, `${planUrl(s.caseId, draft.id)}/activate`, { version: 1 });
    expect(lacking.statusCode).toBe(400);
    expect(Object.keys(errorsAt(lacking.body)).sort()).toEqual(['network', 'reviewDates', 'rules', 'startsOn', 'statementIds']);
    expect((await getPlan(raadgiver, s.caseId, draft.id)).status).toBe('DRAFT');

    const complete = await saveOk(raadgiver, s.caseId, draft.id, { ...fullPlan(s), version: 1 });
    const stale = await post(raadgiver, `${planUrl(s.caseId, draft.id)}/activate`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    const active = await post(raadgiver, `${planUrl(s.caseId, draft.id)}/activate`, { version: complete.version });
    expect(active.statusCode, active.body).toBe(200);
    expect(SafetyPlanDetail.parse(active.json())).toMatchObject({ status: 'ACTIVE', version: 3, can: { edit: true, close: true, recordScores: true } });
    const again = await post(raadgiver, `${planUrl(s.caseId, draft.id)}/activate`, { version: 3 });
    expect(again.statusCode).toBe(422);
  });

  it("an immediate plan's first review must fall within 7 days of its start", async () => {
    const s = await newCase();
    const draft = await createPlan(raadgiver, s.caseId);
    const late = await save(raadgiver, s.caseId, draft.id, { ...fullPlan(s, { immediate: true, reviewDates: ['2026-12-02', '2026-12-20'] }), version: 1 });
    expect(late.statusCode).toBe(400);
    expect(errorsAt(late.body)).toEqual({
      'body.reviewDates': 'En umiddelbar sikkerhedsplan skal have sin første opfølgning senest 7 dage efter start (senest 1.12.2026).',
    });
    const none = await save(raadgiver, s.caseId, draft.id, { ...fullPlan(s, { immediate: true, reviewDates: [] }), version: 1 });
    expect(Object.keys(errorsAt(none.body))).toEqual(['body.reviewDates']);
    const before = await save(raadgiver, s.caseId, draft.id, { ...fullPlan(s, { reviewDates: ['2026-11-20'] }), version: 1 });
    expect(errorsAt(before.body)).toEqual({ 'body.reviewDates.0': 'En opfølgning kan ikke ligge før planens start' });

    const inTime = await saveOk(raadgiver, s.caseId, draft.id, { ...fullPlan(s, { immediate: true, reviewDates: ['2026-12-01', '2026-12-20'] }), version: 1 });
    expect(inTime.nextReviewOn).toBe('2026-12-01');
    const active = await post(raadgiver, `${planUrl(s.caseId, draft.id)}/activate`, { version: inTime.version });
    expect(active.statusCode, active.body).toBe(200);
  });
});

describe('reviews with scaling', () => {
  it('holds a due review of a plan in force with scale scores linked to it; held reviews survive later saves', async () => {
    const s = await newCase();
    const draft = await createPlan(raadgiver, s.caseId, fullPlan(s, { reviewDates: ['2026-12-15', '2027-01-15'] }));
    const reviewId = draft.reviews[0]!.id;
    const holdUrl = `${planUrl(s.caseId, draft.id)}/reviews/${reviewId}/hold`;
    const scores = [
      { statementId: s.pairId, scoredOn: today, perspective: 'PARENT', respondent: 'Mor', score: 6, question: 'Hvor sikkert er det nu?', networkPersonId: null },
      { scoredOn: today, perspective: 'NETWORK', respondent: 'Mormor', networkPersonId: s.mormor, score: 4, question: 'Hvor sikkert er det nu?', reason: 'Det går bedre' },
    ];
    expect((await post(raadgiver, holdUrl, { heldOn: today, scores, version: 1 })).statusCode, 'a draft has no reviews to hold').toBe(422);

    const activated = await post(raadgiver, `${planUrl(s.caseId, draft.id)}/activate`, { version: 1 });
    expect(activated.statusCode, activated.body).toBe(200);
    const badScore = await post(raadgiver, holdUrl, { heldOn: today, scores: [{ ...scores[0], score: 11 }], version: 2 });
    expect(badScore.statusCode).toBe(400);
    expect(Object.keys(errorsAt(badScore.body))).toEqual(['body.scores.0.score']);
    expect((await post(raadgiver, holdUrl, { heldOn: '2026-11-25', scores, version: 2 })).statusCode, 'a date in the future').toBe(400);

    const held = await post(raadgiver, holdUrl, { heldOn: today, notes: 'Mormor ringer hver aften.', scores, version: 2 });
    expect(held.statusCode, held.body).toBe(200);
    const detail = SafetyPlanDetail.parse(held.json());
    expect(detail.version).toBe(3);
    const review = detail.reviews.find((r) => r.id === reviewId)!;
    expect(review).toMatchObject({ heldOn: today, notes: 'Mormor ringer hver aften.', heldBy: { id: ids.raadgiver }, overdue: false });
    expect(review.scores.map((x) => [x.respondent, x.score, x.safetyPlanReviewId, x.statementId])).toEqual([
      ['Mor', 6, reviewId, s.pairId],
      ['Mormor', 4, reviewId, null],
    ]);
    expect(detail.nextReviewOn).toBe('2027-01-15');
    expect(await t.prisma.scaleScore.count({ where: { caseId: s.caseId, safetyPlanReviewId: reviewId } })).toBe(2);
    expect((await post(raadgiver, holdUrl, { heldOn: today, scores: [], version: 3 })).statusCode, 'held once').toBe(422);

    // A save that leaves out every date keeps the held review and drops the unheld one.
    const resaved = await saveOk(raadgiver, s.caseId, draft.id, { ...fullPlan(s, { reviewDates: ['2027-02-01'] }), version: 3 });
    expect(resaved.reviews.map((r) => [r.dueOn, r.heldOn, r.scores.length])).toEqual([
      ['2026-12-15', today, 2],
      ['2027-02-01', null, 0],
    ]);
  });

  it('flags an unheld review of a plan in force as overdue after its date (Copenhagen)', async () => {
    const s = await newCase();
    const plan = await activePlan(s);
    await t.prisma.safetyPlanReview.create({ data: { planId: plan.id, dueOn: new Date('2026-11-23T00:00:00Z') } });
    const detail = await getPlan(raadgiver, s.caseId, plan.id);
    expect(detail.reviews.map((r) => [r.dueOn, r.overdue])).toEqual([
      ['2026-11-23', true],
      ['2026-12-15', false],
    ]);
    expect(detail.nextReviewOn).toBe('2026-11-23');
  });
});

describe('closure and one open plan per case', () => {
  it('only Myndighed closes, only a plan in force; a closed plan cannot change and a new plan may then start', async () => {
    const s = await newCase();
    await t.prisma.caseTeamMember.create({ data: { caseId: s.caseId, userId: ids.ali, role: 'EXECUTOR', addedAt: now } });
    const draft = await createPlan(raadgiver, s.caseId, fullPlan(s));
    const second = await post(raadgiver, plansUrl(s.caseId), {});
    expect(second.statusCode).toBe(422);
    expect(problemOf(second.body).detail).toBe(
      'Sagen har allerede et udkast til en sikkerhedsplan. Arbejd videre på det, eller afslut den gældende plan først.',
    );
    const closeUrl = `${planUrl(s.caseId, draft.id)}/close`;
    const closing = { closedOn: today, criteriaMet: true, closureDecision: 'Reglerne er holdt i tre måneder.', version: 1 };
    expect((await post(raadgiver, closeUrl, closing)).statusCode, 'a draft').toBe(422);

    const activated = await post(raadgiver, `${planUrl(s.caseId, draft.id)}/activate`, { version: 1 });
    expect(activated.statusCode).toBe(200);
    const executorView = await getPlan(ali, s.caseId, draft.id);
    expect(executorView.can).toEqual({ edit: true, close: false, recordScores: true });
    expect((await post(ali, closeUrl, { ...closing, version: 2 })).statusCode, 'the executor has no authority').toBe(404);
    expect((await post(raadgiver, plansUrl(s.caseId), {})).statusCode, 'one plan in force').toBe(422);
    expect((await post(raadgiver, closeUrl, { ...closing, closedOn: '2026-11-30', version: 2 })).statusCode, 'future').toBe(400);

    const closed = await post(raadgiver, closeUrl, { ...closing, version: 2 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(SafetyPlanDetail.parse(closed.json())).toMatchObject({
      status: 'CLOSED',
      closedOn: today,
      closureDecision: 'Reglerne er holdt i tre måneder.',
      closureCriteriaMet: true,
      closedBy: { id: ids.raadgiver },
      can: { edit: false, close: false, recordScores: false },
    });
    expect((await save(raadgiver, s.caseId, draft.id, { ...fullPlan(s), version: 3 })).statusCode).toBe(422);
    expect((await post(raadgiver, closeUrl, { ...closing, version: 3 })).statusCode).toBe(422);

    await createPlan(raadgiver, s.caseId);
    const list = SafetyPlanList.parse((await raadgiver.inject({ method: 'GET', url: plansUrl(s.caseId) })).json());
    expect(list.items.map((p) => p.status)).toEqual(['DRAFT', 'CLOSED']);
    expect(list.can.create).toBe(true);
  });

  it('two concurrent creates make one plan', async () => {
    const s = await newCase();
    const answers = await Promise.all([post(raadgiver, plansUrl(s.caseId), {}), post(raadgiver, plansUrl(s.caseId), {})]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 422]);
    expect(await t.prisma.safetyPlan.count({ where: { caseId: s.caseId } })).toBe(1);
  });
});

describe('concurrent edits', () => {
  it('a stale save answers 409 in Danish with the plan as it is now; nothing is lost silently', async () => {
    const s = await newCase();
    const draft = await createPlan(raadgiver, s.caseId);
    await t.prisma.caseTeamMember.create({ data: { caseId: s.caseId, userId: ids.ali, role: 'EXECUTOR', addedAt: now } });
    const [first, secondWriter] = await Promise.all([
      save(raadgiver, s.caseId, draft.id, { ...fullPlan(s), childExplanation: 'Rådgiverens tekst', version: 1 }),
      save(ali, s.caseId, draft.id, { ...fullPlan(s), childExplanation: 'Alis tekst', version: 1 }),
    ]);
    const answers = [first, secondWriter];
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.statusCode === 200)!;
    const loser = answers.find((a) => a.statusCode === 409)!;
    const problem = problemOf(loser.body) as Problem & { current?: unknown };
    expect(problem.detail).toBe('Sikkerhedsplanen er ændret af en anden, siden du hentede den. Hent den nye udgave, og indfør dine ændringer igen.');
    const current = SafetyPlanDetail.parse((JSON.parse(loser.body) as { current: unknown }).current);
    expect(current.version).toBe(2);
    expect(current.childExplanation).toBe(SafetyPlanDetail.parse(winner.json()).childExplanation);
    expect((await getPlan(raadgiver, s.caseId, draft.id)).childExplanation).toBe(current.childExplanation);
  });
});

describe('access, audit and timeline', () => {
  it('someone off the case gets 404 on every route; reads and writes are audited; the timeline gets every step', async () => {
    const s = await newCase();
    const plan = await createPlan(raadgiver, s.caseId, fullPlan(s));
    const reviewId = plan.reviews[0]!.id;
    const base = planUrl(s.caseId, plan.id);
    for (const url of [plansUrl(s.caseId), base]) expect((await camilla.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    for (const [url, payload] of [
      [plansUrl(s.caseId), {}],
      [`${base}/activate`, { version: 1 }],
      [`${base}/reviews/${reviewId}/hold`, { heldOn: today, version: 1 }],
      [`${base}/close`, { closedOn: today, criteriaMet: true, closureDecision: 'X', version: 1 }],
    ] as const) {
      expect((await post(camilla, url, payload)).statusCode, url).toBe(404);
    }
    expect((await save(camilla, s.caseId, plan.id, { version: 1 })).statusCode).toBe(404);
    const otherCase = await newCase();
    expect((await raadgiver.inject({ method: 'GET', url: planUrl(otherCase.caseId, plan.id) })).statusCode).toBe(404);

    const before = await t.prisma.auditEvent.count({ where: { caseId: s.caseId } });
    const eventsBefore = await t.prisma.caseEvent.count({ where: { caseId: s.caseId } });
    await raadgiver.inject({ method: 'GET', url: plansUrl(s.caseId) });
    await getPlan(raadgiver, s.caseId, plan.id);
    await saveOk(raadgiver, s.caseId, plan.id, { ...fullPlan(s), version: 1 });
    expect((await post(raadgiver, `${base}/activate`, { version: 2 })).statusCode).toBe(200);
    expect((await post(raadgiver, `${base}/reviews/${reviewId}/hold`, { heldOn: today, scores: [{ scoredOn: today, perspective: 'CHILD', respondent: 'Emma', score: 7, question: 'Hvor tryg er du?' }], version: 3 })).statusCode).toBe(200);
    expect((await post(raadgiver, `${base}/close`, { closedOn: today, criteriaMet: false, closureDecision: 'Sagen overgår til anden indsats.', version: 4 })).statusCode).toBe(200);
    const closed = await t.prisma.safetyPlan.findUniqueOrThrow({ where: { id: plan.id } });
    expect([closed.closureCriteriaMet, closed.closureDecision]).toEqual([false, 'Sagen overgår til anden indsats.']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const audit = await t.prisma.auditEvent.findMany({ where: { caseId: s.caseId }, orderBy: { seq: 'asc' }, skip: before });
    expect(audit.map((e) => `${e.action} ${e.entityType}`)).toEqual([
      'READ SafetyPlan',
      'READ SafetyPlan',
      'UPDATE SafetyPlan',
      'UPDATE SafetyPlan',
      'CREATE ScaleScore',
      'UPDATE SafetyPlanReview',
      'UPDATE SafetyPlan',
    ]);
    expect(audit.every((e) => e.userId === ids.raadgiver)).toBe(true);
    const closeAudit = audit.at(-1)!.details as { criteriaMet: boolean };
    expect(closeAudit.criteriaMet).toBe(false);

    const events = await t.prisma.caseEvent.findMany({ where: { caseId: s.caseId }, orderBy: { seq: 'asc' } });
    expect(events.slice(0, 1).map((e) => [e.kind, e.data])).toEqual([['safetyPlan.created', {}]]);
    expect(events.slice(eventsBefore).map((e) => [e.kind, e.data])).toEqual([
      ['safetyPlan.saved', { version: 2 }],
      ['safetyPlan.activated', { startsOn: today }],
      ['scale.recorded', { count: 1 }],
      ['safetyPlan.reviewed', { heldOn: today }],
      ['safetyPlan.closed', { closedOn: today }],
    ]);
  });
});
