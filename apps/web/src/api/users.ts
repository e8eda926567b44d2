import { DirectoryResponse } from '@inddrag/contracts';
import { apiRequest } from './client';

export const userKeys = {
  directory: ['users', 'directory'] as const,
};

/** Active colleagues in the municipality (name, role, unit), for choosing a case team. */
export function fetchUserDirectory(signal?: AbortSignal): Promise<DirectoryResponse> {
  return apiRequest('/users/directory', DirectoryResponse, signal ? { signal } : {});
}
