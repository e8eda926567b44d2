import { HealthResponse } from '@inddrag/contracts';
import { apiRequest } from './client';

export const healthKeys = {
  all: ['health'] as const,
};

export function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return apiRequest('/health', HealthResponse, signal ? { signal } : {});
}
