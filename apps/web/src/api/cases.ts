import {
  CaseAccessLogResponse,
  CaseDetail,
  CaseListResponse,
  CaseTeamMember,
  ChangeHistoryResponse,
  RevealCprResponse,
  type AddTeamMemberRequest,
  type CaseListQueryInput,
  type UpdateCaseRequest,
} from '@inddrag/contracts';
import { z } from 'zod';
import { apiRequest } from './client';

/** The filters a case list is fetched with (cursor and limit are added per page). */
export type CaseListFilters = Pick<CaseListQueryInput, 'q' | 'phase' | 'unitId' | 'sort'>;

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filters: CaseListFilters) => [...caseKeys.lists(), filters] as const,
  details: () => [...caseKeys.all, 'detail'] as const,
  detail: (caseId: string) => [...caseKeys.details(), caseId] as const,
  accessLog: (caseId: string) => [...caseKeys.detail(caseId), 'access-log'] as const,
  history: (caseId: string) => [...caseKeys.detail(caseId), 'history'] as const,
};

export interface CaseListPageQuery extends CaseListFilters {
  cursor?: string | undefined;
  limit?: number | undefined;
}

const NoContent = z.unknown();

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});
const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

export function fetchCases(query: CaseListPageQuery, signal?: AbortSignal): Promise<CaseListResponse> {
  return apiRequest('/cases', CaseListResponse, {
    query: {
      q: query.q,
      phase: query.phase,
      unitId: query.unitId,
      sort: query.sort,
      cursor: query.cursor,
      limit: query.limit,
    },
    ...withSignal(signal),
  });
}

/** One case; 404 both when it does not exist and when the user has no access (on purpose). */
export function fetchCase(caseId: string, signal?: AbortSignal): Promise<CaseDetail> {
  return apiRequest(casePath(caseId), CaseDetail, withSignal(signal));
}

export function updateCase(caseId: string, request: UpdateCaseRequest): Promise<CaseDetail> {
  return apiRequest(casePath(caseId), CaseDetail, { method: 'PATCH', body: request });
}

/** The full CPR number, for a stated purpose; the API logs it as "Vist CPR". */
export function revealCpr(caseId: string, reason: string): Promise<z.output<typeof RevealCprResponse>> {
  return apiRequest(`${casePath(caseId)}/cpr`, RevealCprResponse, { method: 'POST', body: { reason } });
}

/** "Hvem har set sagen": newest first, a page at a time. */
export function fetchCaseAccessLog(
  caseId: string,
  cursor?: string,
  signal?: AbortSignal,
): Promise<CaseAccessLogResponse> {
  return apiRequest(`${casePath(caseId)}/access-log`, CaseAccessLogResponse, {
    query: { cursor },
    ...withSignal(signal),
  });
}

export function fetchCaseHistory(caseId: string, signal?: AbortSignal): Promise<ChangeHistoryResponse> {
  return apiRequest(`${casePath(caseId)}/history`, ChangeHistoryResponse, withSignal(signal));
}

export function addTeamMember(caseId: string, request: AddTeamMemberRequest): Promise<CaseTeamMember> {
  return apiRequest(`${casePath(caseId)}/team`, CaseTeamMember, { method: 'POST', body: request });
}

export async function removeTeamMember(caseId: string, memberId: string, version: number): Promise<void> {
  await apiRequest(`${casePath(caseId)}/team/${encodeURIComponent(memberId)}`, NoContent, {
    method: 'DELETE',
    query: { version },
  });
}
