import { EmergencyAccessFlagList } from '@inddrag/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../api/client';

/** A 204 has no body. */
const NoContent = z.undefined();

export function fetchEmergencyAccesses(signal?: AbortSignal): Promise<EmergencyAccessFlagList> {
  return apiRequest('/emergency-access', EmergencyAccessFlagList, signal ? { signal } : {});
}

export function markEmergencyAccessReviewed(id: string): Promise<void> {
  return apiRequest(`/emergency-access/${encodeURIComponent(id)}/reviewed`, NoContent, { method: 'POST' });
}
