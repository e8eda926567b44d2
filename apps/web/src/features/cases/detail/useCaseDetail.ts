import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/ApiError';
import { caseKeys, fetchCase } from '../../../api/cases';

/**
 * One case. Each visit asks the API again (staleTime 0), so every look at the case is in its
 * log; a 404 means "does not exist or no access" and is not retried.
 */
export function useCaseDetail(caseId: string) {
  const query = useQuery({
    queryKey: caseKeys.detail(caseId),
    queryFn: ({ signal }) => fetchCase(caseId, signal),
    staleTime: 0,
  });
  const notFound = isApiError(query.error) && query.error.status === 404;
  return {
    detail: query.data,
    isLoading: query.isPending,
    isRefreshing: query.isFetching && !query.isPending,
    notFound,
    error: notFound ? null : query.error,
    refetch: () => void query.refetch(),
  };
}
