import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Problem, ProblemType, SessionInfo } from '@inddrag/contracts';
import { loginAs } from '../../testing/session';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let now = new Date('2026-11-24T08:00:00Z');
const advance = (ms: number) => (now = new Date(now.getTime() + ms));
const MINUTE = 60_000;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now, seed: true, env: { LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000' } });
});
afterAll(async () => t?.close());
beforeEach(async () => {
  await t.prisma.loginThrottle.deleteMany();
});

const login = (email: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('login', () => {
  it('starts a server-side session behind an httpOnly, SameSite=Lax cookie', async () => {
    const response = await login('Raadgiver@Demo.Inddrag.dk ', 'demo1234');
    expect(response.statusCode).toBe(200);
    const info = SessionInfo.parse(response.json());
    expect(info.user).toMatchObject({
      email: 'raadgiver@demo.inddrag.dk',
      role: 'CASEWORKER',
      unit: { name: 'Myndighedscentret', kind: 'MYNDIGHED' },
    });
    expect(info.idleTimeoutSeconds).toBe(30 * 60);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^inddrag_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const stored = await t.prisma.session.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toHaveLength(64);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrongPassword = await login('raadgiver@demo.inddrag.dk', 'forkert');
    const unknownEmail = await login('findes.ikke@demo.inddrag.dk', 'forkert');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    const strip = (body: string) => ({ ...(JSON.parse(body) as Problem), requestId: undefined });
    expect(strip(wrongPassword.body)).toEqual(strip(unknownEmail.body));
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('rejects a malformed login with field errors', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(
      Problem.parse(response.json())
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['body.email', 'body.password']);
  });

  it('refuses a deactivated user with the same answer as a wrong password', async () => {
    await t.prisma.user.update({ where: { email: 'samordner@demo.inddrag.dk' }, data: { active: false } });
    const response = await login('samordner@demo.inddrag.dk', 'demo1234');
    expect(response.statusCode).toBe(401);
    await t.prisma.user.update({ where: { email: 'samordner@demo.inddrag.dk' }, data: { active: true } });
  });
});

describe('lockout after 10 failures in a row', () => {
  it.each([['ppr@demo.inddrag.dk'], ['ingen.konto@demo.inddrag.dk']])(
    'locks %s on the 10th failure and releases it after 15 minutes',
    async (email) => {
      for (let attempt = 1; attempt <= 9; attempt += 1) expect((await login(email, 'forkert')).statusCode).toBe(401);
      const tenth = await login(email, 'forkert');
      expect(tenth.statusCode).toBe(423);
      expect(Problem.parse(tenth.json()).type).toBe(ProblemType.locked);
      expect((await login(email, 'demo1234')).statusCode).toBe(423);
      advance(14 * MINUTE);
      expect((await login(email, 'demo1234')).statusCode).toBe(423);
      advance(1 * MINUTE + 1);
      const after = await login(email, 'demo1234');
      expect(after.statusCode).toBe(email.startsWith('ppr') ? 200 : 401);
    },
  );

  it('counts failures in a row: a success resets the count', async () => {
    for (let attempt = 1; attempt <= 9; attempt += 1) await login('ppr@demo.inddrag.dk', 'forkert');
    expect((await login('ppr@demo.inddrag.dk', 'demo1234')).statusCode).toBe(200);
    expect((await login('ppr@demo.inddrag.dk', 'forkert')).statusCode).toBe(401);
  });

  it('logs failed logins and the lockout in the audit log', async () => {
    const before = await t.prisma.auditEvent.count({ where: { action: 'FAILED_LOGIN' } });
    await login('ppr@demo.inddrag.dk', 'forkert');
    expect(await t.prisma.auditEvent.count({ where: { action: 'FAILED_LOGIN' } })).toBe(before + 1);
  });
});

describe('session lifetime', () => {
  it('ends after 30 minutes without activity', async () => {
    const session = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
    advance(29 * MINUTE);
    expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    advance(29 * MINUTE);
    expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    advance(31 * MINUTE);
    const expired = await session.inject({ method: 'GET', url: '/api/auth/me' });
    expect(expired.statusCode).toBe(401);
    expect(String(expired.headers['set-cookie'])).toMatch(/inddrag_session=;/);
  });

  it('ends after 12 hours however active it is', async () => {
    const session = await loginAs(t.app, 'raadgiver@demo.inddrag.dk');
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      advance(20 * MINUTE);
      expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    }
    advance(20 * MINUTE);
    expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('logout ends every session of the user at once', async () => {
    const laptop = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
    const tablet = await loginAs(t.app, 'familiecenter@demo.inddrag.dk');
    const out = await laptop.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(204);
    expect((await laptop.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await tablet.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('deactivating a user ends their sessions at once', async () => {
    const worker = await loginAs(t.app, 'ungecenter@demo.inddrag.dk');
    const admin = await loginAs(t.app, 'admin@demo.inddrag.dk');
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'ungecenter@demo.inddrag.dk' } });
    const response = await admin.inject({
      method: 'POST',
      url: `/api/users/${user.id}/active`,
      payload: { active: false, version: user.version },
    });
    expect(response.statusCode).toBe(200);
    expect((await worker.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await admin.inject({
      method: 'POST',
      url: `/api/users/${user.id}/active`,
      payload: { active: true, version: user.version + 1 },
    });
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the session CSRF token', async () => {
    const session = await loginAs(t.app, 'leder@demo.inddrag.dk');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(missing.statusCode).toBe(403);
    expect(Problem.parse(missing.json()).type).toBe(ProblemType.csrf);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await session.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });
});

describe('logging in again over a live session', () => {
  it('needs no CSRF token: login is public', async () => {
    const session = await loginAs(t.app, 'leder@demo.inddrag.dk');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: session.cookie },
      payload: { email: 'leder@demo.inddrag.dk', password: 'demo1234' },
    });
    expect(again.statusCode).toBe(200);
  });
});

describe('unauthenticated', () => {
  it('answers 401 on every non-public route', async () => {
    for (const url of ['/api/cases', '/api/auth/me', '/api/users', `/api/cases/${crypto.randomUUID()}`]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(401);
      expect(Problem.parse(response.json()).type).toBe(ProblemType.unauthorized);
    }
  });
});

describe('rate limit per IP', () => {
  it('answers 429 past the configured number of login attempts a minute', async () => {
    const limited = await createTestApp({ env: { LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '3' } });
    try {
      const attempt = () =>
        limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.dk', password: 'x' } });
      for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(Problem.parse(blocked.json()).type).toBe(ProblemType.rateLimited);
    } finally {
      await limited.close();
    }
  });
});
