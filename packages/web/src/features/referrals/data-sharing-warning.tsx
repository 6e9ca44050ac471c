import { useEffect, useRef } from 'react';

/**
 * Shown when a referral is about to go without the person's agreement to share their
 * information, so it is never sent that way by an overlooked tick box. Focused when it appears,
 * so screen reader users hear it before the button changes.
 */
export function DataSharingWarning() {
  const callout = useRef<HTMLDivElement>(null);
  useEffect(() => {
    callout.current?.focus();
  }, []);
  return (
    <div className="nhsuk-warning-callout" id="data-sharing-warning" ref={callout} tabIndex={-1}>
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        The person has not agreed to share their information
      </h2>
      <p className="nhsuk-body">
        You have not ticked that they agree to their information being shared with the link worker service. Check with them if you
        can. If they do not agree, you can still send the referral: it will record that they did not agree.
      </p>
    </div>
  );
}
