import type { ReferralDetail } from '@kith/shared';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOrganisations } from '../organisations/organisations-queries.ts';
import { useMe } from '../session/session-queries.ts';
import { NewReferralForm } from './new-referral-form.tsx';
import { pcnChoice } from './pcn-choice.ts';
import { ReferralConfirmation } from './referral-confirmation.tsx';
import { useReferralReasons } from './referral-queries.ts';

/** `/referrals/new`: a referral in about a minute. Each visit is one new referral. */
export function NewReferralPage() {
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<ReferralDetail | null>(null);
  usePageTitle(sent ? 'Referral sent' : 'Make a referral');

  if (sent) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ReferralConfirmation
            referral={sent}
            onAnother={() => {
              setSent(null);
              setAttempt((n) => n + 1);
            }}
          />
        </div>
      </div>
    );
  }
  // A fresh form (and idempotency key) for every referral.
  return <ReferralFormLoader key={attempt} onSent={setSent} />;
}

function ReferralFormLoader({ onSent }: { onSent: (referral: ReferralDetail) => void }) {
  const me = useMe();
  const organisations = useOrganisations({ includeInactive: false });
  const reasons = useReferralReasons();
  const failed = organisations.error ?? reasons.error;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {me.data && organisations.data && reasons.data ? (
          <NewReferralForm
            pcnOptions={pcnChoice(me.data.memberships, organisations.data)}
            reasons={reasons.data.map((reason) => ({ value: reason.code, label: reason.label }))}
            onSent={onSent}
          />
        ) : (
          <>
            <h1>Make a referral</h1>
            {failed ? (
              <ErrorState
                error={failed}
                what="the referral form"
                onRetry={() => {
                  void organisations.refetch();
                  void reasons.refetch();
                }}
              />
            ) : (
              <LoadingState what="the referral form" />
            )}
          </>
        )}
      </div>
    </div>
  );
}
