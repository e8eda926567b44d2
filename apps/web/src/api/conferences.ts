import {
  MeetingDetail,
  type ApproveFamilyPlanRequest,
  type PrivateFamilyTimeRequest,
  type SaveConferenceQuestionsRequest,
  type UpdateParticipantRequest,
} from '@inddrag/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from './client';
import { meetingPath, useMeetingWriteResult, versionedMeetingWrite } from './meetings';

/**
 * The family group conference's own writes: the family's questions, the informants' briefings,
 * private family time and the caseworker's decision on the plan. Each answers the meeting, which
 * goes into the cache; a 409 is a StaleWriteError carrying the meeting as it is now.
 */
function useConferenceWrite<T>(meetingId: string, path: string, method: 'PUT' | 'POST' | 'PATCH') {
  const onSuccess = useMeetingWriteResult();
  return useMutation({
    mutationFn: (request: T) =>
      versionedMeetingWrite(() => apiRequest(`${meetingPath(meetingId)}${path}`, MeetingDetail, { method, body: request })),
    onSuccess,
  });
}

export const useSaveConferenceQuestions = (meetingId: string) =>
  useConferenceWrite<SaveConferenceQuestionsRequest>(meetingId, '/conference/questions', 'PUT');

export const usePrivateFamilyTime = (meetingId: string) =>
  useConferenceWrite<PrivateFamilyTimeRequest>(meetingId, '/conference/private-time', 'POST');

export const useApproveFamilyPlan = (meetingId: string) =>
  useConferenceWrite<ApproveFamilyPlanRequest>(meetingId, '/conference/approval', 'POST');

/** Marks a professional participant as informant (informatør) with a short briefing. */
export function useUpdateInformant(meetingId: string) {
  const onSuccess = useMeetingWriteResult();
  return useMutation({
    mutationFn: ({ participantId, ...request }: Pick<UpdateParticipantRequest, 'version' | 'isInformant' | 'briefing'> & { participantId: string }) =>
      versionedMeetingWrite(() =>
        apiRequest(`${meetingPath(meetingId)}/participants/${encodeURIComponent(participantId)}`, MeetingDetail, { method: 'PATCH', body: request }),
      ),
    onSuccess,
  });
}
