import { CommunityEventInviteRequest, ROLE_LABELS, ROLES } from '@kith/shared';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type FormIssue, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { RadiosField } from '../../components/radios-field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { communityIssues } from './community-issues.ts';
import { useEvent, useInviteOrganisations, useInviteToEvent } from './event-queries.ts';
import {
  EMPTY_INVITE,
  type InviteFormValues,
  inviteIssuesOnForm,
  isInviteChoice,
  isRole,
  toInviteRequest,
} from './invite-form-values.ts';

const FIELDS = ['choice', 'emails', 'role', 'organisationId'];
const CHOICE_ITEMS = [
  { value: 'member', label: 'Members, by email address' },
  { value: 'role', label: 'Everyone with a role', hint: 'For example, every link worker (optionally only in one organisation)' },
  { value: 'organisation', label: 'Everyone in an organisation', hint: 'And in the organisations below it' },
  { value: 'all_members', label: 'All registered community members', hint: 'People who registered for the community themselves' },
];
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

function resultText(invited: number, alreadyInvited: number): { message: string; detail?: string } {
  const message = invited === 1 ? '1 person has been invited and emailed' : `${invited} people have been invited and emailed`;
  if (alreadyInvited === 0) return { message };
  return { message, detail: `${alreadyInvited} had been invited before and were not emailed again.` };
}

/** `/community/events/:id/invite` (editors): invite members by email, everyone with a role, an organisation, or all members. */
export function EventInvitePage() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  const organisations = useInviteOrganisations();
  const invite = useInviteToEvent(id);
  const [values, setValues] = useState<InviteFormValues>(EMPTY_INVITE);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [result, setResult] = useState<{ message: string; detail?: string } | null>(null);
  usePageTitle(event.data ? `Invite people to “${event.data.title}”` : 'Invite people', issues.length > 0);
  const set = (change: Partial<InviteFormValues>) => setValues({ ...values, ...change });
  const organisationOptions = (organisations.data ?? []).map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
  }));

  if (event.isPending) return <LoadingState what="the event" />;
  if (event.isError) {
    return (
      <>
        <h1>Invite people</h1>
        <ErrorState error={event.error} what="the event" onRetry={() => void event.refetch()} />
      </>
    );
  }

  const submit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    setResult(null);
    const checked = validateWith(CommunityEventInviteRequest, toInviteRequest(values));
    if (!checked.ok) {
      setIssues(inviteIssuesOnForm(checked.issues, values));
      return;
    }
    setIssues([]);
    invite.mutate(checked.data, {
      onSuccess: (answer) => {
        setResult(resultText(answer.invited, answer.alreadyInvited));
        setValues(EMPTY_INVITE);
      },
      onError: (error) => setIssues(inviteIssuesOnForm(communityIssues(error), values)),
    });
  };

  const organisationSelect = (label: string, hint: string, placeholder: string) =>
    organisations.isError ? (
      <ErrorState error={organisations.error} what="organisations" onRetry={() => void organisations.refetch()} />
    ) : (
      <SelectField
        id="organisationId"
        label={label}
        hint={organisations.isPending ? 'Loading organisations…' : hint}
        value={values.organisationId}
        onChange={(organisationId) => set({ organisationId })}
        options={organisationOptions}
        placeholder={placeholder}
        error={messageFor(issues, 'organisationId')}
      />
    );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={`/community/events/${id}`}>
          Back to the event
        </Link>
        <SuccessBanner message={result?.message} detail={result?.detail} />
        <ErrorSummary issues={issues} linkablePaths={FIELDS} />
        <h1>Invite people to “{event.data.title}”</h1>
        <p className="nhsuk-body">
          Each person is emailed an invitation with a link to the event once. People who join later are not invited automatically.
        </p>
        <form onSubmit={submit} noValidate>
          <RadiosField
            id="choice"
            legend="Who do you want to invite?"
            value={values.choice}
            onChange={(choice) => set({ choice: isInviteChoice(choice) ? choice : '' })}
            items={CHOICE_ITEMS}
            error={messageFor(issues, 'choice')}
          />
          {values.choice === 'member' ? (
            <TextareaField
              id="emails"
              label="Email addresses"
              hint="One per line, or separated by commas. Each must belong to a registered member or a Kith user."
              value={values.emails}
              onChange={(emails) => set({ emails })}
              rows={4}
              error={messageFor(issues, 'emails')}
            />
          ) : null}
          {values.choice === 'role' ? (
            <>
              <SelectField
                id="role"
                label="Role"
                value={values.role}
                onChange={(role) => set({ role: isRole(role) ? role : '' })}
                options={ROLE_OPTIONS}
                placeholder="Choose a role"
                error={messageFor(issues, 'role')}
              />
              {organisationSelect('Only in this organisation (optional)', 'And the organisations below it', 'Any organisation')}
            </>
          ) : null}
          {values.choice === 'organisation'
            ? organisationSelect('Organisation', 'Everyone with a role in it or below it is invited', 'Choose an organisation')
            : null}
          <Button type="submit" pending={invite.isPending} pendingLabel="Sending invitations…">
            Send invitations
          </Button>
        </form>
      </div>
    </div>
  );
}
