import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isApiError } from '../../../api/ApiError';
import { caseKeys, fetchCaseAccessLog } from '../../../api/cases';

/** "Hvem har set sagen", a page at a time. A 404 means the user may not see it: hide the section. */
export function useAccessLog(caseId: string, enabled: boolean) {
  const query = useInfiniteQuery({
    queryKey: caseKeys.accessLog(caseId),
    queryFn: ({ pageParam, signal }) => fetchCaseAccessLog(caseId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    staleTime: 0,
  });
  const entries = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const hidden = isApiError(query.error) && query.error.status === 404;
  return {
    entries,
    hasData: query.data !== undefined,
    hidden,
    isLoading: query.isPending && enabled,
    isFetchingNextPage: query.isFetchingNextPage,
    hasNextPage: query.hasNextPage,
    error: hidden ? null : query.error,
    loadMore: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}
