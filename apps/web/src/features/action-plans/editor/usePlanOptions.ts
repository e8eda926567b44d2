import { MeetingDetail, type MapPersonView, type MeetingDecision } from '@inddrag/contracts';
import { useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../api/client';
import { meetingKeys, meetingPath, useCaseMeetings } from '../../../api/meetings';
import { fetchNetworkMap, networkMapKeys, useNetworkMaps } from '../../../api/networkMaps';
import { fetchUnits, unitKeys } from '../../../api/units';
import { useDecisions } from '../../cases/detail/useCaseRegister';
import { useCaseDetail } from '../../cases/detail/useCaseDetail';

/** Someone a task can be given to; a blocked network person is listed but cannot be chosen. */
export interface AssigneeOption {
  choice: string;
  name: string;
  detail: string;
  blockedReason: string | null;
}

export interface HeldMeetingDecision {
  decision: MeetingDecision;
  meetingStartsAt: string;
}

/**
 * What the plan form chooses from: the case's team, the municipality's units, the network map's
 * persons (with their contact status and part-2 agreements), the case's decisions and siblings,
 * and the decisions of its held meetings.
 */
export function usePlanOptions(caseId: string) {
  const kase = useCaseDetail(caseId);
  const decisions = useDecisions(caseId);
  const units = useQuery({
    queryKey: unitKeys.all,
    queryFn: ({ signal }) => fetchUnits(signal),
    staleTime: 5 * 60_000,
  });
  const maps = useNetworkMaps(caseId);
  const mapDetails = useQueries({
    queries: (maps.data?.items ?? []).map((map) => ({
      queryKey: networkMapKeys.detail(caseId, map.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchNetworkMap(caseId, map.id, signal),
    })),
  });
  const meetings = useCaseMeetings(caseId);
  const held = (meetings.data?.items ?? []).filter((meeting) => meeting.status === 'HELD');
  const meetingDetails = useQueries({
    queries: held.map((meeting) => ({
      queryKey: meetingKeys.detail(meeting.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => apiRequest(meetingPath(meeting.id), MeetingDetail, { signal }),
    })),
  });

  const persons = new Map<string, MapPersonView>();
  for (const detail of mapDetails)
    for (const person of detail.data?.persons ?? []) if (!persons.has(person.id)) persons.set(person.id, person);
  const networkPersons = [...persons.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));

  const team: AssigneeOption[] = (kase.detail?.team ?? []).map((member) => ({
    choice: `PROFESSIONAL:${member.user.id}`,
    name: member.user.name,
    detail: member.unit?.name ?? '',
    blockedReason: null,
  }));
  const unitOptions: AssigneeOption[] = (units.data?.items ?? []).map((unit) => ({
    choice: `UNIT:${unit.id}`,
    name: unit.name,
    detail: '',
    blockedReason: null,
  }));
  const network: AssigneeOption[] = networkPersons.map((person) => ({
    choice: `NETWORK_PERSON:${person.id}`,
    name: person.name,
    detail: person.relation,
    blockedReason: person.contact.allowed ? null : person.contact.blocks.map((block) => block.message).join(' '),
  }));
  const meetingDecisions: HeldMeetingDecision[] = meetingDetails.flatMap((query) =>
    (query.data?.decisions ?? []).map((decision) => ({ decision, meetingStartsAt: query.data!.startsAt })),
  );

  const queries = [kase.isLoading, decisions.isPending, units.isPending, maps.isPending, meetings.isPending];
  return {
    caseDetail: kase.detail,
    decisions: decisions.data?.items ?? [],
    siblings: kase.detail?.siblings ?? [],
    assignees: { team, units: unitOptions, network },
    networkPersons,
    meetingDecisions,
    loading: queries.some(Boolean) || mapDetails.some((q) => q.isPending) || meetingDetails.some((q) => q.isPending),
    failed: decisions.isError || units.isError || maps.isError || meetings.isError,
  };
}
