import { CSRF_HEADER, ProblemType } from '@inddrag/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { login } from './auth';
import { getCsrfToken, onCsrfRejected, setCsrfToken } from './sessionEvents';

const session = (csrfToken: string) => ({
  user: {
    id: '1e694e4b-4cb8-465a-9522-26a41be16693',
    name: 'Sofie Lund',
    email: 'raadgiver@demo.inddrag.dk',
    role: 'CASEWORKER',
    unit: null,
    municipality: { id: 'e64c9cc2-af26-4ce1-8476-e8938e1d7c28', name: 'Demo Kommune' },
    permissions: ['case.list'],
  },
  csrfToken,
  expiresAt: '2026-03-01T22:00:00.000Z',
  idleTimeoutSeconds: 1800,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('login', () => {
  it("keeps the new session's CSRF token", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, session('new-token'))),
    );
    await login({ email: 'raadgiver@demo.inddrag.dk', password: 'demo1234' });
    expect(getCsrfToken()).toBe('new-token');
  });

  it('with a live session cookie but no token (another tab): fetches the token once and logs in', async () => {
    const csrfListener = vi.fn();
    const stop = onCsrfRejected(csrfListener);
    const fetchMock = vi
      .fn<(url: string, init: RequestInit) => Promise<Response>>()
      .mockResolvedValueOnce(json(403, { type: ProblemType.csrf, title: 'x', status: 403 }))
      .mockResolvedValueOnce(json(200, session('old-session-token')))
      .mockResolvedValueOnce(json(200, session('new-token')));
    vi.stubGlobal('fetch', fetchMock);

    const info = await login({ email: 'raadgiver@demo.inddrag.dk', password: 'demo1234' });

    expect(info.csrfToken).toBe('new-token');
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/auth/login', '/api/auth/me', '/api/auth/login']);
    expect((fetchMock.mock.calls[2]![1].headers as Record<string, string>)[CSRF_HEADER]).toBe('old-session-token');
    // Handled here: the rest of the app is not told to renew anything.
    expect(csrfListener).not.toHaveBeenCalled();
    stop();
  });
});
