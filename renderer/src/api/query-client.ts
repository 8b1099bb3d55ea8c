// The TanStack Query client: local service, so short retries only for transport failures.
import { QueryClient } from '@tanstack/react-query';
import { ApiCallError } from './api-call-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, err) => err instanceof ApiCallError && err.network && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}
