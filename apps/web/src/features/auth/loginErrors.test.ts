import { ProblemType } from '@inddrag/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError, ClientProblemType } from '../../api/ApiError';
import { loginErrorMessage } from './loginErrors';

const problem = (type: string, status: number) => new ApiError('problem', { type, title: 'x', status });

describe('loginErrorMessage', () => {
  it('says wrong e-mail or password on 401', () => {
    expect(loginErrorMessage(problem(ProblemType.unauthorized, 401))).toEqual({
      ns: 'auth',
      key: 'login.errors.wrongCredentials',
    });
  });

  it('explains the 15-minute lock on 423', () => {
    expect(loginErrorMessage(problem(ProblemType.locked, 423))).toEqual({ ns: 'auth', key: 'login.errors.locked' });
  });

  it('asks the user to wait on 429, also without a problem body', () => {
    expect(loginErrorMessage(problem('about:blank', 429))).toEqual({ ns: 'auth', key: 'login.errors.rateLimited' });
  });

  it('falls back to the general messages (network, server)', () => {
    expect(
      loginErrorMessage(new ApiError('network', { type: ClientProblemType.network, title: 'x', status: 0 })),
    ).toEqual({
      ns: 'common',
      key: 'errors.network',
    });
    expect(loginErrorMessage(problem('about:blank', 500))).toEqual({ ns: 'common', key: 'errors.internal' });
  });
});
