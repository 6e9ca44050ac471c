import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, issuesFromError, messageFor } from '../../api/form-issues.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { SelfReferralConfirmation } from './self-referral-confirmation.tsx';
import { SelfReferralForm } from './self-referral-form.tsx';
import { usePublicPractices, usePublicReasons, useSubmitSelfReferral } from './self-referral-queries.ts';
import {
  EMPTY_SELF_REFERRAL,
  onField,
  SELF_REFERRAL_FIELD_ORDER,
  type SelfReferralValues,
  toSelfReferralRequest,
} from './self-referral-values.ts';

/** Problems from sending the form, in plain English; field problems go beside their fields. */
function sendIssues(error: unknown): FormIssue[] {
  if (isApiError(error, 'rate_limited')) {
    return [
      {
        path: '',
        message:
          'Several referrals have been sent from this device recently. Wait 10 minutes and try again, or ask your GP practice to refer you.',
      },
    ];
  }
  return issuesFromError(error).map(onField);
}

/**
 * `/self-referral`: a person refers themselves to social prescribing without signing in. The
 * person names their GP practice; the referral reaches the practice's primary care network's
 * queue marked unverified.
 */
export function SelfReferralPage() {
  const practices = usePublicPractices();
  const reasons = usePublicReasons();
  const submit = useSubmitSelfReferral();
  const [values, setValues] = useState<SelfReferralValues>(EMPTY_SELF_REFERRAL);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [reference, setReference] = useState<string | null>(null);
  // When the form was first shown: the server refuses answers sent implausibly fast.
  const [startedAt] = useState(() => Date.now());
  // One key per distinct send: a retry after a dropped connection reuses it, so it is one referral.
  const idempotencyKey = useRef(crypto.randomUUID());
  usePageTitle(reference ? 'Referral sent' : 'Refer yourself to social prescribing', issues.length > 0);

  if (reference) return <SelfReferralConfirmation reference={reference} />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = toSelfReferralRequest(values, startedAt);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    submit.mutate(
      { request: checked.request, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (accepted) => setReference(accepted.reference),
        onError: (error) => {
          if (!isApiError(error, 'unavailable')) idempotencyKey.current = crypto.randomUUID();
          setIssues(sendIssues(error));
        },
      },
    );
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary issues={issues} linkablePaths={SELF_REFERRAL_FIELD_ORDER} />
        <h1>Refer yourself to social prescribing</h1>
        <p className="nhsuk-body-l">
          A link worker can help you find local groups, activities and services, for example if you feel lonely, are caring for
          someone or are worried about money.
        </p>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This is not an emergency service. If you need help urgently, call 111, or 999 if someone's life is at risk.</p>
        </div>
        {practices.isPending || reasons.isPending ? (
          <LoadingState what="the form" />
        ) : practices.isError || reasons.isError ? (
          <ErrorState
            error={practices.error ?? reasons.error}
            what="the form"
            onRetry={() => {
              void practices.refetch();
              void reasons.refetch();
            }}
          />
        ) : (
          <SelfReferralForm
            values={values}
            onChange={(changes) => setValues((current) => ({ ...current, ...changes }))}
            practices={practices.data}
            reasons={reasons.data}
            error={(path) => messageFor(issues, path)}
            onSubmit={onSubmit}
            sending={submit.isPending}
          />
        )}
      </div>
    </div>
  );
}
