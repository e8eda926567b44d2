import { EmergencyAccessGrant, type EmergencyAccessRequest } from '@inddrag/contracts';
import { apiRequest } from './client';

/** "Bryd glasset": a logged, time-limited access to a case outside one's own. */
export function requestEmergencyAccess(request: EmergencyAccessRequest): Promise<EmergencyAccessGrant> {
  return apiRequest('/emergency-access', EmergencyAccessGrant, { method: 'POST', body: request });
}
