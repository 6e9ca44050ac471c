import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../components/error-state.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { useMe, useSignOutReason } from '../features/session/session-queries.ts';
import type { SignInState } from '../features/session/sign-in-location.ts';

/** Route guard: signed-out visitors go to `/sign-in` and come back here afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const signOutReason = useSignOutReason();

  if (me.isPending) {
    return (
      <>
        <h1 className="nhsuk-u-visually-hidden">Kith</h1>
        <LoadingState what="your account" />
      </>
    );
  }
  if (me.isError) {
    return (
      <>
        <h1>Sorry, there is a problem with the service</h1>
        <ErrorState error={me.error} what="your account" onRetry={() => void me.refetch()} />
      </>
    );
  }
  if (!me.data) {
    // After "Sign out" there is nowhere to come back to; after an expired session, there is.
    const state: SignInState =
      signOutReason === 'signed_out'
        ? { signedOut: true }
        : { from: `${location.pathname}${location.search}`, ...(signOutReason === 'expired' ? { sessionExpired: true } : {}) };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}
