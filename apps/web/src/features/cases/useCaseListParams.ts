import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EMPTY_FILTERS, parseCaseListParams, toSearchParams, type CaseListParams } from './caseListParams';

/** The case list's search, filters and sort, kept in the URL (see caseListParams). */
export function useCaseListParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseCaseListParams(search), [search]);

  const update = useCallback(
    (patch: Partial<CaseListParams>, options?: { replace?: boolean }) => {
      const replace = options?.replace ?? false;
      setSearch((current) => toSearchParams({ ...parseCaseListParams(current), ...patch }), {
        replace,
        preventScrollReset: true,
        // A ticked box or a chosen option shows its new state at once, not after the navigation's transition.
        flushSync: !replace,
      });
    },
    [setSearch],
  );

  // Typing replaces the history entry; choosing a filter or sort adds one (Back undoes it).
  const setQuery = useCallback((q: string) => update({ q: q.trim() }, { replace: true }), [update]);
  const setFilter = useCallback(
    (patch: Partial<Omit<CaseListParams, 'q' | 'sort'>>) => update(patch),
    [update],
  );
  const setSort = useCallback((sort: CaseListParams['sort']) => update({ sort }), [update]);
  const reset = useCallback(() => update(EMPTY_FILTERS), [update]);

  return { params, setQuery, setFilter, setSort, reset };
}
