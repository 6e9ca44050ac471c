import type { CreateReferralRequest, PersonMatch, ReferralDetail } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { type FormIssue, messageFor } from '../../api/form-issues.ts';
import { newUuid } from '../../api/new-uuid.ts';
import { Button } from '../../components/button.tsx';
import { todayIso } from '../../components/date-parts.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import type { SelectOption } from '../../components/select-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useOrganisations } from '../organisations/organisations-queries.ts';
import { useMe } from '../session/session-queries.ts';
import { DataSharingWarning } from './data-sharing-warning.tsx';
import { pcnChoice } from './pcn-choice.ts';
import { NEW_PERSON, PersonMatchChoice } from './person-match-choice.tsx';
import { ReferralConfirmation } from './referral-confirmation.tsx';
import { ReferralDetailsFields } from './referral-details-fields.tsx';
import {
  buildReferralRequest,
  emptyReferralForm,
  type PersonFormValues,
  referralIssuesFromError,
} from './referral-form-values.ts';
import { ReferralPersonFields } from './referral-person-fields.tsx';
import { useCreateReferral, useFindPersonMatches, useReferralReasons } from './referral-queries.ts';

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
          <ReferralForm
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

interface ReferralFormProps {
  pcnOptions: { options: SelectOption[]; defaultId: string };
  reasons: SelectOption[];
  onSent: (referral: ReferralDetail) => void;
}

function ReferralForm({ pcnOptions, reasons, onSent }: ReferralFormProps) {
  const [idempotencyKey] = useState(() => newUuid());
  const createReferral = useCreateReferral(idempotencyKey);
  const findMatches = useFindPersonMatches();
  const [values, setValues] = useState(() => emptyReferralForm(pcnOptions.defaultId));
  const [matches, setMatches] = useState<PersonMatch[] | null>(null);
  const [personChoice, setPersonChoice] = useState('');
  const [issues, setIssues] = useState<FormIssue[]>([]);
  // Set once the referrer has been warned that data sharing is not agreed: the next send goes.
  const [sharingWarned, setSharingWarned] = useState(false);
  const withoutSharing = sharingWarned && !values.consentToDataSharing;
  usePageTitle('Make a referral', issues.length > 0);
  const busy = createReferral.isPending || findMatches.isPending;

  const changePerson = (person: PersonFormValues) => {
    setValues({ ...values, person });
    // Different details may match different records: ask again on the next submit.
    setMatches(null);
    setPersonChoice('');
  };

  const send = (request: CreateReferralRequest) =>
    createReferral.mutate(request, { onSuccess: onSent, onError: (error) => setIssues(referralIssuesFromError(error)) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (matches && !personChoice) {
      setIssues([{ path: 'personChoice', message: 'Choose whether this is the same person' }]);
      return;
    }
    const personId = matches && personChoice !== NEW_PERSON ? personChoice : null;
    const checked = buildReferralRequest(values, { personId, today: todayIso() });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    if (!checked.data.consent.toDataSharing && !sharingWarned) {
      setSharingWarned(true);
      return;
    }
    const person = checked.data.person;
    if (matches || !person) {
      send(checked.data);
      return;
    }
    findMatches.mutate(
      { organisationId: checked.data.organisationId, ...person },
      {
        onSuccess: (found) => (found.length > 0 ? setMatches(found) : send(checked.data)),
        // Someone who may not search people still refers; the server matches by NHS number itself.
        onError: (error) => (isApiError(error, 'forbidden') ? send(checked.data) : setIssues(referralIssuesFromError(error))),
      },
    );
  };

  return (
    <>
      <ErrorSummary issues={issues} />
      <h1>Make a referral</h1>
      <p className="nhsuk-body">Refer someone to a social prescribing link worker. It takes about a minute.</p>
      <form onSubmit={submit} noValidate>
        <ReferralPersonFields person={values.person} onChange={changePerson} issues={issues} />
        <ReferralDetailsFields
          values={values}
          onChange={setValues}
          pcnOptions={pcnOptions.options}
          reasons={reasons}
          issues={issues}
        />
        {matches ? (
          <PersonMatchChoice
            matches={matches}
            value={personChoice}
            onChange={setPersonChoice}
            error={messageFor(issues, 'personChoice')}
          />
        ) : null}
        {withoutSharing ? <DataSharingWarning /> : null}
        <Button type="submit" pending={busy} pendingLabel="Sending referral…">
          {withoutSharing ? 'Send referral without data sharing' : 'Send referral'}
        </Button>
      </form>
    </>
  );
}
