import { ProblemType } from '@inddrag/contracts';
import type { ParseKeys } from 'i18next';
import { isApiError } from '../../api/ApiError';
import { problemMessageKey } from '../../ui/problemMessage';

export type LoginErrorMessage = { ns: 'auth'; key: ParseKeys<'auth'> } | { ns: 'common'; key: ParseKeys<'common'> };

/** The message for a failed login: wrong credentials, locked account, rate limit, or a general failure. */
export function loginErrorMessage(error: unknown): LoginErrorMessage {
  if (isApiError(error)) {
    const { type, status } = error.problem;
    if (type === ProblemType.locked || status === 423) return { ns: 'auth', key: 'login.errors.locked' };
    if (type === ProblemType.rateLimited || status === 429) return { ns: 'auth', key: 'login.errors.rateLimited' };
    if (type === ProblemType.unauthorized || status === 401)
      return { ns: 'auth', key: 'login.errors.wrongCredentials' };
    if (type === ProblemType.validation || status === 400) return { ns: 'auth', key: 'login.errors.invalid' };
  }
  return { ns: 'common', key: problemMessageKey(error) };
}
