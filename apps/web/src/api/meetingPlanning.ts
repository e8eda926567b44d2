import {
  InvitationLetter,
  MeetingDetail,
  type AddParticipantsRequest,
  type CancelMeetingRequest,
  type SavePreparationRequest,
  type UpdateMeetingPlanRequest,
  type UpdateParticipantRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest, buildUrl } from './client';
import { meetingKeys, meetingPath, useMeetingWriteResult, versionedMeetingWrite } from './meetings';

/**
 * Planning after planning: the plan, participants and invitations, preparation, cancelling, and
 * the invitation letters. Every write answers the meeting; a 409 becomes a StaleWriteError carrying
 * the meeting as it is now (isMeetingConflict).
 */
const enc = encodeURIComponent;
const participantPath = (meetingId: string, participantId: string) =>
  `${meetingPath(meetingId)}/participants/${enc(participantId)}`;

/** The invitation letter as a PDF (the browser downloads it). */
export const invitationPdfUrl = (meetingId: string, participantId: string) =>
  buildUrl(`${participantPath(meetingId, participantId)}/invitation.pdf`);

function useMeetingWrite<V>(write: (variables: V) => Promise<MeetingDetail>) {
  const onWritten = useMeetingWriteResult();
  return useMutation({
    mutationFn: (variables: V) => versionedMeetingWrite(() => write(variables)),
    onSuccess: onWritten,
  });
}

export function useUpdateMeetingPlan(meetingId: string) {
  return useMeetingWrite((request: UpdateMeetingPlanRequest) =>
    apiRequest(`${meetingPath(meetingId)}/plan`, MeetingDetail, { method: 'PUT', body: request }),
  );
}

export function useAddParticipants(meetingId: string) {
  return useMeetingWrite((request: AddParticipantsRequest) =>
    apiRequest(`${meetingPath(meetingId)}/participants`, MeetingDetail, { method: 'POST', body: request }),
  );
}

export function useUpdateParticipant(meetingId: string) {
  return useMeetingWrite(({ participantId, ...request }: UpdateParticipantRequest & { participantId: string }) =>
    apiRequest(participantPath(meetingId, participantId), MeetingDetail, { method: 'PATCH', body: request }),
  );
}

export function useRemoveParticipant(meetingId: string) {
  return useMeetingWrite(({ participantId, version }: { participantId: string; version: number }) =>
    apiRequest(participantPath(meetingId, participantId), MeetingDetail, { method: 'DELETE', query: { version } }),
  );
}

export function useSavePreparation(meetingId: string) {
  return useMeetingWrite((request: SavePreparationRequest) =>
    apiRequest(`${meetingPath(meetingId)}/preparation`, MeetingDetail, { method: 'PUT', body: request }),
  );
}

export function useCancelMeeting(meetingId: string) {
  return useMeetingWrite((request: CancelMeetingRequest) =>
    apiRequest(`${meetingPath(meetingId)}/cancel`, MeetingDetail, { method: 'POST', body: request }),
  );
}

export function useInvitationLetter(meetingId: string, participantId: string) {
  return useQuery({
    queryKey: [...meetingKeys.detail(meetingId), 'invitation', participantId] as const,
    queryFn: ({ signal }) =>
      apiRequest(`${participantPath(meetingId, participantId)}/invitation`, InvitationLetter, { signal }),
  });
}
