import { useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { GpRecordPanel } from '../gp-record/gp-record-panel.tsx';
import { useMessageBack } from '../referrals/message-back-queries.ts';
import { MessageBackView } from '../referrals/message-back-view.tsx';
import { personName } from '../referrals/referral-labels.ts';
import { CaseHeader } from './case-header.tsx';
import { useCaseReferral } from './case-layout.tsx';
import { DischargeForm } from './discharge-form.tsx';

/** `/cases/:referralId/discharge`: discharge the person, then show the message back that was sent. */
export function DischargePage() {
  const referral = useCaseReferral();
  const [justDischarged, setJustDischarged] = useState(false);
  const discharged = referral.status === 'discharged' || justDischarged;
  const message = useMessageBack(referral.id, discharged);
  const name = personName(referral.person);
  usePageTitle(`Discharge – ${name}`);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <SuccessBanner
          message={justDischarged ? `${name} has been discharged` : null}
          detail="The message back below has been sent to the referrer."
        />
        <CaseHeader referral={referral} section="discharge" />
        {discharged ? (
          <>
            <h2>Message back</h2>
            {message.isPending ? <LoadingState what="the message back" /> : null}
            {message.isError && !isApiError(message.error, 'not_found') ? (
              <ErrorState error={message.error} what="the message back" onRetry={() => void message.refetch()} />
            ) : null}
            {message.data ? <MessageBackView message={message.data} headingLevel={3} /> : null}
            {message.data ? <GpRecordPanel referralId={referral.id} ending={message.data.ending} /> : null}
          </>
        ) : referral.allowedTransitions.includes('discharged') ? (
          <DischargeForm referralId={referral.id} personName={name} onDischarged={() => setJustDischarged(true)} />
        ) : (
          <p className="nhsuk-body">
            {referral.status === 'allocated'
              ? 'You can discharge someone once you have spoken to them. Log a contact first.'
              : 'This case is closed, so it cannot be discharged.'}
          </p>
        )}
      </div>
    </div>
  );
}
