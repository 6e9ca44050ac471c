import type { FundingPlan } from '@kith/shared';
import { Link } from 'react-router';

/**
 * Carried-forward and unverified reference figures, shown before any number so nobody plans on a
 * figure without knowing where it came from (domain reference: unverified values are configuration).
 */
export function FundingWarnings({ warnings }: { warnings: FundingPlan['warnings'] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Check the reference data behind these figures
      </h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {warnings.map((warning) => (
          <li key={warning.message}>{warning.message}</li>
        ))}
      </ul>
      <p className="nhsuk-body">
        Administrators can correct and verify figures in <Link to="/admin/reference-data">workforce reference data</Link>.
      </p>
    </div>
  );
}
