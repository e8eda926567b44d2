import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchUserActivity } from '../api/audit';
import { adminKeys } from '../api/keys';

/** A user's audit trail, newest first, one page at a time ("Vis flere") following the API's cursor. */
export function useUserActivity(userId: string) {
  const query = useInfiniteQuery({
    queryKey: adminKeys.activity(userId),
    queryFn: ({ pageParam, signal }) => fetchUserActivity(userId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
  const { data, error, refetch, fetchNextPage, isFetchNextPageError } = query;
  const entries = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  return {
    entries,
    hasData: data !== undefined,
    isLoading: query.isPending,
    isFetchingNextPage: query.isFetchingNextPage,
    isRefetching: query.isFetching && !query.isFetchingNextPage && !query.isPending,
    hasNextPage: query.hasNextPage,
    error,
    loadMore: () => void fetchNextPage(),
    retry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
  };
}
