import type { ReactNode } from 'react';
import { ErrorState } from './error-state.tsx';
import { LoadingState } from './loading-state.tsx';

/** The parts of a TanStack query result this needs; any `useQuery` result fits. */
export interface QueryLike<TData> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: TData | undefined;
  refetch: () => Promise<unknown>;
}

interface QueryStateProps<TData> {
  query: QueryLike<TData>;
  /** What is loading, e.g. "the session"; used in both the loading and the error message. */
  what: string;
  /** The content, once there is data. */
  children: (data: NonNullable<TData>) => ReactNode;
}

/**
 * One query's states as every screen shows them: a polite loading message, an error card with a
 * retry, then the content. The error card and the content can show together: a failed refetch
 * keeps the data it already had.
 */
export function QueryState<TData>({ query, what, children }: QueryStateProps<TData>) {
  return (
    <>
      {query.isPending ? <LoadingState what={what} /> : null}
      {query.isError ? <ErrorState error={query.error} what={what} onRetry={() => void query.refetch()} /> : null}
      {query.data ? children(query.data) : null}
    </>
  );
}
