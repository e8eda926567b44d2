import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AlertListResponse,
  AlertSummary,
  IncomingReferral,
  IncomingReferralList,
  MunicipalitySettings,
  Problem,
  Referral,
  ReferralList,
  ReferralOptions,
} from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

const now = new Date('2026-11-24T10:00:00Z');
const TODAY = '2026-11-24';

let t: TestApp;
let raadgiver: TestSession;
let lederMyndighed: TestSession;
let lederFC: TestSession;
let ali: TestSession;
let lederUC: TestSession;
let camilla: TestSession;
let admin: TestSession;
const ids = {} as {
  municipality: string;
  myndighed: string;
  familiecenter: string;
  ungecenter: string;
  raadgiver: string;
  ali: string;
  camilla: string;
  lederFC: string;
  lederUC: string;
};

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  const login = (email: string) => loginAs(t.app, `${email}@demo.inddrag.dk`);
  raadgiver = await login('raadgiver');
  lederMyndighed = await login('leder');
  lederFC = await login('leder.familiecenter');
  ali = await login('familiecenter');
  lederUC = await login('leder.ungecenter');
  camilla = await login('ungecenter');
  admin = await login('admin');
  const municipality = await t.prisma.municipality.findUniqueOrThrow({
    where: { code: '0999' },
    include: { units: true },
  });
  const unit = (name: string) => municipality.units.find((u) => u.name === name)?.id as string;
  const user = async (email: string) => (await t.prisma.user.findUniqueOrThrow({ where: { email } })).id;
  Object.assign(ids, {
    municipality: municipality.id,
    myndighed: unit('Myndighedscentret'),
    familiecenter: unit('FamilieCentret'),
    ungecenter: unit('UngeCentret'),
    raadgiver: await user('raadgiver@demo.inddrag.dk'),
    ali: await user('familiecenter@demo.inddrag.dk'),
    camilla: await user('ungecenter@demo.inddrag.dk'),
    lederFC: await user('leder.familiecenter@demo.inddrag.dk'),
    lederUC: await user('leder.ungecenter@demo.inddrag.dk'),
  });
});
afterAll(async () => t?.close());

// --- helpers --------------------------------------------------------------------------------

let counter = 0;
/** A case held by Myndighedscentret with raadgiver@ as the responsible caseworker. */
async function newCase(opts: {
  dateOfBirth: string;
  honour?: boolean;
  awareOn?: string;
  assessmentStartedOn?: string;
  nextDeadlineOn?: string;
}) {
  counter += 1;
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const [y, m, d] = opts.dateOfBirth.split('-') as [string, string, string];
  const kase = await t.prisma.case.create({
    data: {
      municipalityId: ids.municipality,
      caseNumber: `REF-${String(counter).padStart(4, '0')}`,
      childFirstName: 'Viggo',
      childLastName: `Visitationsen${counter}`,
      childCpr: `${d}${m}${y.slice(2)}4${String(100 + counter).slice(-3)}`,
      childDateOfBirth: date(opts.dateOfBirth),
      phase: 'BOERNEFAGLIG_UNDERSOEGELSE',
      awareOn: date(opts.awareOn ?? '2026-10-01'),
      responsibleUnitId: ids.myndighed,
      responsibleCaseworkerId: ids.raadgiver,
      honourConflictSuspected: opts.honour ?? false,
      ...(opts.assessmentStartedOn ? { assessmentStartedOn: date(opts.assessmentStartedOn) } : {}),
      ...(opts.nextDeadlineOn
        ? { nextDeadlineOn: date(opts.nextDeadlineOn), nextDeadlineKind: 'ASSESSMENT' as const }
        : {}),
    },
  });
  await t.prisma.caseTeamMember.create({
    data: { caseId: kase.id, userId: ids.raadgiver, role: 'RESPONSIBLE', addedAt: now },
  });
  return kase;
}

async function recordDecision(caseId: string): Promise<string> {
  const response = await raadgiver.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/decisions`,
    payload: {
      legalBasis: 'Barnets lov § 32, stk. 1, nr. 3',
      measure: 'Familiebehandling',
      purpose: 'At styrke forældrenes omsorg, så barnet trives hjemme',
      expectedDuration: '6 måneder',
      decidedOn: '2026-11-20',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

const refer = (caseId: string, payload: Record<string, unknown>) =>
  raadgiver.inject({ method: 'POST', url: `/api/cases/${caseId}/referrals`, payload });
const options = async (caseId: string) => {
  const response = await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/referral-options` });
  expect(response.statusCode, response.body).toBe(200);
  return ReferralOptions.parse(response.json());
};
const fieldPaths = (body: string) => (Problem.parse(JSON.parse(body)).errors ?? []).map((e) => e.path);
const alertsOf = (userId: string, caseId: string) =>
  t.prisma.alert.findMany({ where: { userId, caseId }, orderBy: { createdAt: 'asc' } });
const eventsOf = (caseId: string, kind: string) => t.prisma.caseEvent.findMany({ where: { caseId, kind } });

/** A referable case referred to `unit`; returns the case and the referral. */
async function referredCase(unit: 'familiecenter' | 'ungecenter', dateOfBirth = '2016-06-01') {
  const kase = await newCase({ dateOfBirth });
  const decisionId = await recordDecision(kase.id);
  const response = await refer(kase.id, {
    toUnitId: ids[unit],
    decisionId,
    assessmentSummary: 'Undersøgelsen viser behov for familiebehandling.',
    message: 'Mor foretrækker formiddage.',
  });
  expect(response.statusCode, response.body).toBe(201);
  return { kase, referral: Referral.parse(response.json()), decisionId };
}

// --- tests ----------------------------------------------------------------------------------

describe("referral options: the default unit follows the child's age", () => {
  it('suggests FamilieCentret below the threshold and says the case needs a decision first', async () => {
    const kase = await newCase({ dateOfBirth: '2016-06-01' });
    const before = await options(kase.id);
    expect(before.childAge).toBe(10);
    expect(before.youthUnitFromAge).toBe(14);
    expect(before.defaultUnitId).toBe(ids.familiecenter);
    expect(before.units.map((u) => u.kind).sort()).toEqual(['FAMILIECENTER', 'UNGECENTER']);
    expect(before).toMatchObject({ canRefer: false, blockedBy: 'NO_DECISION', decisions: [] });
    expect(before.blockedReason).toContain('§ 32');

    const decisionId = await recordDecision(kase.id);
    const after = await options(kase.id);
    expect(after).toMatchObject({ canRefer: true, blockedBy: null, blockedReason: null });
    expect(after.decisions.map((d) => d.id)).toEqual([decisionId]);
    expect(after.decisions[0]).toMatchObject({
      measure: 'Familiebehandling',
      expectedDuration: '6 måneder',
      decidedOn: '2026-11-20',
    });
  });

  it('suggests UngeCentret at or above the threshold, and follows the threshold the admin sets', async () => {
    const kase = await newCase({ dateOfBirth: '2011-06-01' });
    expect(await options(kase.id)).toMatchObject({ childAge: 15, defaultUnitId: ids.ungecenter });

    const settings = MunicipalitySettings.parse(
      (await admin.inject({ method: 'GET', url: '/api/municipality/settings' })).json(),
    );
    expect(settings.youthUnitFromAge).toBe(14);
    const changed = await admin.inject({
      method: 'PATCH',
      url: '/api/municipality/settings',
      payload: { youthUnitFromAge: 16, version: settings.version },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(MunicipalitySettings.parse(changed.json())).toEqual({ youthUnitFromAge: 16, version: settings.version + 1 });
    expect(await options(kase.id)).toMatchObject({ youthUnitFromAge: 16, defaultUnitId: ids.familiecenter });

    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'Municipality', action: 'UPDATE' },
      orderBy: { seq: 'desc' },
    });
    expect(audit.entityId).toBe(ids.municipality);
    expect(audit.details).toMatchObject({ changes: [{ field: 'youthUnitFromAge', from: 14, to: 16 }] });

    const stale = await admin.inject({
      method: 'PATCH',
      url: '/api/municipality/settings',
      payload: { youthUnitFromAge: 14, version: settings.version },
    });
    expect(stale.statusCode).toBe(409);
    const outOfRange = await admin.inject({
      method: 'PATCH',
      url: '/api/municipality/settings',
      payload: { youthUnitFromAge: 9, version: settings.version + 1 },
    });
    expect(outOfRange.statusCode).toBe(400);
    expect(fieldPaths(outOfRange.body)).toContain('body.youthUnitFromAge');
    expect((await raadgiver.inject({ method: 'GET', url: '/api/municipality/settings' })).statusCode).toBe(403);

    const restored = await admin.inject({
      method: 'PATCH',
      url: '/api/municipality/settings',
      payload: { youthUnitFromAge: 14, version: settings.version + 1 },
    });
    expect(restored.statusCode).toBe(200);
    expect(await options(kase.id)).toMatchObject({ defaultUnitId: ids.ungecenter });
  });
});

describe('referring: the rules', () => {
  it('refuses a case without a decision with 422 saying why', async () => {
    const kase = await newCase({ dateOfBirth: '2016-06-01' });
    const response = await refer(kase.id, {
      toUnitId: ids.familiecenter,
      decisionId: crypto.randomUUID(),
      assessmentSummary: 'Resumé',
    });
    expect(response.statusCode).toBe(422);
    expect(Problem.parse(response.json()).detail).toContain('afgørelse');
    expect(await t.prisma.referral.count({ where: { caseId: kase.id } })).toBe(0);
  });

  it('answers 400 with the field for a unit that is not an executor unit, a decision of another case, and bad texts', async () => {
    const kase = await newCase({ dateOfBirth: '2016-06-01' });
    const decisionId = await recordDecision(kase.id);
    const other = await newCase({ dateOfBirth: '2016-06-01' });
    const otherDecision = await recordDecision(other.id);
    const valid = { toUnitId: ids.familiecenter, decisionId, assessmentSummary: 'Resumé af undersøgelsen' };

    const toMyndighed = await refer(kase.id, { ...valid, toUnitId: ids.myndighed });
    expect([toMyndighed.statusCode, fieldPaths(toMyndighed.body)]).toEqual([400, ['body.toUnitId']]);
    const foreignDecision = await refer(kase.id, { ...valid, decisionId: otherDecision });
    expect([foreignDecision.statusCode, fieldPaths(foreignDecision.body)]).toEqual([400, ['body.decisionId']]);
    const emptySummary = await refer(kase.id, { ...valid, assessmentSummary: '   ' });
    expect([emptySummary.statusCode, fieldPaths(emptySummary.body)]).toEqual([400, ['body.assessmentSummary']]);
    const longMessage = await refer(kase.id, { ...valid, message: 'x'.repeat(5001) });
    expect([longMessage.statusCode, fieldPaths(longMessage.body)]).toEqual([400, ['body.message']]);
    expect(await t.prisma.referral.count({ where: { caseId: kase.id } })).toBe(0);
  });

  it('blocks a case with suspected honour-related conflict until the risk assessment is recorded (BL § 18, stk. 3)', async () => {
    const kase = await newCase({ dateOfBirth: '2011-06-01', honour: true });
    const decisionId = await recordDecision(kase.id);
    const before = await options(kase.id);
    expect(before).toMatchObject({ canRefer: false, blockedBy: 'HONOUR_RISK_ASSESSMENT_MISSING' });
    const payload = { toUnitId: ids.ungecenter, decisionId, assessmentSummary: 'Resumé af undersøgelsen' };
    const blocked = await refer(kase.id, payload);
    expect(blocked.statusCode).toBe(422);
    expect(Problem.parse(blocked.json()).detail).toMatch(/Sagen kan ikke visiteres.*risikovurdering.*§ 18, stk\. 3/s);

    const { version } = await t.prisma.case.findUniqueOrThrow({ where: { id: kase.id } });
    const assessed = await raadgiver.inject({
      method: 'POST',
      url: `/api/cases/${kase.id}/honour-risk-assessment`,
      payload: { assessedOn: TODAY, summary: 'Ingen konkret risiko ved at inddrage familien.', version },
    });
    expect(assessed.statusCode, assessed.body).toBe(200);
    expect(await options(kase.id)).toMatchObject({ canRefer: true });
    expect((await refer(kase.id, payload)).statusCode).toBe(201);
  });

  it('refuses a second referral to a unit that already has one sent or accepted (422)', async () => {
    const { kase, decisionId } = await referredCase('familiecenter');
    const again = await refer(kase.id, { toUnitId: ids.familiecenter, decisionId, assessmentSummary: 'Igen' });
    expect(again.statusCode).toBe(422);
    expect((await options(kase.id)).units.find((u) => u.id === ids.familiecenter)?.activeReferral).toBe(true);
  });

  it('is an authority step: the executor worker on the team cannot refer (404)', async () => {
    const { kase } = await referredCase('familiecenter');
    await t.prisma.caseTeamMember.create({
      data: { caseId: kase.id, userId: ids.ali, role: 'EXECUTOR', addedAt: now },
    });
    expect((await ali.inject({ method: 'GET', url: `/api/cases/${kase.id}/referral-options` })).statusCode).toBe(404);
  });
});

describe('the whole flow: refer → the leader sees the package → accept and assign → access follows', () => {
  let caseId: string;
  let referral: Referral;

  it('sends the referral: audit, timeline and an alert to the receiving leader', async () => {
    const result = await referredCase('familiecenter');
    caseId = result.kase.id;
    referral = result.referral;
    expect(referral).toMatchObject({
      status: 'SENT',
      fromUnit: { id: ids.myndighed },
      toUnit: { id: ids.familiecenter, name: 'FamilieCentret' },
      sentBy: { id: ids.raadgiver },
      decision: { id: result.decisionId, measure: 'Familiebehandling' },
      assessmentSummary: 'Undersøgelsen viser behov for familiebehandling.',
      message: 'Mor foretrækker formiddage.',
      assignedWorker: null,
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'Referral', action: 'CREATE', entityId: referral.id },
    });
    expect(audit).toMatchObject({ caseId, userId: ids.raadgiver });
    expect((await eventsOf(caseId, 'referral.sent')).map((e) => e.data)).toEqual([
      { toUnit: 'FamilieCentret', measure: 'Familiebehandling' },
    ]);
    const [alert, ...more] = await alertsOf(ids.lederFC, caseId);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'REFERRAL_RECEIVED',
      readAt: null,
      dedupeKey: `referral:${referral.id}:received`,
    });
    expect(alert?.data).toMatchObject({
      caseNumber: result.kase.caseNumber,
      referralId: referral.id,
      fromUnit: 'Myndighedscentret',
      childName: `Viggo ${result.kase.childLastName}`,
    });
    expect(JSON.stringify(alert?.data)).not.toContain(result.kase.childCpr.slice(6));
    expect(await t.prisma.alert.count({ where: { userId: ids.lederUC, caseId } })).toBe(0);

    const caseList = ReferralList.parse(
      (await raadgiver.inject({ method: 'GET', url: `/api/cases/${caseId}/referrals` })).json(),
    );
    expect(caseList.items.map((r) => [r.id, r.status])).toEqual([[referral.id, 'SENT']]);
  });

  it('shows the receiving leader the package (logged as a read of the case), though the case is not yet theirs', async () => {
    const list = await lederFC.inject({ method: 'GET', url: '/api/referrals?status=SENT' });
    expect(list.statusCode).toBe(200);
    const item = IncomingReferralList.parse(list.json()).items.find((r) => r.id === referral.id);
    expect(item?.case).toMatchObject({ id: caseId, child: { firstName: 'Viggo', age: 10 } });
    expect(item?.case.child.cprMasked).toMatch(/^\d{6}-XXXX$/);
    expect(item?.decision?.purpose).toContain('omsorg');
    const reads = await t.prisma.auditEvent.count({
      where: { userId: ids.lederFC, action: 'READ', entityType: 'Referral', entityId: referral.id, caseId },
    });
    expect(reads).toBe(1);

    expect((await lederFC.inject({ method: 'GET', url: `/api/referrals/${referral.id}` })).statusCode).toBe(200);
    expect((await lederFC.inject({ method: 'GET', url: `/api/cases/${caseId}` })).statusCode).toBe(404);
    // Another unit's leader sees neither the package nor the case; a Myndighed leader cannot receive.
    expect((await lederUC.inject({ method: 'GET', url: `/api/referrals/${referral.id}` })).statusCode).toBe(404);
    expect(
      IncomingReferralList.parse((await lederUC.inject({ method: 'GET', url: '/api/referrals' })).json()).items.some(
        (r) => r.id === referral.id,
      ),
    ).toBe(false);
    expect((await lederMyndighed.inject({ method: 'GET', url: '/api/referrals' })).statusCode).toBe(403);
    expect((await ali.inject({ method: 'GET', url: '/api/referrals' })).statusCode).toBe(403);
  });

  it('accepting needs an active executor of the receiving unit (400) and the current version (409)', async () => {
    const wrongUnit = await lederFC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { assignedWorkerId: ids.camilla, version: referral.version },
    });
    expect([wrongUnit.statusCode, fieldPaths(wrongUnit.body)]).toEqual([400, ['body.assignedWorkerId']]);
    const notAnExecutor = await lederFC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { assignedWorkerId: ids.lederFC, version: referral.version },
    });
    expect(fieldPaths(notAnExecutor.body)).toEqual(['body.assignedWorkerId']);
    const stale = await lederFC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { assignedWorkerId: ids.ali, version: referral.version + 5 },
    });
    expect(stale.statusCode).toBe(409);
    const otherLeader = await lederUC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { assignedWorkerId: ids.camilla, version: referral.version },
    });
    expect(otherLeader.statusCode).toBe(404);
  });

  it('accepts: the worker joins the team as executor, the measure starts, the sender and the responsible caseworker hear of it', async () => {
    const response = await lederFC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { assignedWorkerId: ids.ali, version: referral.version },
    });
    expect(response.statusCode, response.body).toBe(200);
    const accepted = IncomingReferral.parse(response.json());
    expect(accepted).toMatchObject({
      status: 'ACCEPTED',
      assignedWorker: { id: ids.ali, name: 'Ali Demir' },
      decidedBy: { id: ids.lederFC },
      version: referral.version + 1,
    });

    const member = await t.prisma.caseTeamMember.findUniqueOrThrow({
      where: { caseId_userId: { caseId, userId: ids.ali } },
    });
    expect(member).toMatchObject({ role: 'EXECUTOR', removedAt: null });
    const kase = await t.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(kase.measureStartedOn?.toISOString().slice(0, 10)).toBe(TODAY);
    expect(kase.nextDeadlineOn).not.toBeNull();

    expect(
      await t.prisma.auditEvent.count({
        where: { entityType: 'Referral', action: 'UPDATE', entityId: referral.id, userId: ids.lederFC },
      }),
    ).toBe(1);
    expect((await eventsOf(caseId, 'referral.accepted')).map((e) => e.data)).toEqual([
      { toUnit: 'FamilieCentret', worker: 'Ali Demir' },
    ]);
    const [alert] = await alertsOf(ids.raadgiver, caseId);
    expect(alert).toMatchObject({
      kind: 'REFERRAL_ACCEPTED',
      data: { toUnit: 'FamilieCentret', workerName: 'Ali Demir' },
    });

    const again = await lederFC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { assignedWorkerId: ids.ali, version: accepted.version },
    });
    expect(again.statusCode).toBe(422);
    const withdraw = await raadgiver.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/referrals/${referral.id}/withdraw`,
      payload: { version: accepted.version },
    });
    expect(withdraw.statusCode).toBe(422);
  });

  it('gives the assigned worker executor rights only: read, yes; authority steps, no', async () => {
    const read = await ali.inject({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(read.statusCode).toBe(200);
    const can = (read.json() as { can?: Record<string, boolean> }).can;
    if (can) expect(can).toMatchObject({ update: false, refer: false, recordDecision: false, changePhase: false });
    expect((await ali.inject({ method: 'GET', url: `/api/cases/${caseId}/referrals` })).statusCode).toBe(200);
    const { version } = await t.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(
      (
        await ali.inject({
          method: 'PATCH',
          url: `/api/cases/${caseId}`,
          payload: { childAddress: 'Et andet sted 1', version },
        })
      ).statusCode,
    ).toBe(404);
    expect((await ali.inject({ method: 'GET', url: `/api/cases/${caseId}/referral-options` })).statusCode).toBe(404);

    // The receiving leader now reaches the case through the unit, for reading, not for authority steps.
    expect((await lederFC.inject({ method: 'GET', url: `/api/cases/${caseId}` })).statusCode).toBe(200);
    expect(
      (
        await lederFC.inject({
          method: 'PATCH',
          url: `/api/cases/${caseId}`,
          payload: { childAddress: 'Et andet sted 1', version },
        })
      ).statusCode,
    ).toBe(404);

    // UngeCentret: neither the worker nor the leader.
    expect((await camilla.inject({ method: 'GET', url: `/api/cases/${caseId}` })).statusCode).toBe(404);
    expect((await lederUC.inject({ method: 'GET', url: `/api/cases/${caseId}` })).statusCode).toBe(404);

    // Myndighed keeps every right.
    const update = await raadgiver.inject({
      method: 'PATCH',
      url: `/api/cases/${caseId}`,
      payload: { childAddress: 'Skolevej 3', version },
    });
    expect(update.statusCode, update.body).toBe(200);
  });
});

describe('returning and withdrawing', () => {
  it('"Send retur" needs a reason; it marks the referral REJECTED, tells the sender, and the case may be referred again', async () => {
    const { kase, referral, decisionId } = await referredCase('ungecenter', '2011-06-01');
    const short = await lederUC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/return`,
      payload: { reason: 'Nej', version: referral.version },
    });
    expect([short.statusCode, fieldPaths(short.body)]).toEqual([400, ['body.reason']]);

    const reason = 'Barnet er under 14 år og hører til FamilieCentret.';
    const response = await lederUC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/return`,
      payload: { reason, version: referral.version },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(IncomingReferral.parse(response.json())).toMatchObject({
      status: 'REJECTED',
      returnReason: reason,
      decidedBy: { id: ids.lederUC },
    });
    expect((await eventsOf(kase.id, 'referral.returned')).map((e) => e.data)).toEqual([
      { toUnit: 'UngeCentret', reason },
    ]);
    expect((await alertsOf(ids.raadgiver, kase.id)).map((a) => a.kind)).toEqual(['REFERRAL_RETURNED']);
    expect(await t.prisma.caseTeamMember.count({ where: { caseId: kase.id, userId: ids.camilla } })).toBe(0);
    const returned = IncomingReferralList.parse(
      (await lederUC.inject({ method: 'GET', url: '/api/referrals?status=REJECTED' })).json(),
    );
    expect(returned.items.some((r) => r.id === referral.id)).toBe(true);

    expect(
      (await refer(kase.id, { toUnitId: ids.ungecenter, decisionId, assessmentSummary: 'Nyt forsøg' })).statusCode,
    ).toBe(201);
  });

  it('withdraws a referral not yet answered (409 when stale); the receiving leader can then no longer accept it', async () => {
    const { kase, referral } = await referredCase('familiecenter');
    const url = `/api/cases/${kase.id}/referrals/${referral.id}/withdraw`;
    expect(
      (await raadgiver.inject({ method: 'POST', url, payload: { version: referral.version + 1 } })).statusCode,
    ).toBe(409);
    const response = await raadgiver.inject({ method: 'POST', url, payload: { version: referral.version } });
    expect(response.statusCode, response.body).toBe(200);
    const withdrawn = Referral.parse(response.json());
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect((await eventsOf(kase.id, 'referral.withdrawn')).map((e) => e.data)).toEqual([{ toUnit: 'FamilieCentret' }]);
    expect(
      await t.prisma.auditEvent.count({ where: { entityType: 'Referral', action: 'UPDATE', entityId: referral.id } }),
    ).toBe(1);
    expect((await raadgiver.inject({ method: 'POST', url, payload: { version: withdrawn.version } })).statusCode).toBe(
      422,
    );
    const accept = await lederFC.inject({
      method: 'POST',
      url: `/api/referrals/${referral.id}/accept`,
      payload: { assignedWorkerId: ids.ali, version: withdrawn.version },
    });
    expect(accept.statusCode).toBe(422);
    // Another case's referral cannot be withdrawn through this one.
    const other = await referredCase('familiecenter');
    expect(
      (
        await raadgiver.inject({
          method: 'POST',
          url: `/api/cases/${kase.id}/referrals/${other.referral.id}/withdraw`,
          payload: { version: other.referral.version },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('alerts (the bell)', () => {
  it("lists one's own alerts newest first with the unread count, and marks some or all read", async () => {
    const { referral } = await referredCase('familiecenter');
    const listed = AlertListResponse.parse((await lederFC.inject({ method: 'GET', url: '/api/alerts' })).json());
    // (The test clock stands still, so every alert here has the same createdAt.)
    const received = listed.items.find((a) => a.data.referralId === referral.id);
    expect(received).toMatchObject({ kind: 'REFERRAL_RECEIVED', readAt: null });
    expect(listed.unread).toBeGreaterThanOrEqual(2);
    expect(
      listed.items.every((a, i) => i === 0 || (listed.items[i - 1] as { createdAt: string }).createdAt >= a.createdAt),
    ).toBe(true);

    const first = received?.id as string;
    // Someone else's alert ids change nothing.
    await raadgiver.inject({ method: 'POST', url: '/api/alerts/read', payload: { ids: [first] } });
    expect((await t.prisma.alert.findUniqueOrThrow({ where: { id: first } })).readAt).toBeNull();

    const one = await lederFC.inject({ method: 'POST', url: '/api/alerts/read', payload: { ids: [first] } });
    expect(AlertSummary.parse(one.json()).unread).toBe(listed.unread - 1);
    const all = await lederFC.inject({ method: 'POST', url: '/api/alerts/read', payload: { all: true } });
    expect(AlertSummary.parse(all.json())).toEqual({ unread: 0 });
    expect(AlertSummary.parse((await lederFC.inject({ method: 'GET', url: '/api/alerts/summary' })).json())).toEqual({
      unread: 0,
    });
    const empty = await lederFC.inject({ method: 'POST', url: '/api/alerts/read', payload: {} });
    expect(empty.statusCode).toBe(400);
  });

  it('makes DEADLINE_DUE alerts lazily and only once for deadlines due within 14 days on cases one works on', async () => {
    // BFU started; aware 2026-07-30 → due 2026-11-30 (in 6 days). The other is due 2027-01-01.
    const soon = await newCase({
      dateOfBirth: '2016-06-01',
      awareOn: '2026-07-30',
      assessmentStartedOn: '2026-08-01',
      nextDeadlineOn: '2026-11-30',
    });
    const later = await newCase({
      dateOfBirth: '2016-06-01',
      awareOn: '2026-09-01',
      assessmentStartedOn: '2026-09-02',
      nextDeadlineOn: '2027-01-01',
    });
    await t.prisma.caseTeamMember.create({
      data: { caseId: soon.id, userId: ids.ali, role: 'READ_ONLY', addedAt: now },
    });

    await raadgiver.inject({ method: 'GET', url: '/api/alerts/summary' });
    await raadgiver.inject({ method: 'GET', url: '/api/alerts/summary' });
    await raadgiver.inject({ method: 'GET', url: '/api/alerts' });
    const alerts = await t.prisma.alert.findMany({
      where: { userId: ids.raadgiver, kind: 'DEADLINE_DUE', caseId: { in: [soon.id, later.id] } },
    });
    expect(alerts.map((a) => [a.caseId, a.dedupeKey, a.data])).toEqual([
      [
        soon.id,
        `deadline:${soon.id}:ASSESSMENT:2026-11-30`,
        { caseNumber: soon.caseNumber, deadlineKind: 'ASSESSMENT', dueOn: '2026-11-30' },
      ],
    ]);
    // A read-only team member is not told.
    await ali.inject({ method: 'GET', url: '/api/alerts/summary' });
    expect(await t.prisma.alert.count({ where: { userId: ids.ali, caseId: soon.id } })).toBe(0);
  });

  it('tells the responsible caseworker when someone takes emergency access to the case', async () => {
    const kase = await newCase({ dateOfBirth: '2016-06-01' });
    const response = await lederUC.inject({
      method: 'POST',
      url: '/api/emergency-access',
      payload: { caseNumber: kase.caseNumber, reason: 'Barnet er bragt på skadestuen i nat' },
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    const [alert, ...more] = await alertsOf(ids.raadgiver, kase.id);
    expect(more).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'EMERGENCY_ACCESS',
      data: { caseNumber: kase.caseNumber, userName: 'Peter Dahl' },
    });
  });
});

describe('the material a referral carries', () => {
  it("freezes the case's active concern pairs as the versions they had; later versions do not change it", async () => {
    const kase = await newCase({ dateOfBirth: '2015-03-01' });
    const pair = (number: number, status: 'ACTIVE' | 'WITHDRAWN', behaviour: string) => ({
      caseId: kase.id,
      number,
      kind: 'DANGER' as const,
      status,
      whoIsWorried: 'Skolen',
      behaviour,
      impactOnChild: 'Barnet er træt i skolen',
      ifNothingChanges: 'Barnet mister skolegang',
      goalParentsWill: 'Forældrene følger barnet i skole',
      goalChildWillExperience: 'Jeg kommer i skole hver dag',
      goalProfessionalsWillSee: 'Fremmøde hver dag',
      goalDuration: 'i 3 måneder',
      createdById: ids.raadgiver,
      createdUnitId: ids.myndighed,
      updatedById: ids.raadgiver,
      updatedUnitId: ids.myndighed,
    });
    const snapshot = (p: ReturnType<typeof pair>) => ({
      kind: p.kind,
      status: p.status,
      whoIsWorried: p.whoIsWorried,
      behaviour: p.behaviour,
      impactOnChild: p.impactOnChild,
      ifNothingChanges: p.ifNothingChanges,
      familyView: null,
      goalParentsWill: p.goalParentsWill,
      goalChildWillExperience: p.goalChildWillExperience,
      goalProfessionalsWillSee: p.goalProfessionalsWillSee,
      goalDuration: p.goalDuration,
      groundIds: [],
    });
    const active = pair(1, 'ACTIVE', 'Barnet kommer for sent i skole tre dage om ugen');
    const withdrawn = pair(2, 'WITHDRAWN', 'Trukket tilbage');
    for (const p of [active, withdrawn]) {
      const created = await t.prisma.concernStatement.create({ data: p });
      await t.prisma.concernStatementVersion.create({
        data: { statementId: created.id, number: 1, authorId: ids.raadgiver, unitId: ids.myndighed, snapshot: snapshot(p) },
      });
    }
    const decisionId = await recordDecision(kase.id);
    const sent = await refer(kase.id, { toUnitId: ids.familiecenter, decisionId, assessmentSummary: 'Resumé.' });
    expect(sent.statusCode, sent.body).toBe(201);
    const referral = Referral.parse(sent.json());
    expect(referral.concerns).toEqual([
      {
        statementId: expect.any(String),
        number: 1,
        kind: 'DANGER',
        versionNumber: 1,
        behaviour: 'Barnet kommer for sent i skole tre dage om ugen',
        goalChildWillExperience: 'Jeg kommer i skole hver dag',
      },
    ]);

    // The pair edited afterwards through the API (its live text and a version 2): not what was sent.
    const statementId = referral.concerns[0]!.statementId;
    const { kind, whoIsWorried, impactOnChild, ifNothingChanges, goalParentsWill, goalChildWillExperience, goalProfessionalsWillSee, goalDuration } = active;
    const edited = await raadgiver.inject({
      method: 'PUT',
      url: `/api/cases/${kase.id}/concern-statements/${statementId}`,
      payload: {
        kind,
        whoIsWorried,
        behaviour: 'Ændret efter visitationen',
        impactOnChild,
        ifNothingChanges,
        goalParentsWill,
        goalChildWillExperience,
        goalProfessionalsWillSee,
        goalDuration,
        version: 1,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await t.prisma.concernStatement.findUniqueOrThrow({ where: { id: statementId } })).behaviour).toBe(
      'Ændret efter visitationen',
    );
    const listed = ReferralList.parse((await raadgiver.inject({ method: 'GET', url: `/api/cases/${kase.id}/referrals` })).json());
    expect(listed.items[0]?.concerns.map((c) => [c.versionNumber, c.behaviour])).toEqual([
      [1, 'Barnet kommer for sent i skole tre dage om ugen'],
    ]);
  });
});
