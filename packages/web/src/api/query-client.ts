import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error.ts';

interface QueryClientOptions {
  /** Called when any request finds the session has ended, so the app can ask the user to sign in. */
  onUnauthenticated: (client: QueryClient) => void;
}

/** Retry only what might succeed next time: network failures and 5xx, never a 4xx answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The app's TanStack Query client with Kith's retry and session-expiry rules. */
export function createQueryClient({ onUnauthenticated }: QueryClientOptions): QueryClient {
  const expired = (error: unknown) => error instanceof ApiError && error.code === 'unauthenticated';
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (expired(error)) onUnauthenticated(client);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (expired(error)) onUnauthenticated(client);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
