import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { caseKeys } from '../../api/cases';
import { fetchMyCases } from '../../api/myCases';

export const MY_CASES_PAGE_SIZE = 25;

/** "Mine sager", one page at a time ("Vis flere"), following the API's cursor. */
export function useMyCases() {
  const query = useInfiniteQuery({
    queryKey: caseKeys.mine(),
    queryFn: ({ pageParam, signal }) => fetchMyCases({ cursor: pageParam, limit: MY_CASES_PAGE_SIZE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  const { data, error, refetch, fetchNextPage, isFetchNextPageError } = query;
  const cases = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  return {
    cases,
    hasData: data !== undefined,
    isLoading: query.isPending,
    isFetchingNextPage: query.isFetchingNextPage,
    hasNextPage: query.hasNextPage,
    error,
    loadMore: () => void fetchNextPage(),
    retry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
  };
}
