import type { CreateCaseRequest } from '@inddrag/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseKeys, createCase } from '../../../api/cases';

/** Registers the notification and opens the case; the case lists are stale afterwards. */
export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCaseRequest) => createCase(request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseKeys.lists() }),
  });
}
