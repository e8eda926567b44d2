import type { AddTeamMemberRequest, CaseTeamMember } from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addTeamMember, caseKeys, removeTeamMember } from '../../../api/cases';
import { fetchUserDirectory, userKeys } from '../../../api/users';

/** Active colleagues to choose from, only fetched for those who may change the team. */
export function useUserDirectory(enabled: boolean) {
  return useQuery({
    queryKey: userKeys.directory,
    queryFn: ({ signal }) => fetchUserDirectory(signal),
    enabled,
  });
}

/** After a change to the team: the case, its log and its history have all changed. */
function useRefreshCase(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
}

export function useAddTeamMember(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (request: AddTeamMemberRequest) => addTeamMember(caseId, request),
    onSuccess: refresh,
  });
}

export function useRemoveTeamMember(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (member: CaseTeamMember) => removeTeamMember(caseId, member.id, member.version),
    onSuccess: refresh,
  });
}
