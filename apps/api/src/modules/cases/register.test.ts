import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDetail, CreateCaseResponse, Problem, ProblemType, TimelineResponse } from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { assertNetworkContactAllowed } from './network-contact';

let t: TestApp;
let caseworker: TestSession;
let executor: TestSession;
let cprCounter = 0;
const now = new Date('2026-11-24T09:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  executor = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
});
afterAll(async () => t?.close());

/** A valid CPR for a child born 15 March 2015 (7th digit 4: born 2000–2036), unique per call. */
function nextCpr(): string {
  cprCounter += 1;
  return `150315-4${String(cprCounter).padStart(3, '0')}`;
}

const notification = {
  receivedOn: '2026-11-20',
  source: 'SCHOOL',
  sourceName: 'Skovvangskolen',
  content: 'Eleven kommer ofte sulten i skole.',
};

async function registerCase(overrides: Record<string, unknown> = {}) {
  const response = await caseworker.inject({
    method: 'POST',
    url: '/api/cases',
    payload: {
      child: { firstName: 'Freja', lastName: 'Nielsen', cpr: nextCpr(), address: 'Vestergade 1, 5000 Odense C' },
      notification,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return CreateCaseResponse.parse(response.json());
}

async function detail(session: TestSession, caseId: string): Promise<CaseDetail> {
  const response = await session.inject({ method: 'GET', url: `/api/cases/${caseId}` });
  expect(response.statusCode, response.body).toBe(200);
  return CaseDetail.parse(response.json());
}

async function move(caseId: string, toPhase: string, changedOn: string, extra: Record<string, unknown> = {}) {
  const { version } = await detail(caseworker, caseId);
  return caseworker.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/phases`,
    payload: { toPhase, changedOn, version, ...extra },
  });
}

function fieldErrors(body: string) {
  return Problem.parse(JSON.parse(body)).errors ?? [];
}

describe('registering a notification opens a case', () => {
  it('opens the case in phase underretning with the caseworker responsible, the notification, a timeline and an audit record', async () => {
    const created = await registerCase();
    expect(created.caseNumber).toMatch(/^2026-\d{4}$/);
    expect(created.warnings).toEqual([]);
    const kase = await detail(caseworker, created.id);
    expect(kase.phase).toBe('UNDERRETNING');
    expect(kase.awareOn).toBe('2026-11-20');
    expect(kase.childAddress).toBe('Vestergade 1, 5000 Odense C');
    expect(kase.child.age).toBe(11);
    expect(kase.team.map((m) => m.role)).toEqual(['RESPONSIBLE']);
    expect(kase.nextSteps).toContain('SCREEN_NOTIFICATION');
    expect(kase.allowedPhases).toEqual(['SCREENING', 'AFSLUTTET']);
    expect(kase.can.changePhase).toBe(true);

    const notifications = await caseworker.inject({ method: 'GET', url: `/api/cases/${created.id}/notifications` });
    expect(notifications.json().items).toMatchObject([
      { source: 'SCHOOL', sourceName: 'Skovvangskolen', receivedOn: '2026-11-20' },
    ]);
    const timeline = TimelineResponse.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${created.id}/timeline` })).json(),
    );
    expect(timeline.items.map((e) => e.kind).sort()).toEqual(['case.created', 'notification.registered']);
    expect(
      await t.prisma.auditEvent.count({ where: { caseId: created.id, action: 'CREATE', entityType: 'Case' } }),
    ).toBe(1);
  });

  it('numbers cases in sequence within the year, also when two are registered at once', async () => {
    const [a, b] = await Promise.all([registerCase(), registerCase()]);
    const numbers = [a, b].map((c) => Number(c.caseNumber.split('-')[1])).sort((x, y) => x - y);
    expect(numbers[1]).toBe((numbers[0] as number) + 1);
  });

  it('refuses an invalid CPR with a Danish message on the field', async () => {
    for (const cpr of ['12345', '310215-4123', 'abcdef-ghij']) {
      const response = await caseworker.inject({
        method: 'POST',
        url: '/api/cases',
        payload: { child: { firstName: 'A', lastName: 'B', cpr }, notification },
      });
      expect(response.statusCode).toBe(400);
      const errors = fieldErrors(response.body);
      expect(errors.map((e) => e.path)).toContain('body.child.cpr');
      expect(errors.find((e) => e.path === 'body.child.cpr')?.message).toMatch(/CPR-nummer/);
    }
  });

  it('accepts a CPR that fails the modulus-11 check, with a warning', async () => {
    // 150315-4001: weights 4,3,2,7,6,5,4,3,2,1 give 1*4+5*3+0+3*7+1*6+5*5+4*4+0+0+1 = 88 → 0 mod 11; 4002 fails.
    const response = await caseworker.inject({
      method: 'POST',
      url: '/api/cases',
      payload: { child: { firstName: 'Ida', lastName: 'Holm', cpr: '150315-4902' }, notification },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(CreateCaseResponse.parse(response.json()).warnings.map((w) => w.code)).toEqual(['CPR_MODULUS11']);
  });

  it('refuses a birth date in the future, a notification dated in the future and missing fields, naming each field', async () => {
    const future = await caseworker.inject({
      method: 'POST',
      url: '/api/cases',
      payload: { child: { firstName: 'A', lastName: 'B', cpr: '010130-4111' }, notification },
    });
    expect(future.statusCode).toBe(400);
    expect(fieldErrors(future.body).map((e) => e.path)).toEqual(['body.child.cpr']);
    const later = await caseworker.inject({
      method: 'POST',
      url: '/api/cases',
      payload: {
        child: { firstName: 'A', lastName: 'B', cpr: nextCpr() },
        notification: { ...notification, receivedOn: '2026-12-01' },
      },
    });
    expect(fieldErrors(later.body).map((e) => e.path)).toEqual(['body.notification.receivedOn']);
    const missing = await caseworker.inject({
      method: 'POST',
      url: '/api/cases',
      payload: {
        child: { firstName: '', lastName: 'B', cpr: nextCpr() },
        notification: { ...notification, content: '' },
      },
    });
    expect(missing.statusCode).toBe(400);
    expect(
      fieldErrors(missing.body)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['body.child.firstName', 'body.notification.content']);
  });

  it('refuses a second open case for the same child and names the existing one', async () => {
    const cpr = nextCpr();
    const payload = { child: { firstName: 'Emil', lastName: 'Berg', cpr }, notification };
    const first = await caseworker.inject({ method: 'POST', url: '/api/cases', payload });
    const second = await caseworker.inject({ method: 'POST', url: '/api/cases', payload });
    expect(second.statusCode).toBe(409);
    const problem = Problem.parse(second.json());
    expect(problem.type).toBe(ProblemType.caseExists);
    expect(problem.detail).toContain(first.json().caseNumber);
  });

  it('is for Myndighed only: an executor gets 403', async () => {
    const response = await executor.inject({
      method: 'POST',
      url: '/api/cases',
      payload: { child: { firstName: 'A', lastName: 'B', cpr: nextCpr() }, notification },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('phases', () => {
  it("follows the law's steps, dates each step, and starts and ends the assessment deadline (BL § 20, stk. 3)", async () => {
    const { id } = await registerCase({ awareOn: '2026-10-31' });
    expect((await move(id, 'SCREENING', '2026-11-21')).statusCode).toBe(200);
    const inAssessment = await move(id, 'BOERNEFAGLIG_UNDERSOEGELSE', '2026-11-22');
    expect(inAssessment.statusCode, inAssessment.body).toBe(200);
    const assessing = CaseDetail.parse(inAssessment.json());
    expect(assessing.deadlines).toMatchObject([{ kind: 'ASSESSMENT', dueOn: '2027-02-28', status: 'UPCOMING' }]);
    expect(assessing.nextDeadline).toEqual({ kind: 'ASSESSMENT', dueOn: '2027-02-28', status: 'UPCOMING' });
    expect(assessing.deadlineDates.assessmentStartedOn).toBe('2026-11-22');

    const decided = CaseDetail.parse((await move(id, 'AFGOERELSE', '2026-11-24')).json());
    expect(decided.deadlines).toMatchObject([{ kind: 'ASSESSMENT', status: 'MET', metOn: '2026-11-24' }]);
    expect(decided.nextDeadline).toBeNull();

    const phases = await caseworker.inject({ method: 'GET', url: `/api/cases/${id}/phases` });
    expect(phases.json().items.map((p: { toPhase: string }) => p.toPhase)).toEqual([
      'AFGOERELSE',
      'BOERNEFAGLIG_UNDERSOEGELSE',
      'SCREENING',
      'UNDERRETNING',
    ]);
    const kinds = TimelineResponse.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${id}/timeline?kind=phase` })).json(),
    ).items;
    expect(kinds).toHaveLength(3);
  });

  it('refuses a step the law does not take, a future date, a date before the previous step, and closing without a reason', async () => {
    const { id } = await registerCase();
    const skip = await move(id, 'PLAN', '2026-11-23');
    expect(skip.statusCode).toBe(400);
    expect(fieldErrors(skip.body).map((e) => e.path)).toEqual(['body.toPhase']);
    expect(fieldErrors((await move(id, 'SCREENING', '2026-11-25')).body).map((e) => e.path)).toEqual([
      'body.changedOn',
    ]);
    expect(fieldErrors((await move(id, 'SCREENING', '2026-11-19')).body).map((e) => e.path)).toEqual([
      'body.changedOn',
    ]);
    expect(fieldErrors((await move(id, 'AFSLUTTET', '2026-11-23')).body).map((e) => e.path)).toEqual(['body.reason']);
    const closed = await move(id, 'AFSLUTTET', '2026-11-23', { reason: 'Ingen grund til bekymring efter screening.' });
    expect(CaseDetail.parse(closed.json()).closedAt).not.toBeNull();
  });

  it('needs a decision before a measure starts (422), and starts the measure and the § 95 follow-up deadline when it does', async () => {
    const { id } = await registerCase();
    await move(id, 'SCREENING', '2026-11-21');
    await move(id, 'AFGOERELSE', '2026-11-22');
    const refused = await move(id, 'INDSATS', '2026-11-23');
    expect(refused.statusCode).toBe(422);
    expect(Problem.parse(refused.json()).detail).toMatch(/afgørelse/);
    const decision = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${id}/decisions`,
      payload: {
        legalBasis: 'Barnets lov § 32, stk. 1, nr. 3',
        measure: 'Familiebehandling',
        purpose: 'At styrke omsorgen',
        expectedDuration: '6 måneder',
        decidedOn: '2026-11-23',
      },
    });
    expect(decision.statusCode, decision.body).toBe(201);
    const started = CaseDetail.parse((await move(id, 'INDSATS', '2026-11-24')).json());
    expect(started.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([
      ['PLAN', '2027-02-23'],
      ['FIRST_FOLLOW_UP', '2027-02-24'],
    ]);
    expect(started.nextDeadline?.kind).toBe('PLAN');
    const stored = await t.prisma.case.findUniqueOrThrow({ where: { id } });
    expect(stored.nextDeadlineOn?.toISOString().slice(0, 10)).toBe('2027-02-23');
  });

  it('answers 409 on a stale version and changes nothing', async () => {
    const { id } = await registerCase();
    const { version } = await detail(caseworker, id);
    await move(id, 'SCREENING', '2026-11-21');
    const stale = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${id}/phases`,
      payload: { toPhase: 'AFSLUTTET', changedOn: '2026-11-22', reason: 'x', version },
    });
    expect(stale.statusCode).toBe(409);
    expect((await detail(caseworker, id)).phase).toBe('SCREENING');
  });
});

describe('the dates the deadlines count from', () => {
  it('the police documentation starts the 7-day netværkssamråd deadline; dates that record events may not lie in the future', async () => {
    const { id } = await registerCase();
    const { version } = await detail(caseworker, id);
    const future = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${id}`,
      payload: { version, deadlineDates: { policeDocumentationOn: '2026-11-30' } },
    });
    expect(fieldErrors(future.body).map((e) => e.path)).toEqual(['body.deadlineDates.policeDocumentationOn']);
    const response = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${id}`,
      payload: { version, deadlineDates: { policeDocumentationOn: '2026-11-16' } },
    });
    const kase = CaseDetail.parse(response.json());
    expect(kase.deadlines).toMatchObject([{ kind: 'NETWORK_COUNCIL', dueOn: '2026-11-23', status: 'OVERDUE' }]);
    expect(kase.nextSteps).toContain('HOLD_NETWORK_COUNCIL');
  });
});

describe('suspected honour-related conflict (BL § 18, stk. 3)', () => {
  it('blocks contact with the network until a risk assessment is recorded, and a new suspicion needs a new one', async () => {
    const { id } = await registerCase();
    let kase = await detail(caseworker, id);
    kase = CaseDetail.parse(
      (
        await caseworker.inject({
          method: 'PATCH',
          url: `/api/cases/${id}`,
          payload: { version: kase.version, honourConflictSuspected: true },
        })
      ).json(),
    );
    expect(kase.honour).toMatchObject({ suspected: true, networkContactBlocked: true, riskAssessedOn: null });
    expect(kase.nextSteps[0]).toBe('HONOUR_RISK_ASSESSMENT');
    await expect(
      t.prisma.$transaction((tx) => assertNetworkContactAllowed(tx, id, 'Netværket kan ikke inviteres')),
    ).rejects.toMatchObject({
      status: 422,
      detail: expect.stringContaining('§ 18, stk. 3'),
    });

    const short = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${id}/honour-risk-assessment`,
      payload: { assessedOn: '2026-11-23', summary: 'kort', version: kase.version },
    });
    expect(fieldErrors(short.body).map((e) => e.path)).toEqual(['body.summary']);
    const assessed = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${id}/honour-risk-assessment`,
      payload: {
        assessedOn: '2026-11-23',
        summary: 'Ingen tegn på kontrol fra udvidet familie; netværket kan inddrages.',
        version: kase.version,
      },
    });
    expect(assessed.statusCode, assessed.body).toBe(200);
    kase = CaseDetail.parse(assessed.json());
    expect(kase.honour).toMatchObject({
      networkContactBlocked: false,
      riskAssessedOn: '2026-11-23',
      riskAssessedBy: { name: 'Sofie Lund' },
    });
    await expect(t.prisma.$transaction((tx) => assertNetworkContactAllowed(tx, id, 'x'))).resolves.toBeUndefined();

    kase = CaseDetail.parse(
      (
        await caseworker.inject({
          method: 'PATCH',
          url: `/api/cases/${id}`,
          payload: { version: kase.version, honourConflictSuspected: false },
        })
      ).json(),
    );
    kase = CaseDetail.parse(
      (
        await caseworker.inject({
          method: 'PATCH',
          url: `/api/cases/${id}`,
          payload: { version: kase.version, honourConflictSuspected: true },
        })
      ).json(),
    );
    expect(kase.honour.networkContactBlocked).toBe(true);
    const events = TimelineResponse.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${id}/timeline?kind=honour` })).json(),
    ).items.map((e) => e.kind);
    expect(events).toEqual(['honour.flagged', 'honour.unflagged', 'honour.riskAssessed', 'honour.flagged']);
  });
});

describe('parents and siblings', () => {
  it('records custody holders with CPR masked, refuses a stale change, and keeps a removed parent in the history', async () => {
    const { id } = await registerCase();
    const added = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${id}/parents`,
      payload: {
        name: 'Maria Nielsen',
        relation: 'MOTHER',
        hasCustody: true,
        cpr: '020290-1234',
        phone: '20 30 40 50',
        email: 'maria@example.dk',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ cprMasked: '020290-XXXX', hasCustody: true });
    expect(added.body).not.toContain('1234');
    const bad = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${id}/parents`,
      payload: { name: 'X', relation: 'AUNT', hasCustody: 'ja', email: 'nej' },
    });
    expect(
      fieldErrors(bad.body)
        .map((e) => e.path)
        .sort(),
    ).toEqual(['body.email', 'body.hasCustody', 'body.relation']);
    const parent = added.json() as { id: string; version: number };
    const changed = await caseworker.inject({
      method: 'PUT',
      url: `/api/cases/${id}/parents/${parent.id}`,
      payload: { name: 'Maria Nielsen', relation: 'MOTHER', hasCustody: false, version: parent.version },
    });
    expect(changed.statusCode).toBe(200);
    const stale = await caseworker.inject({
      method: 'PUT',
      url: `/api/cases/${id}/parents/${parent.id}`,
      payload: { name: 'Maria N.', relation: 'MOTHER', hasCustody: true, version: parent.version },
    });
    expect(stale.statusCode).toBe(409);
    const removed = await caseworker.inject({
      method: 'DELETE',
      url: `/api/cases/${id}/parents/${parent.id}?version=${parent.version + 1}`,
    });
    expect(removed.statusCode).toBe(204);
    expect((await detail(caseworker, id)).parents).toEqual([]);
    expect(await t.prisma.caseParent.count({ where: { id: parent.id } })).toBe(1);
  });

  it("links siblings' own cases both ways, a third joins the group, and unlinking leaves the others linked", async () => {
    const [a, b, c] = [await registerCase(), await registerCase(), await registerCase()];
    expect(
      (
        await caseworker.inject({
          method: 'POST',
          url: `/api/cases/${a.id}/siblings`,
          payload: { caseNumber: b.caseNumber },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await caseworker.inject({
          method: 'POST',
          url: `/api/cases/${c.id}/siblings`,
          payload: { caseNumber: a.caseNumber },
        })
      ).statusCode,
    ).toBe(200);
    expect((await detail(caseworker, b.id)).siblings.map((s) => s.caseNumber).sort()).toEqual(
      [a.caseNumber, c.caseNumber].sort(),
    );
    const self = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${a.id}/siblings`,
      payload: { caseNumber: a.caseNumber },
    });
    expect(fieldErrors(self.body).map((e) => e.path)).toEqual(['body.caseNumber']);
    const unknown = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${a.id}/siblings`,
      payload: { caseNumber: '1999-9999' },
    });
    expect(unknown.statusCode).toBe(400);
    expect((await caseworker.inject({ method: 'DELETE', url: `/api/cases/${a.id}/siblings/${c.id}` })).statusCode).toBe(
      204,
    );
    expect((await detail(caseworker, a.id)).siblings.map((s) => s.caseNumber)).toEqual([b.caseNumber]);
    expect((await detail(caseworker, c.id)).siblings).toEqual([]);
  });
});

describe('what each user may do on the case (the can block)', () => {
  it('gives the executor on the team after an accepted referral executor rights only, and Myndighed keeps authority rights', async () => {
    const { id } = await registerCase();
    const units = await t.prisma.unit.findMany({ select: { id: true, kind: true } });
    const myndighed = units.find((u) => u.kind === 'MYNDIGHED')?.id as string;
    const familiecenter = units.find((u) => u.kind === 'FAMILIECENTER')?.id as string;
    const worker = await t.prisma.user.findUniqueOrThrow({ where: { email: 'familiecenter@demo.inddrag.dk' } });
    await t.prisma.referral.create({
      data: {
        caseId: id,
        fromUnitId: myndighed,
        toUnitId: familiecenter,
        status: 'ACCEPTED',
        assignedWorkerId: worker.id,
      },
    });
    await t.prisma.caseTeamMember.create({ data: { caseId: id, userId: worker.id, role: 'EXECUTOR' } });

    const seen = await detail(executor, id);
    expect(seen.can).toMatchObject({
      writeNotes: true,
      uploadDocuments: true,
      timeline: true,
      changePhase: false,
      recordDecision: false,
      refer: false,
      update: false,
    });
    expect((await move(id, 'SCREENING', '2026-11-21')).statusCode).toBe(200);
    const refused = await executor.inject({
      method: 'POST',
      url: `/api/cases/${id}/phases`,
      payload: { toPhase: 'AFSLUTTET', changedOn: '2026-11-22', reason: 'x', version: seen.version + 1 },
    });
    expect(refused.statusCode).toBe(404);
    expect((await detail(caseworker, id)).can).toMatchObject({
      changePhase: true,
      recordDecision: true,
      refer: true,
      update: true,
      manageTeam: true,
    });

    const leader = await loginAs(t.app, 'leder.familiecenter@demo.inddrag.dk');
    expect((await detail(leader, id)).can).toMatchObject({ changePhase: false, update: false, writeNotes: true });
  });
});
