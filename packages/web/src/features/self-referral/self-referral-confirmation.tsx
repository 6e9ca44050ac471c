import { useEffect, useRef } from 'react';

interface SelfReferralConfirmationProps {
  reference: string;
}

/** NHS confirmation panel with the reference to quote, and what happens next. */
export function SelfReferralConfirmation({ reference }: SelfReferralConfirmationProps) {
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
          Your reference number is
          <br />
          <strong>{reference}</strong>
        </div>
      </div>
      <h2>What happens next</h2>
      <p className="nhsuk-body">
        Someone from the social prescribing team that works with your GP practice will contact you. They will check your details
        and talk with you about what matters to you.
      </p>
      <p className="nhsuk-body">If you need to call them about your referral, give them your reference number.</p>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          If you need help now
        </h2>
        <p className="nhsuk-body">
          This service is not for emergencies. If you need help urgently, call 111, or 999 if someone's life is at risk.
        </p>
      </div>
    </>
  );
}
