import { useMutation, useQueryClient } from '@tanstack/react-query';
import { caseKeys, revealCpr } from '../../../api/cases';

/** "Vis CPR": the full number for a stated purpose. Not cached: it lives only in the page's state. */
export function useRevealCpr(caseId: string, onRevealed: (cpr: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => revealCpr(caseId, reason),
    // Drop the answer from the mutation cache as soon as nobody looks at it.
    gcTime: 0,
    onSuccess: ({ cpr }) => {
      onRevealed(cpr);
      void queryClient.invalidateQueries({ queryKey: caseKeys.accessLog(caseId) });
    },
  });
}
