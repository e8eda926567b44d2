import type { UpdateCaseRequest } from '@inddrag/contracts';
import { useMutation } from '@tanstack/react-query';
import { updateCase } from '../../../api/cases';
import { useRefreshCase } from './useCaseRegister';

/** Changes the case (sends its version back; 409 when someone else changed it first). */
export function useUpdateCase(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (request: UpdateCaseRequest) => updateCase(caseId, request),
    onSuccess: (detail) => refresh(detail),
  });
}
