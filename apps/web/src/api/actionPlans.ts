import {
  ActionPlanDetail,
  ActionPlanList,
  type ActionPlanFormInput,
  type RecordFollowUpRequest,
  type SaveActionPlanRequest,
  type ShareActionPlanRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys } from './cases';
import { apiRequest, buildUrl } from './client';
import { isStaleWrite, staleAware, type StaleWriteError } from './staleWrite';

/**
 * Barnets plan / ungeplan. Keys sit under the case's key, so reloading the case reloads its plan.
 * Approval and follow-ups change the case's deadlines, so those writes reload the case too.
 */
export const actionPlanKeys = {
  all: (caseId: string) => [...caseKeys.detail(caseId), 'action-plans'] as const,
  list: (caseId: string) => [...actionPlanKeys.all(caseId), 'list'] as const,
  detail: (caseId: string, planId: string) => [...actionPlanKeys.all(caseId), 'plan', planId] as const,
};

const enc = encodeURIComponent;
const plansPath = (caseId: string) => `/cases/${enc(caseId)}/action-plans`;
const planPath = (caseId: string, planId: string) => `${plansPath(caseId)}/${enc(planId)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** The plan as a PDF for the family (the API renders it). */
export const actionPlanPdfUrl = (caseId: string, planId: string) => buildUrl(`${planPath(caseId, planId)}/plan.pdf`);

/** A write refused because the plan changed since it was loaded (409); `current` is the plan as it is now. */
export const isActionPlanConflict = (error: unknown): error is StaleWriteError<ActionPlanDetail> => isStaleWrite(error);

const versioned = (write: () => Promise<ActionPlanDetail>) => staleAware(ActionPlanDetail, write);
const post = <B>(caseId: string, planId: string, suffix: string, body: B) =>
  versioned(() => apiRequest(`${planPath(caseId, planId)}${suffix}`, ActionPlanDetail, { method: 'POST', body }));

export function useActionPlans(caseId: string) {
  return useQuery({
    queryKey: actionPlanKeys.list(caseId),
    queryFn: ({ signal }) => apiRequest(plansPath(caseId), ActionPlanList, withSignal(signal)),
  });
}

export function useActionPlan(caseId: string, planId: string) {
  return useQuery({
    queryKey: actionPlanKeys.detail(caseId, planId),
    queryFn: ({ signal }) => apiRequest(planPath(caseId, planId), ActionPlanDetail, withSignal(signal)),
  });
}

/** A write's answer is the plan as saved: cache it, refresh the list, the timeline and the case (deadlines). */
function usePlanWrite<V>(caseId: string, write: (variables: V) => Promise<ActionPlanDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (plan) => {
      queryClient.setQueryData(actionPlanKeys.detail(caseId, plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: actionPlanKeys.list(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId), exact: true });
    },
  });
}

export function useCreateActionPlan(caseId: string) {
  return usePlanWrite(caseId, (request: ActionPlanFormInput) =>
    apiRequest(plansPath(caseId), ActionPlanDetail, { method: 'POST', body: request }),
  );
}

export function useSaveActionPlan(caseId: string, planId: string) {
  return usePlanWrite(caseId, (request: SaveActionPlanRequest) =>
    versioned(() => apiRequest(planPath(caseId, planId), ActionPlanDetail, { method: 'PUT', body: request })),
  );
}

export function useProposeActionPlan(caseId: string, planId: string) {
  return usePlanWrite(caseId, (version: number) => post(caseId, planId, '/propose', { version }));
}

export function useApproveActionPlan(caseId: string, planId: string) {
  return usePlanWrite(caseId, (request: { version: number; note: string | null }) =>
    post(caseId, planId, '/approve', request),
  );
}

export function useShareActionPlan(caseId: string, planId: string) {
  return usePlanWrite(caseId, (request: ShareActionPlanRequest) => post(caseId, planId, '/share', request));
}

export function useRecordFollowUp(caseId: string, planId: string) {
  return usePlanWrite(caseId, (request: RecordFollowUpRequest) =>
    apiRequest(`${planPath(caseId, planId)}/follow-ups`, ActionPlanDetail, { method: 'POST', body: request }),
  );
}
