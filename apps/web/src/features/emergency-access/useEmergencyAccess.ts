import type { EmergencyAccessRequest } from '@inddrag/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { caseKeys } from '../../api/cases';
import { requestEmergencyAccess } from '../../api/emergencyAccess';

/** Asks for emergency access and opens the case when it is granted. */
export function useEmergencyAccess() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (request: EmergencyAccessRequest) => requestEmergencyAccess(request),
    onSuccess: async (grant) => {
      // A 404 for this case may be cached from before the access: ask again.
      await queryClient.invalidateQueries({ queryKey: caseKeys.detail(grant.caseId) });
      navigate(`/sager/${grant.caseId}`);
    },
  });
}
