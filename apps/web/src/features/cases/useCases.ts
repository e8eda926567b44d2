import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { caseKeys, fetchCases, type CaseListFilters } from '../../api/cases';

export const CASE_PAGE_SIZE = 25;

/** The case list, one page at a time ("Vis flere"), following the API's cursor. */
export function useCases(filters: CaseListFilters) {
  const query = useInfiniteQuery({
    queryKey: caseKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchCases({ ...filters, cursor: pageParam, limit: CASE_PAGE_SIZE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // While a new search loads, keep showing the previous rows (marked busy) instead of a blank table.
    placeholderData: keepPreviousData,
  });

  const { data, error, refetch, fetchNextPage, isFetchNextPageError } = query;
  const cases = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);

  return {
    cases,
    hasData: data !== undefined,
    isLoading: query.isPending,
    /** Fetching a new first page (new filters or a retry), not "Vis flere". */
    isRefreshing: query.isFetching && !query.isFetchingNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    hasNextPage: query.hasNextPage,
    error,
    loadMore: () => void fetchNextPage(),
    retry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
  };
}
