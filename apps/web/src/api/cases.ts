import {
  CaseAccessLogResponse,
  CaseDecision,
  CaseDecisionList,
  CaseDetail,
  CaseParent,
  ChildNotification,
  ChildNotificationList,
  CreateCaseResponse,
  PhaseChangeList,
  TimelineResponse,
  type ChangePhaseRequest,
  type CreateCaseRequest,
  type DecisionInput,
  type LinkSiblingRequest,
  type NotificationInput,
  type ParentInput,
  type RecordRiskAssessmentRequest,
  type UpdateParentRequest,
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
export type CaseListFilters = Pick<CaseListQueryInput, 'q' | 'phase' | 'unitId' | 'caseworkerId' | 'flag' | 'sort'> & {
  /** Only cases with an overdue deadline; false sends no filter. */
  overdue?: boolean;
};

export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filters: CaseListFilters) => [...caseKeys.lists(), filters] as const,
  details: () => [...caseKeys.all, 'detail'] as const,
  detail: (caseId: string) => [...caseKeys.details(), caseId] as const,
  accessLog: (caseId: string) => [...caseKeys.detail(caseId), 'access-log'] as const,
  history: (caseId: string) => [...caseKeys.detail(caseId), 'history'] as const,
  mine: () => [...caseKeys.all, 'mine'] as const,
  notifications: (caseId: string) => [...caseKeys.detail(caseId), 'notifications'] as const,
  phases: (caseId: string) => [...caseKeys.detail(caseId), 'phases'] as const,
  decisions: (caseId: string) => [...caseKeys.detail(caseId), 'decisions'] as const,
  timeline: (caseId: string) => [...caseKeys.detail(caseId), 'timeline'] as const,
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
      caseworkerId: query.caseworkerId,
      overdue: query.overdue ? 'true' : undefined,
      flag: query.flag,
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

// The case register (apps/api/src/modules/cases/register-routes.ts).

/** Registers a notification about a child without an open case; opens the case (409 caseExists otherwise). */
export function createCase(request: CreateCaseRequest): Promise<CreateCaseResponse> {
  return apiRequest('/cases', CreateCaseResponse, { method: 'POST', body: request });
}

export function fetchNotifications(caseId: string, signal?: AbortSignal): Promise<ChildNotificationList> {
  return apiRequest(`${casePath(caseId)}/notifications`, ChildNotificationList, withSignal(signal));
}

export function registerNotification(caseId: string, request: NotificationInput): Promise<ChildNotification> {
  return apiRequest(`${casePath(caseId)}/notifications`, ChildNotification, { method: 'POST', body: request });
}

export function fetchPhaseChanges(caseId: string, signal?: AbortSignal): Promise<PhaseChangeList> {
  return apiRequest(`${casePath(caseId)}/phases`, PhaseChangeList, withSignal(signal));
}

export function changePhase(caseId: string, request: ChangePhaseRequest): Promise<CaseDetail> {
  return apiRequest(`${casePath(caseId)}/phases`, CaseDetail, { method: 'POST', body: request });
}

export function fetchDecisions(caseId: string, signal?: AbortSignal): Promise<CaseDecisionList> {
  return apiRequest(`${casePath(caseId)}/decisions`, CaseDecisionList, withSignal(signal));
}

export function recordDecision(caseId: string, request: DecisionInput): Promise<CaseDecision> {
  return apiRequest(`${casePath(caseId)}/decisions`, CaseDecision, { method: 'POST', body: request });
}

export function addParent(caseId: string, request: ParentInput): Promise<CaseParent> {
  return apiRequest(`${casePath(caseId)}/parents`, CaseParent, { method: 'POST', body: request });
}

export function updateParent(caseId: string, parentId: string, request: UpdateParentRequest): Promise<CaseParent> {
  return apiRequest(`${casePath(caseId)}/parents/${encodeURIComponent(parentId)}`, CaseParent, { method: 'PUT', body: request });
}

export async function removeParent(caseId: string, parentId: string, version: number): Promise<void> {
  await apiRequest(`${casePath(caseId)}/parents/${encodeURIComponent(parentId)}`, NoContent, {
    method: 'DELETE',
    query: { version },
  });
}

export function linkSibling(caseId: string, request: LinkSiblingRequest): Promise<CaseDetail> {
  return apiRequest(`${casePath(caseId)}/siblings`, CaseDetail, { method: 'POST', body: request });
}

export async function unlinkSibling(caseId: string, siblingCaseId: string): Promise<void> {
  await apiRequest(`${casePath(caseId)}/siblings/${encodeURIComponent(siblingCaseId)}`, NoContent, { method: 'DELETE' });
}

export function recordRiskAssessment(caseId: string, request: RecordRiskAssessmentRequest): Promise<CaseDetail> {
  return apiRequest(`${casePath(caseId)}/honour-risk-assessment`, CaseDetail, { method: 'POST', body: request });
}

/** The case's timeline, newest first, a page at a time. */
export function fetchTimeline(caseId: string, cursor?: string, signal?: AbortSignal): Promise<TimelineResponse> {
  return apiRequest(`${casePath(caseId)}/timeline`, TimelineResponse, { query: { cursor }, ...withSignal(signal) });
}
