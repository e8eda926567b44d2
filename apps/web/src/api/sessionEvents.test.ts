import { CSRF_HEADER, ProblemType } from '@inddrag/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest } from './client';
import { getLastActivityAt, onCsrfRejected, onUnauthorized, setCsrfToken } from './sessionEvents';

const Any = z.unknown();

function respond(status: number, body: unknown = {}) {
  const fetchMock = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const headersOf = (fetchMock: ReturnType<typeof respond>) =>
  fetchMock.mock.calls[0]![1].headers as Record<string, string>;

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('CSRF token', () => {
  it('is sent on every request that changes something, never on a read', async () => {
    setCsrfToken('token-1');
    const post = respond(200);
    await apiRequest('/cases/x/team', Any, { method: 'POST', body: {} });
    expect(headersOf(post)[CSRF_HEADER]).toBe('token-1');

    for (const method of ['PATCH', 'PUT', 'DELETE'] as const) {
      const write = respond(200);
      await apiRequest('/x', Any, { method });
      expect(headersOf(write)[CSRF_HEADER]).toBe('token-1');
    }

    const get = respond(200);
    await apiRequest('/cases', Any);
    expect(headersOf(get)[CSRF_HEADER]).toBeUndefined();
  });

  it('reports a 403 csrf so the session can fetch a fresh token', async () => {
    const listener = vi.fn();
    const stop = onCsrfRejected(listener);
    respond(403, { type: ProblemType.csrf, title: 'x', status: 403 });
    await expect(apiRequest('/x', Any, { method: 'POST' })).rejects.toMatchObject({ status: 403 });
    expect(listener).toHaveBeenCalledTimes(1);

    respond(403, { type: ProblemType.forbidden, title: 'x', status: 403 });
    await expect(apiRequest('/x', Any, { method: 'POST' })).rejects.toMatchObject({ status: 403 });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('401', () => {
  it('tells the session that it has ended', async () => {
    const listener = vi.fn();
    const stop = onUnauthorized(listener);
    respond(401, { type: ProblemType.unauthorized, title: 'x', status: 401 });
    await expect(apiRequest('/cases', Any)).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stays quiet when the caller expects it (the login call, the start-up check)', async () => {
    const listener = vi.fn();
    const stop = onUnauthorized(listener);
    respond(401, { type: ProblemType.unauthorized, title: 'x', status: 401 });
    await expect(apiRequest('/auth/login', Any, { method: 'POST', handlesSessionErrors: true })).rejects.toMatchObject({
      status: 401,
    });
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});

describe('activity', () => {
  it('restarts the idle clock on any answer but a 401', async () => {
    const before = getLastActivityAt();
    await new Promise((r) => setTimeout(r, 5));
    respond(404, { type: ProblemType.notFound, title: 'x', status: 404 });
    await apiRequest('/x', Any).catch(() => undefined);
    const after404 = getLastActivityAt();
    expect(after404).toBeGreaterThan(before);

    await new Promise((r) => setTimeout(r, 5));
    respond(401, { type: ProblemType.unauthorized, title: 'x', status: 401 });
    await apiRequest('/x', Any, { handlesSessionErrors: true }).catch(() => undefined);
    expect(getLastActivityAt()).toBe(after404);
  });
});
