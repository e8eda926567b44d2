import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Problem,
  ProblemType,
  UnitListResponse,
  UserActivityResponse,
  UserListResponse,
  UserSummary,
} from '@inddrag/contracts';
import { loginAs, type TestSession } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let admin: TestSession;
let units: UnitListResponse['items'];

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  admin = await loginAs(t.app, 'admin@demo.inddrag.dk');
  units = UnitListResponse.parse((await admin.inject({ method: 'GET', url: '/api/units' })).json()).items;
});
afterAll(async () => t?.close());

const unitId = (kind: string) => units.find((u) => u.kind === kind)!.id;

describe('user administration', () => {
  it("lists the municipality's users for the admin only", async () => {
    const list = UserListResponse.parse((await admin.inject({ method: 'GET', url: '/api/users' })).json());
    expect(list.items).toHaveLength(10);
    const caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
    expect((await caseworker.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
  });

  it('creates a user who can then log in', async () => {
    const response = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        name: 'Nina Rådgiver',
        email: 'nina@demo.inddrag.dk',
        role: 'CASEWORKER',
        unitId: unitId('MYNDIGHED'),
        password: 'en lang adgangskode',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(UserSummary.parse(response.json())).toMatchObject({
      role: 'CASEWORKER',
      active: true,
      unit: { kind: 'MYNDIGHED' },
    });
    expect((await loginAs(t.app, 'nina@demo.inddrag.dk', 'en lang adgangskode')).csrfToken).toBeTruthy();
  });

  it('names the field when a domain rule is broken', async () => {
    const wrongUnit = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        name: 'Ole',
        email: 'ole@demo.inddrag.dk',
        role: 'CASEWORKER',
        unitId: unitId('FAMILIECENTER'),
        password: 'en lang adgangskode',
      },
    });
    expect(wrongUnit.statusCode).toBe(400);
    expect(Problem.parse(wrongUnit.json()).errors).toEqual([{ path: 'body.unitId', message: expect.any(String) }]);

    const taken = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        name: 'Kopi',
        email: 'ppr@demo.inddrag.dk',
        role: 'PPR',
        unitId: unitId('PPR'),
        password: 'en lang adgangskode',
      },
    });
    expect(Problem.parse(taken.json()).errors?.[0]?.path).toBe('body.email');

    const shortPassword = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: { name: 'Kort', email: 'kort@demo.inddrag.dk', role: 'ADMIN', unitId: null, password: 'kort' },
    });
    expect(Problem.parse(shortPassword.json()).errors?.[0]?.path).toBe('body.password');
  });

  it('changes role and unit with versioning: a stale write gets 409', async () => {
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'facilitator@demo.inddrag.dk' } });
    const payload = { name: user.name, role: 'EXECUTOR', unitId: unitId('UNGECENTER'), version: user.version };
    const first = await admin.inject({ method: 'PUT', url: `/api/users/${user.id}`, payload });
    expect(first.statusCode).toBe(200);
    expect(UserSummary.parse(first.json())).toMatchObject({ role: 'EXECUTOR', version: user.version + 1 });
    const stale = await admin.inject({
      method: 'PUT',
      url: `/api/users/${user.id}`,
      payload: { ...payload, role: 'FACILITATOR', unitId: unitId('FAMILIECENTER') },
    });
    expect(stale.statusCode).toBe(409);
    expect(Problem.parse(stale.json()).type).toBe(ProblemType.conflict);
  });

  it('resets a password: the old one stops working and sessions end', async () => {
    const session = await loginAs(t.app, 'ungecenter@demo.inddrag.dk');
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'ungecenter@demo.inddrag.dk' } });
    const response = await admin.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'helt ny adgangskode', version: user.version },
    });
    expect(response.statusCode).toBe(200);
    expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ungecenter@demo.inddrag.dk', password: 'demo1234' },
    });
    expect(old.statusCode).toBe(401);
    await loginAs(t.app, 'ungecenter@demo.inddrag.dk', 'helt ny adgangskode');
  });

  it('will not let the admin deactivate themself', async () => {
    const me = await t.prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.inddrag.dk' } });
    const response = await admin.inject({
      method: 'POST',
      url: `/api/users/${me.id}/active`,
      payload: { active: false, version: me.version },
    });
    expect(response.statusCode).toBe(400);
  });

  it("shows a user's activity to the admin", async () => {
    const caseworker = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
    await caseworker.inject({ method: 'GET', url: '/api/cases' });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'raadgiver@demo.inddrag.dk' } });
    const activity = UserActivityResponse.parse(
      (await admin.inject({ method: 'GET', url: `/api/audit/users/${user.id}` })).json(),
    );
    expect(activity.items.map((item) => item.action)).toEqual(expect.arrayContaining(['SEARCH', 'LOGIN']));
  });

  it('records every user change with its fields in the audit log', async () => {
    const events = await t.prisma.auditEvent.findMany({
      where: { entityType: 'User', action: { in: ['CREATE', 'UPDATE'] } },
    });
    expect(events.length).toBeGreaterThanOrEqual(3);
    const roleChange = events.find((e) => JSON.stringify(e.details).includes('"field":"role"'));
    expect(roleChange).toBeDefined();
  });
});
