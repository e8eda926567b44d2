import { CasePhase, CaseSort, Uuid } from '@inddrag/contracts';
import type { CaseListFilters } from '../../api/cases';

export const DEFAULT_SORT: CaseSort = 'caseNumber';
export const MAX_QUERY_LENGTH = 100;

/** The case list's state as the URL holds it (`/sager?q=&phase=&unitId=&caseworkerId=&overdue=&flag=&sort=`). */
export interface CaseListParams {
  q: string;
  phase: CasePhase | undefined;
  unitId: string | undefined;
  caseworkerId: string | undefined;
  /** "Kun overskredne frister". */
  overdue: boolean;
  /** "Kun sager med mistanke om æresrelateret konflikt". */
  honourConflict: boolean;
  sort: CaseSort;
}

export const EMPTY_FILTERS = {
  q: '',
  phase: undefined,
  unitId: undefined,
  caseworkerId: undefined,
  overdue: false,
  honourConflict: false,
} as const satisfies Omit<CaseListParams, 'sort'>;

const uuidOrUndefined = (value: string | null) => {
  const parsed = Uuid.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** Reads the list's state from the URL, ignoring values the API would reject. */
export function parseCaseListParams(search: URLSearchParams): CaseListParams {
  const phase = CasePhase.safeParse(search.get('phase'));
  const sort = CaseSort.safeParse(search.get('sort'));
  return {
    q: (search.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    phase: phase.success ? phase.data : undefined,
    unitId: uuidOrUndefined(search.get('unitId')),
    caseworkerId: uuidOrUndefined(search.get('caseworkerId')),
    overdue: search.get('overdue') === 'true',
    honourConflict: search.get('flag') === 'HONOUR_CONFLICT',
    sort: sort.success ? sort.data : DEFAULT_SORT,
  };
}

/** Writes the list's state back, leaving out empty values and the default sort. */
export function toSearchParams(params: CaseListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.phase) search.set('phase', params.phase);
  if (params.unitId) search.set('unitId', params.unitId);
  if (params.caseworkerId) search.set('caseworkerId', params.caseworkerId);
  if (params.overdue) search.set('overdue', 'true');
  if (params.honourConflict) search.set('flag', 'HONOUR_CONFLICT');
  if (params.sort !== DEFAULT_SORT) search.set('sort', params.sort);
  return search;
}

/** The API query for the state: only the filters that are set. */
export function toFilters(params: CaseListParams): CaseListFilters {
  return {
    ...(params.q ? { q: params.q } : {}),
    ...(params.phase ? { phase: params.phase } : {}),
    ...(params.unitId ? { unitId: params.unitId } : {}),
    ...(params.caseworkerId ? { caseworkerId: params.caseworkerId } : {}),
    ...(params.overdue ? { overdue: true } : {}),
    ...(params.honourConflict ? { flag: 'HONOUR_CONFLICT' as const } : {}),
    sort: params.sort,
  };
}

/** Whether anything narrows the list (the sort does not). */
export function hasActiveFilters(params: CaseListParams): boolean {
  return (
    params.q !== '' ||
    params.phase !== undefined ||
    params.unitId !== undefined ||
    params.caseworkerId !== undefined ||
    params.overdue ||
    params.honourConflict
  );
}
