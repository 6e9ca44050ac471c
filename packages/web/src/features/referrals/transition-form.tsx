import { REFERRAL_STATUS_LABELS, type ReferralStatus, TransitionRequest } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { referralChangeIssues } from './referral-conflict.ts';
import { useTransitionReferral } from './referral-queries.ts';
import type { ReferralActionProps } from './triage-form.tsx';

/** The endings a supervisor records here; the pathway steps have their own forms. */
export const OTHER_ENDINGS: readonly ReferralStatus[] = ['declined', 'not_reached', 'withdrawn', 'closed_in_error'];

const HINTS: Partial<Record<ReferralStatus, string>> = {
  declined: 'The person, or the service, decided social prescribing is not right for them',
  not_reached: 'The link worker could not reach them',
  withdrawn: 'The referrer or the person withdrew the referral',
  closed_in_error: 'The referral should never have been made, for example a duplicate',
};

/** This form shares the page with the allocate form, so its fields get their own ids. */
const local = (issues: FormIssue[]): FormIssue[] =>
  issues.map((issue) =>
    issue.path === 'to' || issue.path === 'reason' ? { ...issue, path: `transition.${issue.path}` } : issue,
  );

/** Decline, withdraw or close a referral in error, where its current status allows it. */
export function TransitionForm({ referral, onSaved, onConflict }: ReferralActionProps) {
  const transition = useTransitionReferral(referral.id);
  const choices = OTHER_ENDINGS.filter((status) => referral.allowedTransitions.includes(status));
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!to) {
      setIssues([{ path: 'transition.to', message: 'Choose how the referral ends' }]);
      return;
    }
    const checked = validateWith(TransitionRequest, { to, reason });
    if (!checked.ok) {
      setIssues(local(checked.issues));
      return;
    }
    setIssues([]);
    transition.mutate(checked.data, {
      onSuccess: (saved) => onSaved(`The referral is now ${REFERRAL_STATUS_LABELS[saved.status].toLowerCase()}.`),
      onError: (error) =>
        isApiError(error, 'conflict') ? onConflict(referralChangeIssues(error)) : setIssues(local(referralChangeIssues(error))),
    });
  };

  return (
    <section aria-labelledby="transition-heading">
      <h2 id="transition-heading">End the referral</h2>
      <ErrorSummary issues={issues} />
      <form onSubmit={submit} noValidate>
        <RadiosField
          id="transition-to"
          legend="How does the referral end?"
          value={to}
          onChange={setTo}
          items={choices.map((status) => ({ value: status, label: REFERRAL_STATUS_LABELS[status], hint: HINTS[status] ?? '' }))}
          error={messageFor(issues, 'transition.to')}
        />
        <TextareaField
          id="transition-reason"
          label="Why?"
          hint="This goes to the referrer in the message back, so write it for them."
          value={reason}
          onChange={setReason}
          rows={3}
          error={messageFor(issues, 'transition.reason')}
        />
        <Button variant="secondary" type="submit" pending={transition.isPending} pendingLabel="Saving…">
          End the referral
        </Button>
      </form>
    </section>
  );
}
