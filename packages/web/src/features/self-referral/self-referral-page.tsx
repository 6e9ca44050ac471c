import { useRef, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { SelfReferralConfirmation } from './self-referral-confirmation.tsx';
import { SelfReferralFields } from './self-referral-fields.tsx';
import { usePublicPractices, usePublicReasons, useSubmitSelfReferral } from './self-referral-queries.ts';
import {
  EMPTY_SELF_REFERRAL,
  SELF_REFERRAL_FIELD_ORDER,
  selfReferralSendIssues,
  toSelfReferralRequest,
} from './self-referral-values.ts';

/**
 * `/self-referral`: a person refers themselves to social prescribing without signing in. The
 * person names their GP practice; the referral reaches the practice's primary care network's
 * queue marked unverified.
 */
export function SelfReferralPage() {
  const practices = usePublicPractices();
  const reasons = usePublicReasons();
  const submit = useSubmitSelfReferral();
  const [reference, setReference] = useState<string | null>(null);
  // When the form was first shown: the server refuses answers sent implausibly fast.
  const [startedAt] = useState(() => Date.now());
  // One key per distinct send: a retry after a dropped connection reuses it, so it is one referral.
  const idempotencyKey = useRef(crypto.randomUUID());
  const kith = useKithForm({
    defaultValues: EMPTY_SELF_REFERRAL,
    toRequest: (values) => toSelfReferralRequest(values, startedAt),
    fieldOrder: SELF_REFERRAL_FIELD_ORDER,
    issuesFor: selfReferralSendIssues,
    onSubmit: async (request) => {
      try {
        setReference((await submit.mutateAsync({ request, idempotencyKey: idempotencyKey.current })).reference);
      } catch (error) {
        if (!isApiError(error, 'unavailable')) idempotencyKey.current = crypto.randomUUID();
        throw error;
      }
    },
  });
  usePageTitle(reference ? 'Referral sent' : 'Refer yourself to social prescribing', kith.issues.length > 0);

  if (reference) return <SelfReferralConfirmation reference={reference} />;

  const introduction = (
    <>
      <h1>Refer yourself to social prescribing</h1>
      <p className="nhsuk-body-l">
        A link worker can help you find local groups, activities and services, for example if you feel lonely, are caring for
        someone or are worried about money.
      </p>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>This is not an emergency service. If you need help urgently, call 111, or 999 if someone's life is at risk.</p>
      </div>
    </>
  );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {practices.isPending || reasons.isPending ? (
          <>
            {introduction}
            <LoadingState what="the form" />
          </>
        ) : practices.isError || reasons.isError ? (
          <>
            {introduction}
            <ErrorState
              error={practices.error ?? reasons.error}
              what="the form"
              onRetry={() => {
                void practices.refetch();
                void reasons.refetch();
              }}
            />
          </>
        ) : (
          // The error summary comes first on the page, above the heading.
          <KithFormFrame kith={kith} linkablePaths={SELF_REFERRAL_FIELD_ORDER} intro={introduction}>
            <SelfReferralFields
              control={kith.form.control}
              practices={practices.data}
              reasons={reasons.data}
              sending={kith.pending}
            />
          </KithFormFrame>
        )}
      </div>
    </div>
  );
}
