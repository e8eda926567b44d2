import type {
  AcceptReferralRequest,
  CreateReferralRequest,
  IncomingReferralStatus,
  Referral,
  ReturnReferralRequest,
  UpdateMunicipalitySettingsRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { alertKeys } from '../../api/alerts';
import { caseKeys } from '../../api/cases';
import {
  acceptReferral,
  createReferral,
  fetchCaseReferrals,
  fetchIncomingReferral,
  fetchIncomingReferrals,
  fetchMunicipalitySettings,
  fetchReferralOptions,
  referralKeys,
  returnReferral,
  updateMunicipalitySettings,
  withdrawReferral,
} from '../../api/referrals';
import { fetchUserDirectory, userKeys } from '../../api/users';

// --- On the case page (Myndighed) ---------------------------------------------------------

export function useCaseReferrals(caseId: string) {
  return useQuery({ queryKey: referralKeys.forCase(caseId), queryFn: ({ signal }) => fetchCaseReferrals(caseId, signal) });
}

export function useReferralOptions(caseId: string, enabled: boolean) {
  return useQuery({ queryKey: referralKeys.options(caseId), queryFn: ({ signal }) => fetchReferralOptions(caseId, signal), enabled });
}

/** A referral changes the case (timeline, deadlines): refresh the case and everything under it. */
function useRefreshCase(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
}

export function useCreateReferral(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({ mutationFn: (request: CreateReferralRequest) => createReferral(caseId, request), onSuccess: refresh });
}

export function useWithdrawReferral(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({ mutationFn: (referral: Referral) => withdrawReferral(caseId, referral.id, referral.version), onSuccess: refresh });
}

// --- The receiving leader -------------------------------------------------------------------

export function useIncomingReferrals(status: IncomingReferralStatus) {
  return useQuery({ queryKey: referralKeys.incoming(status), queryFn: ({ signal }) => fetchIncomingReferrals(status, signal) });
}

export function useIncomingReferral(referralId: string) {
  return useQuery({
    queryKey: referralKeys.incomingOne(referralId),
    queryFn: ({ signal }) => fetchIncomingReferral(referralId, signal),
    staleTime: 0,
  });
}

/** The colleagues the leader can assign: active executors (and facilitators) of the receiving unit. */
export function useAssignableWorkers(unitId: string | undefined) {
  return useQuery({
    queryKey: userKeys.directory,
    queryFn: ({ signal }) => fetchUserDirectory(signal),
    enabled: unitId !== undefined,
    select: (directory) =>
      directory.items.filter((u) => u.unit?.id === unitId && (u.role === 'EXECUTOR' || u.role === 'FACILITATOR')),
  });
}

/**
 * After an answer: refetch the lists and the referral. Not awaited, so the caller's own onSuccess
 * runs first (the answered referral's forms unmount once it is refetched, and a mutate callback
 * of an unmounted component never runs).
 */
function useAfterAnswer() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: referralKeys.all });
    void queryClient.invalidateQueries({ queryKey: alertKeys.all });
  };
}

export function useAcceptReferral(referralId: string) {
  const after = useAfterAnswer();
  return useMutation({ mutationFn: (request: AcceptReferralRequest) => acceptReferral(referralId, request), onSuccess: after });
}

export function useReturnReferral(referralId: string) {
  const after = useAfterAnswer();
  return useMutation({ mutationFn: (request: ReturnReferralRequest) => returnReferral(referralId, request), onSuccess: after });
}

// --- Settings (admin) -----------------------------------------------------------------------

export function useMunicipalitySettings() {
  return useQuery({ queryKey: referralKeys.settings, queryFn: ({ signal }) => fetchMunicipalitySettings(signal) });
}

export function useUpdateMunicipalitySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateMunicipalitySettingsRequest) => updateMunicipalitySettings(request),
    onSuccess: (settings) => queryClient.setQueryData(referralKeys.settings, settings),
  });
}
