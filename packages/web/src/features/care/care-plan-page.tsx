import { useState } from 'react';
import { formatDateTime } from '../../components/date-format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CarePlanLetterButton } from '../letters/care-plan-letter-button.tsx';
import { personName } from '../referrals/referral-labels.ts';
import { CarePlanForm } from './care-plan-form.tsx';
import { CarePlanReadOnly } from './care-plan-read-only.tsx';
import { useCarePlan } from './care-queries.ts';
import { CaseHeader } from './case-header.tsx';
import { useCaseReferral } from './case-layout.tsx';

/** `/cases/:referralId/care-plan`: the personalised care and support plan. */
export function CarePlanPage() {
  const referral = useCaseReferral();
  const plan = useCarePlan(referral.id);
  const [saved, setSaved] = useState<string | null>(null);
  usePageTitle(`Care plan – ${personName(referral.person)}`);
  // A closed episode (discharged, declined, …) can go nowhere: its plan is the record.
  const closed = referral.allowedTransitions.length === 0;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SuccessBanner message={saved} />
        <CaseHeader referral={referral} section="care-plan" />
        <QueryState query={plan} what="the care plan">
          {(data) => (
            <>
              <p className="nhsuk-body nhsuk-u-secondary-text-colour">
                {data.updatedAt
                  ? `Last saved ${formatDateTime(data.updatedAt)}${data.updatedByName ? ` by ${data.updatedByName}` : ''}.`
                  : 'Not saved yet.'}
              </p>
              {closed ? (
                <CarePlanReadOnly plan={data} />
              ) : (
                <CarePlanForm
                  // A new version (saved here or reloaded) starts the editor again from it.
                  key={data.version}
                  plan={data}
                  onSaved={() => setSaved('Care plan saved')}
                  onReload={() => {
                    setSaved(null);
                    void plan.refetch();
                  }}
                  reloading={plan.isFetching}
                />
              )}
              <CarePlanLetterButton
                referralId={referral.id}
                planVersion={data.version}
                largePrintByDefault={referral.person.accessibleFormats.includes('large_print')}
              />
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
