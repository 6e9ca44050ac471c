import { OPEN_CASE_STATUSES } from '@kith/shared';
import { useState } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { personName } from '../referrals/referral-labels.ts';
import { useOutcomeSummary } from './care-queries.ts';
import { CaseHeader } from './case-header.tsx';
import { useCaseReferral } from './case-layout.tsx';
import { MeasureChangesTable } from './measure-changes-table.tsx';
import { MeasureForm } from './measure-form.tsx';
import { MeasureResultsTable } from './measure-results-table.tsx';
import { OutcomeCharts } from './outcome-charts.tsx';

/** `/cases/:referralId/outcomes`: record ONS4, SWEMWBS and UCLA measures and see the change from baseline. */
export function OutcomesPage() {
  const referral = useCaseReferral();
  const summary = useOutcomeSummary(referral.id);
  const [recorded, setRecorded] = useState<string | null>(null);
  usePageTitle(`Outcome measures – ${personName(referral.person)}`);
  const open = OPEN_CASE_STATUSES.includes(referral.status);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SuccessBanner message={recorded} />
        <CaseHeader referral={referral} section="outcomes" />
        {open ? <MeasureForm referralId={referral.id} receivedAt={referral.createdAt} onRecorded={setRecorded} /> : null}
        <QueryState query={summary} what="outcome measures">
          {(data) => (
            <>
              <OutcomeCharts measures={data.measures} />
              <MeasureResultsTable measures={data.measures} />
              {data.changes.length > 0 ? (
                <MeasureChangesTable changes={data.changes} caption="Change from baseline" />
              ) : (
                <p className="nhsuk-body">The change from baseline shows here once a measure has been taken twice.</p>
              )}
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
