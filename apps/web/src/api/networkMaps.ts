import {
  ContactStatus,
  MapComparison,
  MapSaveConflict,
  MapVersion,
  MapVersionList,
  NetworkConsent,
  NetworkMapDetail,
  NetworkMapList,
  type CreateNetworkMapRequest,
  type RecordConsentRequest,
  type SaveNetworkMapInput,
  type WithdrawConsentRequest,
} from '@inddrag/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';
import { caseKeys } from './cases';
import { apiRequest } from './client';

/**
 * The network maps (netværkskort) of a case: the typed calls, their query keys and React Query hooks.
 * Keys sit under the case's key, so reloading a case reloads its maps too.
 */
export const networkMapKeys = {
  all: (caseId: string) => [...caseKeys.detail(caseId), 'network-maps'] as const,
  list: (caseId: string) => [...networkMapKeys.all(caseId), 'list'] as const,
  detail: (caseId: string, mapId: string) => [...networkMapKeys.all(caseId), 'map', mapId] as const,
  versions: (caseId: string, mapId: string) => [...networkMapKeys.detail(caseId, mapId), 'versions'] as const,
  version: (caseId: string, mapId: string, number: number) =>
    [...networkMapKeys.versions(caseId, mapId), number] as const,
  compare: (caseId: string, mapId: string, from: number, to: number) =>
    [...networkMapKeys.detail(caseId, mapId), 'compare', from, to] as const,
  persons: (caseId: string) => [...caseKeys.detail(caseId), 'network-persons'] as const,
  contactStatus: (caseId: string, personId: string) =>
    [...networkMapKeys.persons(caseId), personId, 'contact-status'] as const,
};

const enc = encodeURIComponent;
const mapsPath = (caseId: string) => `/cases/${enc(caseId)}/network-maps`;
const mapPath = (caseId: string, mapId: string) => `${mapsPath(caseId)}/${enc(mapId)}`;
const personPath = (caseId: string, personId: string) => `/cases/${enc(caseId)}/network-persons/${enc(personId)}`;
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

// --- Calls ---------------------------------------------------------------------------------------

export function fetchNetworkMaps(caseId: string, signal?: AbortSignal): Promise<NetworkMapList> {
  return apiRequest(mapsPath(caseId), NetworkMapList, withSignal(signal));
}

export function createNetworkMap(caseId: string, request: CreateNetworkMapRequest): Promise<NetworkMapDetail> {
  return apiRequest(mapsPath(caseId), NetworkMapDetail, { method: 'POST', body: request });
}

export function fetchNetworkMap(caseId: string, mapId: string, signal?: AbortSignal): Promise<NetworkMapDetail> {
  return apiRequest(mapPath(caseId, mapId), NetworkMapDetail, withSignal(signal));
}

/** The answer to a stale save (409): what the others changed, and the user's changes laid onto theirs. */
export type MapConflict = MapSaveConflict['conflict'];

/** A save refused because the map changed since the user's base version; carries the API's conflict body. */
export class MapConflictError extends ApiError {
  readonly conflict: MapConflict;

  constructor(body: MapSaveConflict) {
    const { conflict, ...problem } = body;
    super('problem', problem);
    this.conflict = conflict;
  }
}

export function isMapConflict(error: unknown): error is MapConflictError {
  return error instanceof MapConflictError;
}

/** Saves the map as a new version. A stale `baseVersion` throws a `MapConflictError` with the conflict body. */
export async function saveNetworkMap(
  caseId: string,
  mapId: string,
  request: SaveNetworkMapInput,
): Promise<NetworkMapDetail> {
  try {
    return await apiRequest(mapPath(caseId, mapId), NetworkMapDetail, { method: 'PUT', body: request });
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      const body = MapSaveConflict.safeParse(error.body);
      if (body.success) throw new MapConflictError(body.data);
    }
    throw error;
  }
}

export function fetchMapVersions(caseId: string, mapId: string, signal?: AbortSignal): Promise<MapVersionList> {
  return apiRequest(`${mapPath(caseId, mapId)}/versions`, MapVersionList, withSignal(signal));
}

export function fetchMapVersion(
  caseId: string,
  mapId: string,
  number: number,
  signal?: AbortSignal,
): Promise<MapVersion> {
  return apiRequest(`${mapPath(caseId, mapId)}/versions/${number}`, MapVersion, withSignal(signal));
}

export function compareMapVersions(
  caseId: string,
  mapId: string,
  from: number,
  to: number,
  signal?: AbortSignal,
): Promise<MapComparison> {
  return apiRequest(`${mapPath(caseId, mapId)}/compare`, MapComparison, { query: { from, to }, ...withSignal(signal) });
}

export function recordConsent(caseId: string, personId: string, request: RecordConsentRequest): Promise<NetworkConsent> {
  return apiRequest(`${personPath(caseId, personId)}/consents`, NetworkConsent, { method: 'POST', body: request });
}

export function withdrawConsent(
  caseId: string,
  personId: string,
  consentId: string,
  request: WithdrawConsentRequest,
): Promise<NetworkConsent> {
  return apiRequest(`${personPath(caseId, personId)}/consents/${enc(consentId)}/withdraw`, NetworkConsent, {
    method: 'POST',
    body: request,
  });
}

export function fetchContactStatus(caseId: string, personId: string, signal?: AbortSignal): Promise<ContactStatus> {
  return apiRequest(`${personPath(caseId, personId)}/contact-status`, ContactStatus, withSignal(signal));
}

// --- Hooks ---------------------------------------------------------------------------------------

export function useNetworkMaps(caseId: string) {
  return useQuery({
    queryKey: networkMapKeys.list(caseId),
    queryFn: ({ signal }) => fetchNetworkMaps(caseId, signal),
  });
}

/** One map. Not refetched behind the editor's back: the editor decides when a newer version replaces its base. */
export function useNetworkMap(caseId: string, mapId: string) {
  return useQuery({
    queryKey: networkMapKeys.detail(caseId, mapId),
    queryFn: ({ signal }) => fetchNetworkMap(caseId, mapId, signal),
    staleTime: 0,
  });
}

export function useCreateNetworkMap(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateNetworkMapRequest) => createNetworkMap(caseId, request),
    onSuccess: (detail) => {
      queryClient.setQueryData(networkMapKeys.detail(caseId, detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: networkMapKeys.list(caseId) });
    },
  });
}

/** Saves a version; on success the new detail becomes the cached map and the list and history reload. */
export function useSaveNetworkMap(caseId: string, mapId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SaveNetworkMapInput) => saveNetworkMap(caseId, mapId, request),
    onSuccess: (detail) => {
      queryClient.setQueryData(networkMapKeys.detail(caseId, mapId), detail);
      void queryClient.invalidateQueries({ queryKey: networkMapKeys.list(caseId) });
      void queryClient.invalidateQueries({ queryKey: networkMapKeys.versions(caseId, mapId) });
    },
    onError: (error) => {
      // The conflict carries the current map: it is the newest the user has seen.
      if (isMapConflict(error)) queryClient.setQueryData(networkMapKeys.detail(caseId, mapId), error.conflict.current);
    },
  });
}

export function useMapVersions(caseId: string, mapId: string) {
  return useQuery({
    queryKey: networkMapKeys.versions(caseId, mapId),
    queryFn: ({ signal }) => fetchMapVersions(caseId, mapId, signal),
  });
}

/** A saved version never changes: cached for the session. */
export function useMapVersion(caseId: string, mapId: string, number: number | null) {
  return useQuery({
    queryKey: networkMapKeys.version(caseId, mapId, number ?? 0),
    queryFn: ({ signal }) => fetchMapVersion(caseId, mapId, number ?? 0, signal),
    enabled: number !== null,
    staleTime: Infinity,
  });
}

export function useMapComparison(caseId: string, mapId: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: networkMapKeys.compare(caseId, mapId, from ?? 0, to ?? 0),
    queryFn: ({ signal }) => compareMapVersions(caseId, mapId, from ?? 0, to ?? 0, signal),
    enabled: from !== null && to !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useContactStatus(caseId: string, personId: string | null) {
  return useQuery({
    queryKey: networkMapKeys.contactStatus(caseId, personId ?? ''),
    queryFn: ({ signal }) => fetchContactStatus(caseId, personId ?? '', signal),
    enabled: personId !== null,
    staleTime: 0,
  });
}

/** After a consent is recorded or withdrawn: the person's contact status and the maps showing them. */
function useRefreshConsents(caseId: string) {
  const queryClient = useQueryClient();
  return (personId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: networkMapKeys.contactStatus(caseId, personId) }),
      queryClient.invalidateQueries({ queryKey: [...networkMapKeys.all(caseId), 'map'] }),
    ]);
}

export function useRecordConsent(caseId: string) {
  const refresh = useRefreshConsents(caseId);
  return useMutation({
    mutationFn: ({ personId, request }: { personId: string; request: RecordConsentRequest }) =>
      recordConsent(caseId, personId, request),
    onSuccess: (_consent, { personId }) => refresh(personId),
  });
}

export function useWithdrawConsent(caseId: string) {
  const refresh = useRefreshConsents(caseId);
  return useMutation({
    mutationFn: ({
      personId,
      consentId,
      request,
    }: {
      personId: string;
      consentId: string;
      request: WithdrawConsentRequest;
    }) => withdrawConsent(caseId, personId, consentId, request),
    onSuccess: (_consent, { personId }) => refresh(personId),
  });
}
