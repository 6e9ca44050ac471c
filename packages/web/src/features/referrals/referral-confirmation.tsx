import { REFERRAL_STATUS_LABELS, type ReferralDetail, referralReference } from '@kith/shared';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button.tsx';
import { personName } from './referral-labels.ts';

interface ReferralConfirmationProps {
  referral: ReferralDetail;
  onAnother: () => void;
}

/** NHS confirmation panel after a referral is sent, with its status and what happens next. */
export function ReferralConfirmation({ referral, onAnother }: ReferralConfirmationProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      <div className="nhsuk-panel">
        <h1 className="nhsuk-panel__heading nhsuk-panel__heading--l" ref={heading} tabIndex={-1}>
          Referral sent
        </h1>
        <div className="nhsuk-panel__body">
          {personName(referral.person)} has been referred to social prescribing.
          <br />
          Reference: <strong>{referralReference(referral.id)}</strong>
          <br />
          Status: <strong>{REFERRAL_STATUS_LABELS[referral.status]}</strong>
        </div>
      </div>

      <h2>What happens next</h2>
      <p className="nhsuk-body">
        A supervisor will look at the referral and pass it to a link worker, who will contact {referral.person.givenName}. When
        the referral ends (they are discharged, decline, cannot be reached, or it is withdrawn) you will get a message back saying
        what happened, with the codes for their GP record.
      </p>
      <p className="nhsuk-body">Quote the reference if you contact the social prescribing team about this referral.</p>
      <p className="nhsuk-body">
        <Link to="/referrals/mine">See your referrals</Link>
      </p>
      <Button type="button" variant="secondary" onClick={onAnother}>
        Make another referral
      </Button>
    </>
  );
}
