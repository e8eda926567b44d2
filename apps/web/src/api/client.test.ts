import { CaseListResponse, ProblemType } from '@inddrag/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, ClientProblemType } from './ApiError';
import { apiRequest, buildUrl } from './client';

const caseSummary = {
  id: '6f1c2a8e-2b7d-4c59-9f0a-1d2e3f405162',
  caseNumber: 'S-2026-0001',
  child: { firstName: 'Ida', lastName: 'Hansen', cprMasked: '010115-XXXX', dateOfBirth: '2015-01-01', age: 11 },
  phase: 'SCREENING',
  phaseChangedAt: '2026-03-01T10:00:00.000Z',
  awareOn: '2026-02-20',
  responsibleUnit: { id: '7a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d', name: 'MyndighedsCentret', kind: 'MYNDIGHED' },
  responsibleCaseworker: null,
  honourConflictSuspected: false,
  nextDeadline: null,
  openedAt: '2026-02-20T08:00:00.000Z',
  closedAt: null,
  version: 1,
};

function respond(status: number, body: unknown, contentType = 'application/json') {
  const fetchMock = vi.fn(
    async () =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': contentType },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('buildUrl', () => {
  it('prefixes /api and leaves out empty values', () => {
    expect(buildUrl('/cases', { q: 'ida', phase: undefined, cursor: '', limit: 25 })).toBe('/api/cases?q=ida&limit=25');
    expect(buildUrl('/health')).toBe('/api/health');
  });
});

describe('apiRequest', () => {
  it('returns the body parsed with the contract schema and sends same-origin credentials', async () => {
    const fetchMock = respond(200, { items: [caseSummary], nextCursor: null });
    const result = await apiRequest('/cases', CaseListResponse, { query: { q: 'Ida' } });
    expect(result.items[0]?.caseNumber).toBe('S-2026-0001');
    expect(fetchMock).toHaveBeenCalledWith('/api/cases?q=Ida', expect.objectContaining({ credentials: 'same-origin' }));
  });

  it('turns problem+json into an ApiError with the problem', async () => {
    respond(
      400,
      {
        type: ProblemType.validation,
        title: 'Bad Request',
        status: 400,
        errors: [{ path: 'query.phase', message: 'Invalid' }],
        requestId: 'req-1',
      },
      'application/problem+json',
    );
    const error = await apiRequest('/cases', CaseListResponse).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.kind).toBe('problem');
    expect(apiError.status).toBe(400);
    expect(apiError.problem.type).toBe(ProblemType.validation);
    expect(apiError.fieldErrors).toEqual([{ path: 'query.phase', message: 'Invalid' }]);
    expect(apiError.isClientError).toBe(true);
  });

  it('wraps an error without a problem body (e.g. a proxy 502) in a problem', async () => {
    respond(502, '<html>Bad gateway</html>', 'text/html');
    const error = (await apiRequest('/cases', CaseListResponse).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('problem');
    expect(error.status).toBe(502);
    expect(error.problem.type).toBe('about:blank');
  });

  it('reports a body that breaks the contract as invalid-response', async () => {
    respond(200, { items: [{ ...caseSummary, phase: 'UNKNOWN' }], nextCursor: null });
    const error = (await apiRequest('/cases', CaseListResponse).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('invalid-response');
    expect(error.problem.type).toBe(ClientProblemType.invalidResponse);
  });

  it('reports a failed fetch as a network error with status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = (await apiRequest('/cases', CaseListResponse).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
  });

  it('lets an abort through unchanged', async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new DOMException('Aborted', 'AbortError'))),
    );
    const error = await apiRequest('/cases', CaseListResponse, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
  });
});
