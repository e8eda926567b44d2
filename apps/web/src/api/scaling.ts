import {
  CaseScaleScores,
  RecordScaleScoresResponse,
  ScaleScore,
  type RecordScaleScoresRequest,
  type WithdrawScaleScoreRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys } from './cases';
import { apiRequest } from './client';

/** Under the case's key: reloading the case reloads its scores too. */
export const scalingKeys = {
  all: (caseId: string) => [...caseKeys.detail(caseId), 'scale-scores'] as const,
  list: (caseId: string, includeWithdrawn: boolean) => [...scalingKeys.all(caseId), { includeWithdrawn }] as const,
};

const scoresPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/scale-scores`;

/** Every score of the case oldest first (withdrawn ones on request), and the latest per respondent. */
export function fetchScaleScores(caseId: string, includeWithdrawn: boolean, signal?: AbortSignal): Promise<CaseScaleScores> {
  return apiRequest(scoresPath(caseId), CaseScaleScores, {
    query: { includeWithdrawn: includeWithdrawn ? 'true' : undefined },
    ...(signal ? { signal } : {}),
  });
}

export function recordScaleScores(caseId: string, request: RecordScaleScoresRequest): Promise<RecordScaleScoresResponse> {
  return apiRequest(scoresPath(caseId), RecordScaleScoresResponse, { method: 'POST', body: request });
}

/** 409 when the score changed since it was loaded, or is already withdrawn. */
export function withdrawScaleScore(caseId: string, scoreId: string, request: WithdrawScaleScoreRequest): Promise<ScaleScore> {
  return apiRequest(`${scoresPath(caseId)}/${encodeURIComponent(scoreId)}/withdraw`, ScaleScore, {
    method: 'POST',
    body: request,
  });
}

export function useCaseScaleScores(caseId: string, options: { includeWithdrawn?: boolean } = {}) {
  const includeWithdrawn = options.includeWithdrawn ?? false;
  return useQuery({
    queryKey: scalingKeys.list(caseId, includeWithdrawn),
    queryFn: ({ signal }) => fetchScaleScores(caseId, includeWithdrawn, signal),
  });
}

/** After a change: the scores and the timeline (a recording and a withdrawal show there). */
export function useRefreshScaleScores(caseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: scalingKeys.all(caseId) }),
      queryClient.invalidateQueries({ queryKey: caseKeys.timeline(caseId) }),
    ]);
}

export function useRecordScaleScores(caseId: string) {
  const refresh = useRefreshScaleScores(caseId);
  return useMutation({
    mutationFn: (request: RecordScaleScoresRequest) => recordScaleScores(caseId, request),
    onSuccess: () => refresh(),
  });
}

export function useWithdrawScaleScore(caseId: string) {
  const refresh = useRefreshScaleScores(caseId);
  return useMutation({
    mutationFn: ({ scoreId, request }: { scoreId: string; request: WithdrawScaleScoreRequest }) =>
      withdrawScaleScore(caseId, scoreId, request),
    onSuccess: () => refresh(),
  });
}
