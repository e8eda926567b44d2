import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError';
import { shouldRetry } from './queryClient';

const problem = (status: number) => new ApiError('problem', { type: 'about:blank', title: 'x', status });

describe('shouldRetry', () => {
  it('does not retry a 4xx', () => {
    expect(shouldRetry(0, problem(400))).toBe(false);
    expect(shouldRetry(0, problem(404))).toBe(false);
    expect(shouldRetry(0, problem(409))).toBe(false);
  });

  it('retries a 5xx or a network error up to twice', () => {
    expect(shouldRetry(0, problem(503))).toBe(true);
    expect(shouldRetry(1, new ApiError('network', { type: 'x', title: 'x', status: 0 }))).toBe(true);
    expect(shouldRetry(2, problem(500))).toBe(false);
  });

  it('does not retry a response that breaks the contract', () => {
    expect(shouldRetry(0, new ApiError('invalid-response', { type: 'x', title: 'x', status: 200 }))).toBe(false);
  });
});
