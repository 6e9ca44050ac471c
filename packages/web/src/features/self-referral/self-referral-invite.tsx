import { Link } from 'react-router';

/** Shown under the sign-in form: the way in for members of the public who want help. */
export function SelfReferralInvite() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h2>Not a member of staff?</h2>
        <p className="nhsuk-body">You do not need an account to ask social prescribing for help.</p>
        <p className="nhsuk-body">
          <Link to="/self-referral">Refer yourself</Link>
        </p>
      </div>
    </div>
  );
}
