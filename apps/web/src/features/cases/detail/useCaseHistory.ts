import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/ApiError';
import { caseKeys, fetchCaseHistory } from '../../../api/cases';

export function useCaseHistory(caseId: string, enabled: boolean) {
  const query = useQuery({
    queryKey: caseKeys.history(caseId),
    queryFn: ({ signal }) => fetchCaseHistory(caseId, signal),
    enabled,
    staleTime: 0,
  });
  const hidden = isApiError(query.error) && query.error.status === 404;
  return {
    entries: query.data?.items ?? [],
    hasData: query.data !== undefined,
    hidden,
    isLoading: query.isPending && enabled,
    error: hidden ? null : query.error,
    retry: () => void query.refetch(),
  };
}
