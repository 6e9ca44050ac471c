import { formatDateTime } from '../../components/date-format.ts';

/** Shown when the provider did not acknowledge the referral in time and a reminder was raised. */
export function ReminderNotice({ raisedAt, providerName }: { raisedAt: string | null; providerName: string }) {
  if (!raisedAt) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        No reply yet
      </h2>
      <p className="nhsuk-body">
        {providerName} had not accepted or declined this referral by <time dateTime={raisedAt}>{formatDateTime(raisedAt)}</time>.
        Contact them, or cancel the referral and look for another service.
      </p>
    </div>
  );
}
