import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { caseKeys, fetchTimeline } from '../../../api/cases';

/** The case's timeline, newest first, a page at a time ("Vis flere"). */
export function useTimeline(caseId: string) {
  const query = useInfiniteQuery({
    queryKey: caseKeys.timeline(caseId),
    queryFn: ({ pageParam, signal }) => fetchTimeline(caseId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
  const events = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  return {
    events,
    hasData: query.data !== undefined,
    isLoading: query.isPending,
    isFetchingNextPage: query.isFetchingNextPage,
    hasNextPage: query.hasNextPage,
    error: query.error,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}
