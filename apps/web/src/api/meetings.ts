import {
  MeetingDetail,
  MeetingList,
  MeetingOptions,
  MyMeetingList,
  type PlanMeetingRequest,
} from '@inddrag/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys } from './cases';
import { apiRequest } from './client';
import { isStaleWrite, staleAware, type StaleWriteError } from './staleWrite';

/**
 * Meetings. A case's meeting list sits under the case's key; one meeting has its own key (a
 * coordinator reaches a conference without reaching its case). The planning, running and
 * conference calls live in meetingPlanning.ts, meetingRun.ts and conferences.ts and update the
 * meeting's cache entry with the detail each write answers.
 */
export const meetingKeys = {
  caseList: (caseId: string) => [...caseKeys.detail(caseId), 'meetings'] as const,
  options: (caseId: string) => [...caseKeys.detail(caseId), 'meetings', 'options'] as const,
  detail: (meetingId: string) => ['meetings', 'detail', meetingId] as const,
  mine: (include: 'upcoming' | 'all') => ['meetings', 'mine', include] as const,
};

const enc = encodeURIComponent;
export const caseMeetingsPath = (caseId: string) => `/cases/${enc(caseId)}/meetings`;
export const meetingPath = (meetingId: string) => `/meetings/${enc(meetingId)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** A write refused because the meeting changed since it was loaded (409); `current` is the meeting as it is now. */
export const isMeetingConflict = (error: unknown): error is StaleWriteError<MeetingDetail> => isStaleWrite(error);

/** Runs a versioned write: a 409 becomes a StaleWriteError carrying the meeting as it is now. */
export const versionedMeetingWrite = (write: () => Promise<MeetingDetail>) => staleAware(MeetingDetail, write);

export function useCaseMeetings(caseId: string) {
  return useQuery({
    queryKey: meetingKeys.caseList(caseId),
    queryFn: ({ signal }) => apiRequest(caseMeetingsPath(caseId), MeetingList, withSignal(signal)),
  });
}

export function useMeetingOptions(caseId: string, enabled = true) {
  return useQuery({
    queryKey: meetingKeys.options(caseId),
    queryFn: ({ signal }) => apiRequest(`${caseMeetingsPath(caseId)}/options`, MeetingOptions, withSignal(signal)),
    enabled,
  });
}

export function useMeeting(meetingId: string) {
  return useQuery({
    queryKey: meetingKeys.detail(meetingId),
    queryFn: ({ signal }) => apiRequest(meetingPath(meetingId), MeetingDetail, withSignal(signal)),
  });
}

export function useMyMeetings(include: 'upcoming' | 'all' = 'upcoming') {
  return useQuery({
    queryKey: meetingKeys.mine(include),
    queryFn: ({ signal }) => apiRequest('/meetings/mine', MyMeetingList, { query: { include }, ...withSignal(signal) }),
  });
}

export function usePlanMeeting(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PlanMeetingRequest) =>
      apiRequest(caseMeetingsPath(caseId), MeetingDetail, { method: 'POST', body: request }),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['meetings', 'mine'] });
    },
  });
}

/**
 * After any write that answers the meeting: put it in the cache and refresh the lists it shows in
 * (the case page's meeting section and deadlines, "Mine møder").
 */
export function useMeetingWriteResult() {
  const queryClient = useQueryClient();
  return (meeting: MeetingDetail) => {
    queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
    void queryClient.invalidateQueries({ queryKey: meetingKeys.caseList(meeting.caseId) });
    void queryClient.invalidateQueries({ queryKey: ['meetings', 'mine'] });
  };
}
