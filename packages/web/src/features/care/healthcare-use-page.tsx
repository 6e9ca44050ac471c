import { useState } from 'react';
import { formatDateTime } from '../../components/date-format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { personName } from '../referrals/referral-labels.ts';
import { CaseHeader } from './case-header.tsx';
import { useCaseReferral } from './case-layout.tsx';
import { HealthcareUseForm } from './healthcare-use-form.tsx';
import { useHealthcareUse } from './healthcare-use-queries.ts';
import { recordedCount } from './healthcare-use-values.ts';

/**
 * `/cases/:referralId/healthcare-use`: GP consultations and A&E attendances six months before and
 * after the referral, for the impact reports. Usually recorded after discharge, so closed cases
 * can be recorded too.
 */
export function HealthcareUsePage() {
  const referral = useCaseReferral();
  const recorded = useHealthcareUse(referral.id);
  const [saves, setSaves] = useState(0);
  usePageTitle(`Healthcare use – ${personName(referral.person)}`);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SuccessBanner
          key={saves}
          message={saves > 0 ? 'Healthcare use saved' : null}
          detail="Blank figures are kept as not recorded. The impact reports show how complete the figures are."
        />
        <CaseHeader referral={referral} section="healthcare-use" />
        <p className="nhsuk-body">
          Copy these from the GP record, counting the 6 months before the referral was received and the 6 months after it. Leave a
          figure blank if it is not recorded: a blank is reported as missing, never as 0.
        </p>
        <QueryState query={recorded} what="healthcare use">
          {(data) => (
            <>
              <p className="nhsuk-body">
                {data.recordedAt
                  ? `${recordedCount(data)} of 4 figures recorded, last saved ${formatDateTime(data.recordedAt)}${data.recordedByName ? ` by ${data.recordedByName}` : ''}.`
                  : 'Nothing recorded yet.'}
              </p>
              <HealthcareUseForm
                key={data.recordedAt ?? 'new'}
                referralId={referral.id}
                recorded={data}
                onSaved={() => setSaves((count) => count + 1)}
              />
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
