import {
  CreateAgreementsResponse,
  MeetingDetail,
  MeetingMinutes,
  MeetingRunSaved,
  Problem,
  type FinishMeetingRequest,
  type MeetingDecisionWrite,
  type MinutesAudience,
  type RecordMeetingScoresRequest,
  type SaveFidelityRequest,
  type SaveMeetingRunRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';
import { apiRequest, buildUrl } from './client';
import { meetingKeys, meetingPath, useMeetingWriteResult, versionedMeetingWrite } from './meetings';
import { StaleWriteError } from './staleWrite';

/**
 * The meeting itself: start, the autosave, decisions, part-2 agreements, scores, finish, method
 * fidelity and the minutes. Writes answer the meeting (MeetingDetail) and put it in the cache;
 * the versioned ones turn a 409 into a StaleWriteError carrying the meeting as it now is.
 */
export const minutesKey = (meetingId: string, audience: MinutesAudience) => [...meetingKeys.detail(meetingId), 'minutes', audience] as const;

/** The autosave. A 409 becomes a StaleWriteError whose `current` is the meeting as the other person saved it. */
export async function saveMeetingRun(meetingId: string, request: SaveMeetingRunRequest): Promise<MeetingRunSaved> {
  try {
    return await apiRequest(`${meetingPath(meetingId)}/run`, MeetingRunSaved, { method: 'PATCH', body: request });
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      const body = Problem.extend({ current: MeetingDetail }).safeParse(error.body);
      throw new StaleWriteError<MeetingDetail>(error, body.success ? body.data.current : null);
    }
    throw error;
  }
}

const post = (meetingId: string, path: string, body: unknown, method: 'POST' | 'PUT' | 'DELETE' = 'POST') =>
  versionedMeetingWrite(() => apiRequest(`${meetingPath(meetingId)}${path}`, MeetingDetail, { method, body }));

export const meetingRunCalls = {
  start: (meetingId: string, version: number) => post(meetingId, '/start', { version }),
  addDecision: (meetingId: string, request: MeetingDecisionWrite) => post(meetingId, '/decisions', request),
  deleteDecision: (meetingId: string, decisionId: string, version: number) =>
    versionedMeetingWrite(() =>
      apiRequest(`${meetingPath(meetingId)}/decisions/${encodeURIComponent(decisionId)}`, MeetingDetail, { method: 'DELETE', query: { version } }),
    ),
  finish: (meetingId: string, request: FinishMeetingRequest) => post(meetingId, '/finish', request),
  fidelity: (meetingId: string, request: SaveFidelityRequest) => post(meetingId, '/fidelity', request, 'PUT'),
  share: (meetingId: string, version: number) => post(meetingId, '/minutes/share', { version }),
};

/** A write answering the meeting: the cache gets the answer. */
export function useMeetingWrite<A>(write: (args: A) => Promise<MeetingDetail>) {
  const done = useMeetingWriteResult();
  return useMutation({ mutationFn: write, onSuccess: done });
}

export function useCreateAgreements(meetingId: string) {
  const done = useMeetingWriteResult();
  return useMutation({
    mutationFn: (decisionIds: string[]) =>
      apiRequest(`${meetingPath(meetingId)}/agreements`, CreateAgreementsResponse, { method: 'POST', body: { decisionIds } }),
    onSuccess: (result) => done(result.meeting),
  });
}

export function useRecordMeetingScores(meetingId: string) {
  const done = useMeetingWriteResult();
  return useMutation({
    mutationFn: (request: RecordMeetingScoresRequest) =>
      apiRequest(`${meetingPath(meetingId)}/scores`, MeetingDetail, { method: 'POST', body: request }),
    onSuccess: done,
  });
}

export function useMeetingMinutes(meetingId: string, audience: MinutesAudience) {
  return useQuery({
    queryKey: minutesKey(meetingId, audience),
    queryFn: ({ signal }) => apiRequest(`${meetingPath(meetingId)}/minutes`, MeetingMinutes, { query: { audience }, signal }),
  });
}

/** The PDF is a plain download link (the session cookie goes along). */
export const minutesPdfUrl = (meetingId: string, audience: MinutesAudience) => buildUrl(`${meetingPath(meetingId)}/minutes.pdf`, { audience });

/** After the minutes are shared: both versions' cached minutes say so. */
export function useInvalidateMinutes() {
  const queryClient = useQueryClient();
  return (meetingId: string) => queryClient.invalidateQueries({ queryKey: [...meetingKeys.detail(meetingId), 'minutes'] });
}
