import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';

const MAX_RETRIES = 2;

/** A 4xx (or a contract mismatch) will not change by asking again; network and 5xx might. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error)) {
    if (error.kind === 'invalid-response') return false;
    if (error.status >= 400 && error.status < 500) return false;
  }
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
        // Every read of case data is audited by the API: refetch when asked, not on each tab switch.
        refetchOnWindowFocus: false,
      },
      mutations: {
        retry: false,
      },
    },
  });
}
