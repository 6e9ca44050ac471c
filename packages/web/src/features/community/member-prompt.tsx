import { type CommunityMe, EMAIL_NOT_VERIFIED_MESSAGE } from '@kith/shared';
import { Link, useLocation } from 'react-router';
import type { SignInState } from '../session/sign-in-location.ts';

interface MemberPromptProps {
  /** The shared wording, e.g. "You need to be a registered member to rate this post". */
  message: string;
  me: CommunityMe | undefined;
}

/**
 * In place of an action only members may take: says so, with a link to sign in (coming back
 * to this page afterwards) or to register. A signed-in reader whose email is not confirmed yet
 * is told that instead.
 */
export function MemberPrompt({ message, me }: MemberPromptProps) {
  const location = useLocation();
  if (me?.signedIn) {
    return <p className="nhsuk-body">{EMAIL_NOT_VERIFIED_MESSAGE}.</p>;
  }
  const state: SignInState = { from: `${location.pathname}${location.search}` };
  return (
    <p className="nhsuk-body">
      {message}.{' '}
      <Link to="/sign-in" state={state}>
        Sign in
      </Link>{' '}
      or <Link to="/community/register">register as a member</Link> (it is free).
    </p>
  );
}
