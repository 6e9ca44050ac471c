import { useId } from 'react';

/**
 * Shown on every report a commissioner sees: why some figures are "<5", rounded or missing.
 * https://service-manual.nhs.uk/design-system/components/notification-banner
 */
export function SuppressionBanner() {
  const titleId = useId();
  return (
    <section className="nhsuk-notification-banner" aria-labelledby={titleId}>
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          Important
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">Small numbers are hidden to protect privacy</p>
        <p className="nhsuk-body">
          You see aggregate figures only. Counts from 1 to 4 are shown as "&lt;5", other counts are rounded to the nearest 5, and
          rates or averages based on fewer than 5 people are not shown. Totals may therefore not add up exactly.
        </p>
      </div>
    </section>
  );
}
