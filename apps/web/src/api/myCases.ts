import { MyCasesResponse } from '@inddrag/contracts';
import { apiRequest } from './client';

/** "Mine sager": the user's open cases, the next deadline first, a page at a time. */
export function fetchMyCases(query: { cursor?: string; limit?: number }, signal?: AbortSignal): Promise<MyCasesResponse> {
  return apiRequest('/cases/mine', MyCasesResponse, { query, ...(signal ? { signal } : {}) });
}
