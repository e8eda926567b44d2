import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseAccessLogResponse,
  CaseDetail,
  CaseTeamMember,
  ChangeHistoryResponse,
  Problem,
  ProblemType,
  RevealCprResponse,
} from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let caseworker: TestSession;
let leader: TestSession;
let ownCaseId: string;
let foreignCaseId: string;
let now = new Date('2026-11-24T09:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true });
  caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
  leader = await loginAs(t.app, 'leder@demo.inddrag.dk');
  const me = await t.prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' } });
  ownCaseId = (await t.prisma.caseTeamMember.findFirstOrThrow({ where: { userId: me.id, role: 'RESPONSIBLE' } }))
    .caseId;
  foreignCaseId = (await t.prisma.case.findFirstOrThrow({ where: { team: { none: { userId: me.id } } } })).id;
});
afterAll(async () => t?.close());

describe('GET /api/cases/:caseId', () => {
  it('shows a team member the case with its team, CPR masked', async () => {
    const response = await caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}` });
    expect(response.statusCode).toBe(200);
    const detail = CaseDetail.parse(response.json());
    expect(detail.accessVia).toBe('TEAM');
    expect(detail.team.some((m) => m.role === 'RESPONSIBLE')).toBe(true);
    expect(detail.child.cprMasked).toMatch(/^\d{6}-XXXX$/);
    const cpr = (await t.prisma.case.findUniqueOrThrow({ where: { id: ownCaseId } })).childCpr;
    expect(response.body).not.toContain(cpr.slice(6));
  });

  it("answers 404 for a case outside one's access, exactly as for one that does not exist", async () => {
    const foreign = await caseworker.inject({ method: 'GET', url: `/api/cases/${foreignCaseId}` });
    const missing = await caseworker.inject({ method: 'GET', url: `/api/cases/${crypto.randomUUID()}` });
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const strip = (body: string) => {
      const { requestId: _r, instance: _i, ...rest } = JSON.parse(body) as Problem;
      return rest;
    };
    expect(strip(foreign.body)).toEqual(strip(missing.body));
  });

  it('lets the leader of the unit holding the case read it', async () => {
    const response = await leader.inject({ method: 'GET', url: `/api/cases/${foreignCaseId}` });
    expect(response.statusCode).toBe(200);
    expect(CaseDetail.parse(response.json()).accessVia).toBe('UNIT');
  });
});

describe('vis CPR', () => {
  it('reveals the full number to the case team and logs it with its purpose', async () => {
    const response = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${ownCaseId}/cpr`,
      payload: { reason: 'Opslag i CPR-registret' },
    });
    expect(response.statusCode).toBe(200);
    const { cpr } = RevealCprResponse.parse(response.json());
    const stored = (await t.prisma.case.findUniqueOrThrow({ where: { id: ownCaseId } })).childCpr;
    expect(cpr.replace('-', '')).toBe(stored);
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'REVEAL_CPR', caseId: ownCaseId },
      orderBy: { seq: 'desc' },
    });
    expect(event.reason).toBe('Opslag i CPR-registret');
  });

  it('requires a purpose', async () => {
    const response = await caseworker.inject({ method: 'POST', url: `/api/cases/${ownCaseId}/cpr`, payload: {} });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors?.[0]?.path).toBe('body.reason');
  });

  it('is not for the leader, who is not on the team', async () => {
    const response = await leader.inject({
      method: 'POST',
      url: `/api/cases/${foreignCaseId}/cpr`,
      payload: { reason: 'nysgerrig' },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('versioned updates and change history', () => {
  it('records each changed field and refuses a stale version with 409', async () => {
    const before = CaseDetail.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}` })).json(),
    );
    const first = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${ownCaseId}`,
      payload: { honourConflictSuspected: !before.honourConflictSuspected, version: before.version },
    });
    expect(first.statusCode).toBe(200);
    expect(CaseDetail.parse(first.json()).version).toBe(before.version + 1);

    const stale = await leader.inject({
      method: 'PATCH',
      url: `/api/cases/${ownCaseId}`,
      payload: { honourConflictSuspected: before.honourConflictSuspected, version: before.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(Problem.parse(stale.json()).type).toBe(ProblemType.conflict);

    const history = ChangeHistoryResponse.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}/history?entityType=Case` })).json(),
    );
    expect(history.items[0]).toMatchObject({
      action: 'UPDATE',
      entityType: 'Case',
      user: { name: 'Sofie Lund' },
      changes: [
        { field: 'honourConflictSuspected', from: before.honourConflictSuspected, to: !before.honourConflictSuspected },
      ],
    });
  });

  it('only lets an active Myndighed caseworker be responsible', async () => {
    const detail = CaseDetail.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}` })).json(),
    );
    const executor = await t.prisma.user.findUniqueOrThrow({ where: { email: 'familiecenter@demo.inddrag.dk' } });
    const response = await caseworker.inject({
      method: 'PATCH',
      url: `/api/cases/${ownCaseId}`,
      payload: { responsibleCaseworkerId: executor.id, version: detail.version },
    });
    expect(response.statusCode).toBe(400);
    expect(Problem.parse(response.json()).errors?.[0]?.path).toBe('body.responsibleCaseworkerId');
  });
});

describe('case team', () => {
  it('lets the responsible caseworker add and remove a co-worker, logged as changes', async () => {
    const ppr = await t.prisma.user.findUniqueOrThrow({ where: { email: 'ppr@demo.inddrag.dk' } });
    await t.prisma.caseTeamMember.deleteMany({ where: { caseId: ownCaseId, userId: ppr.id } });
    const added = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${ownCaseId}/team`,
      payload: { userId: ppr.id, role: 'CO_WORKER' },
    });
    expect(added.statusCode).toBe(201);
    const member = CaseTeamMember.parse(added.json());
    expect(member).toMatchObject({
      user: { id: ppr.id, name: 'Lars Winther' },
      unit: { kind: 'PPR' },
      role: 'CO_WORKER',
    });
    const pprSession = await loginAs(t.app, 'ppr@demo.inddrag.dk');
    expect((await pprSession.inject({ method: 'GET', url: `/api/cases/${ownCaseId}` })).statusCode).toBe(200);

    const wrongRole = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${ownCaseId}/team`,
      payload: { userId: ppr.id, role: 'RESPONSIBLE' },
    });
    expect(wrongRole.statusCode).toBe(400);
    expect(Problem.parse(wrongRole.json()).errors?.[0]?.path).toBe('body.role');
    const twice = await caseworker.inject({
      method: 'POST',
      url: `/api/cases/${ownCaseId}/team`,
      payload: { userId: ppr.id, role: 'CO_WORKER' },
    });
    expect(twice.statusCode).toBe(409);

    const removed = await caseworker.inject({
      method: 'DELETE',
      url: `/api/cases/${ownCaseId}/team/${member.id}?version=${member.version}`,
    });
    expect(removed.statusCode).toBe(204);
    expect((await pprSession.inject({ method: 'GET', url: `/api/cases/${ownCaseId}` })).statusCode).toBe(404);
    const history = ChangeHistoryResponse.parse(
      (
        await caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}/history?entityType=CaseTeamMember` })
      ).json(),
    );
    expect(history.items.map((h) => h.action)).toEqual(['DELETE', 'CREATE']);
    expect(history.items[1]?.changes).toContainEqual({ field: 'role', from: null, to: 'CO_WORKER' });
  });
});

describe('Hvem har set sagen', () => {
  it('lists the visits to the case with name, unit and role', async () => {
    await caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}` });
    const response = await caseworker.inject({ method: 'GET', url: `/api/cases/${ownCaseId}/access-log` });
    expect(response.statusCode).toBe(200);
    const log = CaseAccessLogResponse.parse(response.json());
    expect(log.items[0]).toMatchObject({
      action: 'READ',
      entityType: 'Case',
      user: { name: 'Sofie Lund' },
      unitName: 'Myndighedscentret',
      role: 'CASEWORKER',
    });
  });

  it('is refused to an executor on the team', async () => {
    const executorCase = await t.prisma.caseTeamMember.findFirstOrThrow({
      where: { role: 'EXECUTOR', user: { email: 'familiecenter@demo.inddrag.dk' } },
    });
    const executor = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
    expect((await executor.inject({ method: 'GET', url: `/api/cases/${executorCase.caseId}` })).statusCode).toBe(200);
    expect(
      (await executor.inject({ method: 'GET', url: `/api/cases/${executorCase.caseId}/access-log` })).statusCode,
    ).toBe(404);
  });
});

describe('emergency access (bryd glasset)', () => {
  it('opens a case for a limited time with a mandatory reason, logged and flagged to the unit leader', async () => {
    const target = await t.prisma.case.findUniqueOrThrow({ where: { id: foreignCaseId } });
    expect(
      (
        await caseworker.inject({
          method: 'POST',
          url: '/api/emergency-access',
          payload: { caseNumber: target.caseNumber, reason: 'kort' },
        })
      ).statusCode,
    ).toBe(400);

    const granted = await caseworker.inject({
      method: 'POST',
      url: '/api/emergency-access',
      payload: { caseNumber: target.caseNumber, reason: 'Akut henvendelse fra skolen uden for åbningstid' },
    });
    expect(granted.statusCode).toBe(201);
    const detail = CaseDetail.parse(
      (await caseworker.inject({ method: 'GET', url: `/api/cases/${foreignCaseId}` })).json(),
    );
    expect(detail.accessVia).toBe('EMERGENCY');
    expect(detail.emergencyAccessExpiresAt).not.toBeNull();

    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'EMERGENCY_ACCESS', caseId: foreignCaseId },
    });
    expect(event.reason).toBe('Akut henvendelse fra skolen uden for åbningstid');

    const flags = (await leader.inject({ method: 'GET', url: '/api/emergency-access' })).json() as {
      items: { id: string; caseNumber: string; reviewedAt: string | null }[];
    };
    const flag = flags.items.find((f) => f.caseNumber === target.caseNumber);
    expect(flag?.reviewedAt).toBeNull();
    expect(
      (await leader.inject({ method: 'POST', url: `/api/emergency-access/${flag!.id}/reviewed` })).statusCode,
    ).toBe(204);

    // Reading only: an emergency access does not let one act as a team member.
    expect(
      (await caseworker.inject({ method: 'POST', url: `/api/cases/${foreignCaseId}/cpr`, payload: { reason: 'test' } }))
        .statusCode,
    ).toBe(404);

    now = new Date(now.getTime() + 5 * 3_600_000);
    caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
    leader = await loginAs(t.app, 'leder@demo.inddrag.dk');
    expect((await caseworker.inject({ method: 'GET', url: `/api/cases/${foreignCaseId}` })).statusCode).toBe(404);
  });

  it('answers 404 for an unknown case number', async () => {
    const response = await caseworker.inject({
      method: 'POST',
      url: '/api/emergency-access',
      payload: { caseNumber: 'X-999', reason: 'Akut henvendelse fra politiet' },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('insight export (GDPR art. 15)', () => {
  it("lists dates and purposes of the reads of a child's case without employee names", async () => {
    const admin = await loginAs(t.app, 'admin@demo.inddrag.dk');
    const target = await t.prisma.case.findUniqueOrThrow({ where: { id: ownCaseId } });
    const response = await admin.inject({
      method: 'POST',
      url: '/api/audit/insight-export',
      payload: { caseNumber: target.caseNumber, reason: 'Anmodning om indsigt fra forælder' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { entries: { action: string; purpose: string | null }[] };
    expect(body.entries.some((e) => e.action === 'READ')).toBe(true);
    expect(body.entries.some((e) => e.action === 'REVEAL_CPR' && e.purpose === 'Opslag i CPR-registret')).toBe(true);
    expect(response.body).not.toContain('Sofie Lund');
    expect(response.body).not.toContain('raadgiver@');
  });

  it('is for the admin only', async () => {
    expect(
      (
        await caseworker.inject({
          method: 'POST',
          url: '/api/audit/insight-export',
          payload: { caseNumber: '2026-0001', reason: 'Anmodning' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
