import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseCaseListParams, toSearchParams, type CaseListParams } from './caseListParams';

/** The case list's search, phase filter and sort, kept in the URL (`/sager?q=&phase=&sort=`). */
export function useCaseListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseCaseListParams(search), [search]);

  const update = useCallback(
    (patch: Partial<CaseListParams>, options?: { replace?: boolean }) => {
      setSearch((current) => toSearchParams({ ...parseCaseListParams(current), ...patch }), {
        replace: options?.replace ?? false,
        preventScrollReset: true,
      });
    },
    [setSearch],
  );

  // Typing replaces the history entry; choosing a filter or sort adds one (Back undoes it).
  const setQuery = useCallback((q: string) => update({ q: q.trim() }, { replace: true }), [update]);
  const setPhase = useCallback((phase: CaseListParams['phase']) => update({ phase }), [update]);
  const setSort = useCallback((sort: CaseListParams['sort']) => update({ sort }), [update]);
  const reset = useCallback(() => update({ q: '', phase: undefined }), [update]);

  return { params, setQuery, setPhase, setSort, reset };
}
