import { InsightExportResponse, UserActivityResponse, type InsightExportRequest } from '@inddrag/contracts';
import { apiRequest } from '../../../api/client';

export function fetchUserActivity(
  userId: string,
  cursor?: string,
  signal?: AbortSignal,
): Promise<UserActivityResponse> {
  return apiRequest(`/audit/users/${encodeURIComponent(userId)}`, UserActivityResponse, {
    query: { cursor },
    ...(signal ? { signal } : {}),
  });
}

export function exportInsight(body: InsightExportRequest): Promise<InsightExportResponse> {
  return apiRequest('/audit/insight-export', InsightExportResponse, { method: 'POST', body });
}
