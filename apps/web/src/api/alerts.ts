import { AlertListResponse, AlertSummary, type MarkAlertsReadRequest } from '@inddrag/contracts';
import { apiRequest } from './client';

export const alertKeys = {
  all: ['alerts'] as const,
  summary: ['alerts', 'summary'] as const,
  list: ['alerts', 'list'] as const,
};

/** The user's own notifications, newest first, a page at a time. */
export function fetchAlerts(cursor?: string, signal?: AbortSignal): Promise<AlertListResponse> {
  return apiRequest('/alerts', AlertListResponse, { query: { cursor }, ...(signal ? { signal } : {}) });
}

export function fetchAlertSummary(signal?: AbortSignal): Promise<AlertSummary> {
  return apiRequest('/alerts/summary', AlertSummary, signal ? { signal } : {});
}

export function markAlertsRead(request: MarkAlertsReadRequest): Promise<AlertSummary> {
  return apiRequest('/alerts/read', AlertSummary, { method: 'POST', body: request });
}
