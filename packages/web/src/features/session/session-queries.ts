import type { MeResponse, SignInRequest } from '@kith/shared';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, setCsrfToken } from '../../api/api-client.ts';
import { isApiError } from '../../api/api-error.ts';
import type { SignInState } from './sign-in-location.ts';

/** Cache key of the signed-in user; `null` data means "signed out". */
export const meQueryKey = ['me'] as const;

async function fetchMe(): Promise<MeResponse | null> {
  try {
    const me = await api.get<MeResponse>('/api/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in user and their memberships, or `null` when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** Re-reads `/api/me` now (for a fresh CSRF token) and returns the token, or `null` if signed out. */
export async function refreshSession(queryClient: QueryClient): Promise<string | null> {
  const me = await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
  return me?.csrfToken ?? null;
}

/** Why nobody is signed in any more: they signed out, or a request found their session had ended. */
export type SignOutReason = 'signed_out' | 'expired';

const signOutReasonKey = ['sign-out-reason'] as const;

/**
 * Forgets everything cached for the previous user and records that nobody is signed in (and
 * why), so the route guard sends the browser to the sign-in page with the right message.
 */
export function markSignedOut(queryClient: QueryClient, reason: SignOutReason = 'expired'): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData<SignOutReason>(signOutReasonKey, reason);
  queryClient.setQueryData<MeResponse | null>(meQueryKey, null);
}

/** The reason recorded by {@link markSignedOut}, if this browser tab has signed out. */
export function useSignOutReason(): SignOutReason | undefined {
  return useQueryClient().getQueryData<SignOutReason>(signOutReasonKey);
}

/** `POST /api/session`: on success the new session replaces whatever was cached. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SignInRequest) => api.post<MeResponse>('/api/session', request),
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      setCsrfToken(me.csrfToken);
      queryClient.setQueryData<MeResponse | null>(meQueryKey, me);
    },
  });
}

/**
 * `DELETE /api/session`, then the sign-in page. Signed out locally even if the session had
 * already ended on the server. The reason is recorded so the route guard, which may react
 * first, does not mistake this for an expired session and offer to return to this page.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.delete('/api/session');
      } catch (error) {
        // Already signed out on the server (expired or ended elsewhere): nothing more to do.
        if (!isApiError(error, 'unauthenticated')) throw error;
      }
    },
    onSuccess: () => {
      markSignedOut(queryClient, 'signed_out');
      const state: SignInState = { signedOut: true };
      navigate('/sign-in', { replace: true, state });
    },
  });
}
