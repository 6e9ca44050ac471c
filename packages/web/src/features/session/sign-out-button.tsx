import { useKithForm } from '../../components/form/use-kith-form.ts';
import { useSignOut } from './session-queries.ts';

/** Header "Sign out" button: ends the session on the server, then shows the sign-in page. */
export function SignOutButton() {
  const signOut = useSignOut();
  // A form with no fields. The header has no room for an error summary: one short line instead.
  const kith = useKithForm({
    defaultValues: {},
    toRequest: () => ({ ok: true, data: null }),
    fieldOrder: [],
    onSubmit: () => signOut.mutateAsync(),
  });

  return (
    <form className="kith-header-form" onSubmit={(event) => void kith.submit(event)} noValidate>
      <button className="nhsuk-header__account-button" type="submit" disabled={kith.pending}>
        {kith.pending ? 'Signing out…' : 'Sign out'}
      </button>
      {kith.issues.length > 0 ? (
        <span className="kith-header-error" role="alert">
          Could not sign out. Try again.
        </span>
      ) : null}
    </form>
  );
}
