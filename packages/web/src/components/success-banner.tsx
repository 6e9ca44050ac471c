import { useEffect, useId, useRef } from 'react';

interface SuccessBannerProps {
  /** Nothing is shown while this is empty. */
  message: string | null | undefined;
  /** Optional second line, e.g. what happens next. */
  detail?: string | undefined;
}

/**
 * NHS success notification banner. It takes focus when it appears so keyboard and screen reader
 * users learn the outcome of what they just did.
 * https://service-manual.nhs.uk/design-system/components/notification-banner
 */
export function SuccessBanner({ message, detail }: SuccessBannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);

  if (!message) return null;

  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={ref}
      data-focus-on-arrival=""
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{message}</p>
        {detail ? <p className="nhsuk-body">{detail}</p> : null}
      </div>
    </div>
  );
}
