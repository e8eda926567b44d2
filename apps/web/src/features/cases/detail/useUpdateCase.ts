import type { UpdateCaseRequest } from '@inddrag/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseKeys, updateCase } from '../../../api/cases';

/** Changes the case (sends its version back; 409 when someone else changed it first). */
export function useUpdateCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateCaseRequest) => updateCase(caseId, request),
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(caseId), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.history(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.accessLog(caseId) });
    },
  });
}
