import { CasePhase, CaseSort } from '@inddrag/contracts';
import type { CaseListFilters } from '../../api/cases';

export const DEFAULT_SORT: CaseSort = 'caseNumber';
export const MAX_QUERY_LENGTH = 100;

export interface CaseListParams {
  q: string;
  phase: CasePhase | undefined;
  sort: CaseSort;
}

/** Reads the list's state from the URL, ignoring values the API would reject. */
export function parseCaseListParams(search: URLSearchParams): CaseListParams {
  const phase = CasePhase.safeParse(search.get('phase'));
  const sort = CaseSort.safeParse(search.get('sort'));
  return {
    q: (search.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    phase: phase.success ? phase.data : undefined,
    sort: sort.success ? sort.data : DEFAULT_SORT,
  };
}

/** Writes the list's state back, leaving out empty values and the default sort. */
export function toSearchParams(params: CaseListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.phase) search.set('phase', params.phase);
  if (params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  return search;
}

export function toFilters(params: CaseListParams): CaseListFilters {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.phase ? { phase: params.phase } : {}),
    sort: params.sort,
  };
}

export function hasActiveFilters(params: CaseListParams): boolean {
  return params.q !== '' || params.phase !== undefined;
}
