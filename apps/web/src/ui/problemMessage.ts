import { ProblemType } from '@inddrag/contracts';
import type { ParseKeys } from 'i18next';
import { ClientProblemType, isApiError } from '../api/ApiError';

type CommonKey = ParseKeys<'common'>;

const BY_TYPE: Record<string, CommonKey> = {
  [ProblemType.validation]: 'errors.validation',
  [ProblemType.notFound]: 'errors.notFound',
  [ProblemType.conflict]: 'errors.conflict',
  [ProblemType.unauthorized]: 'errors.unauthorized',
  [ProblemType.forbidden]: 'errors.forbidden',
  [ProblemType.rateLimited]: 'errors.rateLimited',
  [ProblemType.locked]: 'errors.locked',
  [ProblemType.csrf]: 'errors.csrf',
  [ProblemType.unavailable]: 'errors.unavailable',
  [ProblemType.internal]: 'errors.internal',
  [ClientProblemType.network]: 'errors.network',
  [ClientProblemType.invalidResponse]: 'errors.invalidResponse',
};

const BY_STATUS: Record<number, CommonKey> = {
  400: 'errors.validation',
  401: 'errors.unauthorized',
  403: 'errors.forbidden',
  404: 'errors.notFound',
  409: 'errors.conflict',
  422: 'errors.validation',
  429: 'errors.rateLimited',
  503: 'errors.unavailable',
};

/**
 * The message for a failure in the chosen language, picked by the problem's type URI, then
 * by status. The API's own `title`/`detail` (Danish only) are not shown, so English works too.
 */
export function problemMessageKey(error: unknown): CommonKey {
  if (!isApiError(error)) return 'errors.unknown';
  const { type, status } = error.problem;
  return BY_TYPE[type] ?? BY_STATUS[status] ?? (status >= 500 ? 'errors.internal' : 'errors.unknown');
}
