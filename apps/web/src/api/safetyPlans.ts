import {
  SafetyPlanDetail,
  SafetyPlanList,
  type ActivateSafetyPlanRequest,
  type CloseSafetyPlanRequest,
  type CreateSafetyPlanRequest,
  type HoldSafetyPlanReviewRequest,
  type SaveSafetyPlanRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys } from './cases';
import { apiRequest } from './client';
import { scalingKeys } from './scaling';
import { isStaleWrite, staleAware, type StaleWriteError } from './staleWrite';

/**
 * The safety plans (sikkerhedsplaner) of a case. Keys sit under the case's key, so reloading the
 * case reloads its plans too (the case page shows the open plan).
 */
export const safetyPlanKeys = {
  all: (caseId: string) => [...caseKeys.detail(caseId), 'safety-plans'] as const,
  list: (caseId: string) => [...safetyPlanKeys.all(caseId), 'list'] as const,
  detail: (caseId: string, planId: string) => [...safetyPlanKeys.all(caseId), 'plan', planId] as const,
};

const enc = encodeURIComponent;
const plansPath = (caseId: string) => `/cases/${enc(caseId)}/safety-plans`;
const planPath = (caseId: string, planId: string) => `${plansPath(caseId)}/${enc(planId)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** A write refused because the plan changed since it was loaded (409); `current` is the plan as it is now. */
export const isSafetyPlanConflict = (error: unknown): error is StaleWriteError<SafetyPlanDetail> => isStaleWrite(error);

const versioned = (write: () => Promise<SafetyPlanDetail>) => staleAware(SafetyPlanDetail, write);

// --- Calls ---------------------------------------------------------------------------------------

export function fetchSafetyPlans(caseId: string, signal?: AbortSignal): Promise<SafetyPlanList> {
  return apiRequest(plansPath(caseId), SafetyPlanList, withSignal(signal));
}

export function fetchSafetyPlan(caseId: string, planId: string, signal?: AbortSignal): Promise<SafetyPlanDetail> {
  return apiRequest(planPath(caseId, planId), SafetyPlanDetail, withSignal(signal));
}

export function createSafetyPlan(caseId: string, request: CreateSafetyPlanRequest): Promise<SafetyPlanDetail> {
  return apiRequest(plansPath(caseId), SafetyPlanDetail, { method: 'POST', body: request });
}

export function saveSafetyPlan(caseId: string, planId: string, request: SaveSafetyPlanRequest): Promise<SafetyPlanDetail> {
  return versioned(() => apiRequest(planPath(caseId, planId), SafetyPlanDetail, { method: 'PUT', body: request }));
}

export function activateSafetyPlan(
  caseId: string,
  planId: string,
  request: ActivateSafetyPlanRequest,
): Promise<SafetyPlanDetail> {
  return versioned(() =>
    apiRequest(`${planPath(caseId, planId)}/activate`, SafetyPlanDetail, { method: 'POST', body: request }),
  );
}

export function holdSafetyPlanReview(
  caseId: string,
  planId: string,
  reviewId: string,
  request: HoldSafetyPlanReviewRequest,
): Promise<SafetyPlanDetail> {
  return versioned(() =>
    apiRequest(`${planPath(caseId, planId)}/reviews/${enc(reviewId)}/hold`, SafetyPlanDetail, {
      method: 'POST',
      body: request,
    }),
  );
}

export function closeSafetyPlan(caseId: string, planId: string, request: CloseSafetyPlanRequest): Promise<SafetyPlanDetail> {
  return versioned(() =>
    apiRequest(`${planPath(caseId, planId)}/close`, SafetyPlanDetail, { method: 'POST', body: request }),
  );
}

// --- Hooks ---------------------------------------------------------------------------------------

export function useSafetyPlans(caseId: string) {
  return useQuery({ queryKey: safetyPlanKeys.list(caseId), queryFn: ({ signal }) => fetchSafetyPlans(caseId, signal) });
}

export function useSafetyPlan(caseId: string, planId: string) {
  return useQuery({
    queryKey: safetyPlanKeys.detail(caseId, planId),
    queryFn: ({ signal }) => fetchSafetyPlan(caseId, planId, signal),
  });
}

/** A write's answer is the plan as saved: put it in the cache and refresh the list, the timeline and the scores. */
function usePlanWrite<V>(caseId: string, write: (variables: V) => Promise<SafetyPlanDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (plan) => {
      queryClient.setQueryData(safetyPlanKeys.detail(caseId, plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: safetyPlanKeys.list(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) });
      // A held review records scale scores.
      void queryClient.invalidateQueries({ queryKey: scalingKeys.all(caseId) });
    },
  });
}

export function useCreateSafetyPlan(caseId: string) {
  return usePlanWrite(caseId, (request: CreateSafetyPlanRequest) => createSafetyPlan(caseId, request));
}

export function useSaveSafetyPlan(caseId: string, planId: string) {
  return usePlanWrite(caseId, (request: SaveSafetyPlanRequest) => saveSafetyPlan(caseId, planId, request));
}

export function useActivateSafetyPlan(caseId: string, planId: string) {
  return usePlanWrite(caseId, (request: ActivateSafetyPlanRequest) => activateSafetyPlan(caseId, planId, request));
}

export function useHoldSafetyPlanReview(caseId: string, planId: string) {
  return usePlanWrite(caseId, ({ reviewId, request }: { reviewId: string; request: HoldSafetyPlanReviewRequest }) =>
    holdSafetyPlanReview(caseId, planId, reviewId, request),
  );
}

export function useCloseSafetyPlan(caseId: string, planId: string) {
  return usePlanWrite(caseId, (request: CloseSafetyPlanRequest) => closeSafetyPlan(caseId, planId, request));
}
