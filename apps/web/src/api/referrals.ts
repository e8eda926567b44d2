import {
  IncomingReferral,
  IncomingReferralList,
  MunicipalitySettings,
  Referral,
  ReferralList,
  ReferralOptions,
  type AcceptReferralRequest,
  type CreateReferralRequest,
  type IncomingReferralStatus,
  type ReturnReferralRequest,
  type UpdateMunicipalitySettingsRequest,
} from '@inddrag/contracts';
import { caseKeys } from './cases';
import { apiRequest } from './client';

export const referralKeys = {
  all: ['referrals'] as const,
  incoming: (status: IncomingReferralStatus) => [...referralKeys.all, 'incoming', status] as const,
  incomingOne: (referralId: string) => [...referralKeys.all, 'one', referralId] as const,
  // Under the case's key, so whatever refreshes the case refreshes its referrals too.
  forCase: (caseId: string) => [...caseKeys.detail(caseId), 'referrals'] as const,
  options: (caseId: string) => [...caseKeys.detail(caseId), 'referral-options'] as const,
  settings: ['municipality', 'settings'] as const,
};

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;
const referralPath = (referralId: string) => `/referrals/${encodeURIComponent(referralId)}`;

export function fetchReferralOptions(caseId: string, signal?: AbortSignal): Promise<ReferralOptions> {
  return apiRequest(`${casePath(caseId)}/referral-options`, ReferralOptions, withSignal(signal));
}

export function fetchCaseReferrals(caseId: string, signal?: AbortSignal): Promise<ReferralList> {
  return apiRequest(`${casePath(caseId)}/referrals`, ReferralList, withSignal(signal));
}

export function createReferral(caseId: string, request: CreateReferralRequest): Promise<Referral> {
  return apiRequest(`${casePath(caseId)}/referrals`, Referral, { method: 'POST', body: request });
}

export function withdrawReferral(caseId: string, referralId: string, version: number): Promise<Referral> {
  return apiRequest(`${casePath(caseId)}/referrals/${encodeURIComponent(referralId)}/withdraw`, Referral, {
    method: 'POST',
    body: { version },
  });
}

/** Referrals to the leader's own unit, by status. */
export function fetchIncomingReferrals(status: IncomingReferralStatus, signal?: AbortSignal): Promise<IncomingReferralList> {
  return apiRequest('/referrals', IncomingReferralList, { query: { status }, ...withSignal(signal) });
}

export function fetchIncomingReferral(referralId: string, signal?: AbortSignal): Promise<IncomingReferral> {
  return apiRequest(referralPath(referralId), IncomingReferral, withSignal(signal));
}

export function acceptReferral(referralId: string, request: AcceptReferralRequest): Promise<IncomingReferral> {
  return apiRequest(`${referralPath(referralId)}/accept`, IncomingReferral, { method: 'POST', body: request });
}

export function returnReferral(referralId: string, request: ReturnReferralRequest): Promise<IncomingReferral> {
  return apiRequest(`${referralPath(referralId)}/return`, IncomingReferral, { method: 'POST', body: request });
}

export function fetchMunicipalitySettings(signal?: AbortSignal): Promise<MunicipalitySettings> {
  return apiRequest('/municipality/settings', MunicipalitySettings, withSignal(signal));
}

export function updateMunicipalitySettings(request: UpdateMunicipalitySettingsRequest): Promise<MunicipalitySettings> {
  return apiRequest('/municipality/settings', MunicipalitySettings, { method: 'PATCH', body: request });
}
