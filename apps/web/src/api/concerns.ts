import {
  CaseConcerns,
  ConcernGround,
  ConcernStatement,
  ConcernStatementHistory,
  SafetyAssessment,
  SafetyAssessmentList,
  type ChangeConcernStatusRequest,
  type ConcernGroundInput,
  type CreateConcernStatementRequest,
  type CreateSafetyAssessmentRequest,
  type UpdateConcernGroundRequest,
  type UpdateConcernStatementRequest,
  type UpdateSafetyAssessmentRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys } from './cases';
import { apiRequest } from './client';
import { isStaleWrite, staleAware } from './staleWrite';


/**
 * Signs of Safety on a case: the grounds for concern, the concern statement/safety goal pairs and the
 * assessments (kortlægninger). Keys sit under the case's key, so reloading a case reloads these too.
 */
export const concernKeys = {
  all: (caseId: string) => [...caseKeys.detail(caseId), 'concerns'] as const,
  /** GET /cases/:caseId/concerns: grounds, pairs and `can`. */
  caseConcerns: (caseId: string) => [...concernKeys.all(caseId), 'overview'] as const,
  versions: (caseId: string, statementId: string) =>
    [...concernKeys.all(caseId), 'statement', statementId, 'versions'] as const,
  assessments: (caseId: string) => [...concernKeys.all(caseId), 'assessments'] as const,
  assessment: (caseId: string, assessmentId: string) =>
    [...concernKeys.assessments(caseId), assessmentId] as const,
};

const enc = encodeURIComponent;
const casePath = (caseId: string) => `/cases/${enc(caseId)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

// --- Calls ---------------------------------------------------------------------------------------

export function fetchCaseConcerns(caseId: string, signal?: AbortSignal): Promise<CaseConcerns> {
  return apiRequest(`${casePath(caseId)}/concerns`, CaseConcerns, withSignal(signal));
}

export function createConcernGround(caseId: string, request: ConcernGroundInput): Promise<ConcernGround> {
  return apiRequest(`${casePath(caseId)}/concern-grounds`, ConcernGround, { method: 'POST', body: request });
}

export function updateConcernGround(
  caseId: string,
  groundId: string,
  request: UpdateConcernGroundRequest,
): Promise<ConcernGround> {
  return staleAware(ConcernGround, () =>
    apiRequest(`${casePath(caseId)}/concern-grounds/${enc(groundId)}`, ConcernGround, { method: 'PUT', body: request }),
  );
}

export function createConcernStatement(
  caseId: string,
  request: CreateConcernStatementRequest,
): Promise<ConcernStatement> {
  return apiRequest(`${casePath(caseId)}/concern-statements`, ConcernStatement, { method: 'POST', body: request });
}

export function updateConcernStatement(
  caseId: string,
  statementId: string,
  request: UpdateConcernStatementRequest,
): Promise<ConcernStatement> {
  return staleAware(ConcernStatement, () =>
    apiRequest(`${casePath(caseId)}/concern-statements/${enc(statementId)}`, ConcernStatement, {
      method: 'PUT',
      body: request,
    }),
  );
}

export function changeConcernStatus(
  caseId: string,
  statementId: string,
  request: ChangeConcernStatusRequest,
): Promise<ConcernStatement> {
  return staleAware(ConcernStatement, () =>
    apiRequest(`${casePath(caseId)}/concern-statements/${enc(statementId)}/status`, ConcernStatement, {
      method: 'POST',
      body: request,
    }),
  );
}

export function fetchConcernVersions(
  caseId: string,
  statementId: string,
  signal?: AbortSignal,
): Promise<ConcernStatementHistory> {
  return apiRequest(
    `${casePath(caseId)}/concern-statements/${enc(statementId)}/versions`,
    ConcernStatementHistory,
    withSignal(signal),
  );
}

export function fetchSafetyAssessments(caseId: string, signal?: AbortSignal): Promise<SafetyAssessmentList> {
  return apiRequest(`${casePath(caseId)}/safety-assessments`, SafetyAssessmentList, withSignal(signal));
}

export function fetchSafetyAssessment(
  caseId: string,
  assessmentId: string,
  signal?: AbortSignal,
): Promise<SafetyAssessment> {
  return apiRequest(`${casePath(caseId)}/safety-assessments/${enc(assessmentId)}`, SafetyAssessment, withSignal(signal));
}

export function createSafetyAssessment(
  caseId: string,
  request: CreateSafetyAssessmentRequest,
): Promise<SafetyAssessment> {
  return apiRequest(`${casePath(caseId)}/safety-assessments`, SafetyAssessment, { method: 'POST', body: request });
}

export function updateSafetyAssessment(
  caseId: string,
  assessmentId: string,
  request: UpdateSafetyAssessmentRequest,
): Promise<SafetyAssessment> {
  return staleAware(SafetyAssessment, () =>
    apiRequest(`${casePath(caseId)}/safety-assessments/${enc(assessmentId)}`, SafetyAssessment, {
      method: 'PUT',
      body: request,
    }),
  );
}

// --- Hooks ---------------------------------------------------------------------------------------

/** The case's grounds for concern and concern/goal pairs, with what the reader may do. */
export function useCaseConcerns(caseId: string) {
  return useQuery({
    queryKey: concernKeys.caseConcerns(caseId),
    queryFn: ({ signal }) => fetchCaseConcerns(caseId, signal),
  });
}

/** After any change to grounds or pairs: the overview, versions and assessments (they show the pairs). */
function useRefreshConcerns(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: concernKeys.all(caseId) });
}

export function useCreateConcernGround(caseId: string) {
  const refresh = useRefreshConcerns(caseId);
  return useMutation({
    mutationFn: (request: ConcernGroundInput) => createConcernGround(caseId, request),
    onSuccess: () => refresh(),
  });
}

export function useUpdateConcernGround(caseId: string) {
  const refresh = useRefreshConcerns(caseId);
  return useMutation({
    mutationFn: ({ groundId, request }: { groundId: string; request: UpdateConcernGroundRequest }) =>
      updateConcernGround(caseId, groundId, request),
    onSuccess: () => refresh(),
  });
}

export function useCreateConcernStatement(caseId: string) {
  const refresh = useRefreshConcerns(caseId);
  return useMutation({
    mutationFn: (request: CreateConcernStatementRequest) => createConcernStatement(caseId, request),
    onSuccess: () => refresh(),
  });
}

export function useUpdateConcernStatement(caseId: string) {
  const refresh = useRefreshConcerns(caseId);
  return useMutation({
    mutationFn: ({ statementId, request }: { statementId: string; request: UpdateConcernStatementRequest }) =>
      updateConcernStatement(caseId, statementId, request),
    onSuccess: () => refresh(),
  });
}

export function useChangeConcernStatus(caseId: string) {
  const refresh = useRefreshConcerns(caseId);
  return useMutation({
    mutationFn: ({ statementId, request }: { statementId: string; request: ChangeConcernStatusRequest }) =>
      changeConcernStatus(caseId, statementId, request),
    onSuccess: () => refresh(),
    // A stale status change: reload, so the pair shows the version the other person saved.
    onError: (error) => {
      if (isStaleWrite(error)) void refresh();
    },
  });
}

export function useConcernVersions(caseId: string, statementId: string | null) {
  return useQuery({
    queryKey: concernKeys.versions(caseId, statementId ?? ''),
    queryFn: ({ signal }) => fetchConcernVersions(caseId, statementId ?? '', signal),
    enabled: statementId !== null,
  });
}

export function useSafetyAssessments(caseId: string) {
  return useQuery({
    queryKey: concernKeys.assessments(caseId),
    queryFn: ({ signal }) => fetchSafetyAssessments(caseId, signal),
  });
}

export function useSafetyAssessment(caseId: string, assessmentId: string) {
  return useQuery({
    queryKey: concernKeys.assessment(caseId, assessmentId),
    queryFn: ({ signal }) => fetchSafetyAssessment(caseId, assessmentId, signal),
  });
}

export function useCreateSafetyAssessment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateSafetyAssessmentRequest) => createSafetyAssessment(caseId, request),
    onSuccess: (assessment) => {
      queryClient.setQueryData(concernKeys.assessment(caseId, assessment.id), assessment);
      void queryClient.invalidateQueries({ queryKey: concernKeys.assessments(caseId), exact: true });
    },
  });
}

export function useUpdateSafetyAssessment(caseId: string, assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateSafetyAssessmentRequest) => updateSafetyAssessment(caseId, assessmentId, request),
    onSuccess: (assessment) => {
      queryClient.setQueryData(concernKeys.assessment(caseId, assessmentId), assessment);
      void queryClient.invalidateQueries({ queryKey: concernKeys.assessments(caseId), exact: true });
    },
  });
}
