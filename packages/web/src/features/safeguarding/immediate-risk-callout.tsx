/**
 * The plain instruction shown when someone is at immediate risk. Kith calls nobody, so the
 * words say who to call, now.
 */
export function ImmediateRiskCallout({ advice }: { advice: string }) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Call 999 or the local authority now
      </h2>
      <p className="nhsuk-body">{advice}</p>
    </div>
  );
}
