import type { FormEvent } from 'react';
import { useSignOut } from './session-queries.ts';

/** Header "Sign out" button: ends the session on the server, then shows the sign-in page. */
export function SignOutButton() {
  const signOut = useSignOut();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signOut.mutate();
  };

  return (
    <form className="kith-header-form" onSubmit={submit} noValidate>
      <button className="nhsuk-header__account-button" type="submit" disabled={signOut.isPending}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.isError ? (
        <span className="kith-header-error" role="alert">
          Could not sign out. Try again.
        </span>
      ) : null}
    </form>
  );
}
