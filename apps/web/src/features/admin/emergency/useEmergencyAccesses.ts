import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmergencyAccessFlagList } from '@inddrag/contracts';
import { fetchEmergencyAccesses, markEmergencyAccessReviewed } from '../api/emergencyAccess';
import { adminKeys } from '../api/keys';
import { sortFlags } from './sortFlags';

const sortedFlags = (data: EmergencyAccessFlagList) => sortFlags(data.items);

export function useEmergencyAccesses() {
  return useQuery({
    queryKey: adminKeys.emergencyAccess(),
    queryFn: ({ signal }) => fetchEmergencyAccesses(signal),
    select: sortedFlags,
  });
}

/** Marks one access reviewed; the row shows it at once and the list is fetched again. */
export function useMarkReviewed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markEmergencyAccessReviewed(id),
    onSuccess: (_result, id) => {
      const now = new Date().toISOString();
      queryClient.setQueryData<EmergencyAccessFlagList>(adminKeys.emergencyAccess(), (current) =>
        current
          ? { items: current.items.map((f) => (f.id === id ? { ...f, reviewedAt: f.reviewedAt ?? now } : f)) }
          : current,
      );
      void queryClient.invalidateQueries({ queryKey: adminKeys.emergencyAccess() });
    },
  });
}
