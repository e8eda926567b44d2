import { UnitListResponse } from '@inddrag/contracts';
import { apiRequest } from './client';

export const unitKeys = {
  all: ['units'] as const,
};

/** The municipality's units (Myndighed, FamilieCentret, …), for filters and forms. */
export function fetchUnits(signal?: AbortSignal): Promise<UnitListResponse> {
  return apiRequest('/units', UnitListResponse, signal ? { signal } : {});
}
