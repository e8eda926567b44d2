import type {
  CaseDetail,
  ChangePhaseRequest,
  DecisionInput,
  LinkSiblingRequest,
  NotificationInput,
  ParentInput,
  RecordRiskAssessmentRequest,
  UpdateParentRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import {
  addParent,
  caseKeys,
  changePhase,
  fetchDecisions,
  fetchNotifications,
  fetchPhaseChanges,
  linkSibling,
  recordDecision,
  recordRiskAssessment,
  registerNotification,
  removeParent,
  unlinkSibling,
  updateParent,
} from '../../../api/cases';

/**
 * After a change to the case: take the new case when the API answered with it (otherwise fetch it
 * again: its version, deadlines and next steps moved), and refresh what shows the change (the
 * timeline, the change history, the log) plus the lists named.
 */
export function useRefreshCase(caseId: string) {
  const queryClient = useQueryClient();
  return (detail: CaseDetail | null, ...lists: QueryKey[]) => {
    const detailKey = caseKeys.detail(caseId);
    if (detail) queryClient.setQueryData(detailKey, detail);
    // Everything filed under the case (e.g. the referral options, which depend on its decisions)
    // is refetched; the case itself only when the API did not answer with it.
    void queryClient.invalidateQueries({
      queryKey: detailKey,
      predicate: (query) => !detail || query.queryKey.length > detailKey.length,
    });
    for (const key of [caseKeys.timeline(caseId), caseKeys.history(caseId), caseKeys.accessLog(caseId), ...lists]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
    void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
  };
}

export function usePhaseChanges(caseId: string) {
  return useQuery({
    queryKey: caseKeys.phases(caseId),
    queryFn: ({ signal }) => fetchPhaseChanges(caseId, signal),
    staleTime: 0,
  });
}

export function useChangePhase(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (request: ChangePhaseRequest) => changePhase(caseId, request),
    onSuccess: (detail) => refresh(detail, caseKeys.phases(caseId)),
  });
}

export function useNotifications(caseId: string) {
  return useQuery({
    queryKey: caseKeys.notifications(caseId),
    queryFn: ({ signal }) => fetchNotifications(caseId, signal),
    staleTime: 0,
  });
}

export function useRegisterNotification(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (request: NotificationInput) => registerNotification(caseId, request),
    onSuccess: () => refresh(null, caseKeys.notifications(caseId)),
  });
}

export function useDecisions(caseId: string) {
  return useQuery({
    queryKey: caseKeys.decisions(caseId),
    queryFn: ({ signal }) => fetchDecisions(caseId, signal),
    staleTime: 0,
  });
}

export function useRecordDecision(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (request: DecisionInput) => recordDecision(caseId, request),
    onSuccess: () => refresh(null, caseKeys.decisions(caseId)),
  });
}

export function useAddParent(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (request: ParentInput) => addParent(caseId, request),
    onSuccess: () => refresh(null),
  });
}

export function useUpdateParent(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: ({ parentId, request }: { parentId: string; request: UpdateParentRequest }) =>
      updateParent(caseId, parentId, request),
    onSuccess: () => refresh(null),
  });
}

export function useRemoveParent(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: ({ parentId, version }: { parentId: string; version: number }) => removeParent(caseId, parentId, version),
    onSuccess: () => refresh(null),
  });
}

export function useLinkSibling(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (request: LinkSiblingRequest) => linkSibling(caseId, request),
    onSuccess: (detail) => refresh(detail),
  });
}

export function useUnlinkSibling(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (siblingCaseId: string) => unlinkSibling(caseId, siblingCaseId),
    onSuccess: () => refresh(null),
  });
}

export function useRecordRiskAssessment(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (request: RecordRiskAssessmentRequest) => recordRiskAssessment(caseId, request),
    onSuccess: (detail) => refresh(detail),
  });
}
