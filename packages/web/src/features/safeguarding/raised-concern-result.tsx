import type { RaisedConcern } from '@kith/shared';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { ImmediateRiskCallout } from './immediate-risk-callout.tsx';

/** Who was told about a concern just raised, and what the raiser must do now. */
export function RaisedConcernResult({ result }: { result: RaisedConcern }) {
  const names = result.notified.map((user) => user.name).join(', ');
  const detail =
    result.notified.length === 0
      ? undefined
      : result.noLeadDesignated
        ? `No safeguarding lead is named for this primary care network, so its supervisors were told instead: ${names}.`
        : `The safeguarding lead was told: ${names}.`;
  return (
    <>
      {result.urgentAction ? <ImmediateRiskCallout advice={result.urgentAction} /> : null}
      <SuccessBanner message="The safeguarding concern has been raised" detail={detail} />
      {result.noLeadDesignated ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">Ask an administrator to name a safeguarding lead for this primary care network.</p>
        </div>
      ) : null}
      {result.notified.length === 0 ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Nobody could be told in Kith
          </h2>
          <p className="nhsuk-body">
            There is no safeguarding lead or supervisor for this primary care network. Tell your manager or the local authority
            safeguarding team yourself today.
          </p>
        </div>
      ) : null}
    </>
  );
}
