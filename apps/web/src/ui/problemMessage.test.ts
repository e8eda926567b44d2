import { ProblemType } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError, ClientProblemType } from '../api/ApiError';
import { problemMessageKey } from './problemMessage';

const error = (type: string, status: number) => new ApiError('problem', { type, title: 'x', status });

describe('problemMessageKey', () => {
  it('chooses the message by problem type', () => {
    expect(problemMessageKey(error(ProblemType.forbidden, 403))).toBe('errors.forbidden');
    expect(problemMessageKey(error(ProblemType.conflict, 409))).toBe('errors.conflict');
    expect(problemMessageKey(new ApiError('network', { type: ClientProblemType.network, title: 'x', status: 0 }))).toBe(
      'errors.network',
    );
  });

  it('falls back to the status, then to a generic message', () => {
    expect(problemMessageKey(error('about:blank', 404))).toBe('errors.notFound');
    expect(problemMessageKey(error('about:blank', 502))).toBe('errors.internal');
    expect(problemMessageKey(new Error('boom'))).toBe('errors.unknown');
  });
});
