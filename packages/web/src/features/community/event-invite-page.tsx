import { CommunityEventInviteRequest, ROLE_LABELS, ROLES } from '@kith/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { FormRadiosField, FormSelectField, FormTextareaField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { type KithForm, useKithForm } from '../../components/form/use-kith-form.ts';
import { LoadingState } from '../../components/loading-state.tsx';
import { SuccessBanner } from '../../components/success-banner.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { communityIssues, movingIssues } from './community-issues.ts';
import { useEvent, useInviteOrganisations, useInviteToEvent } from './event-queries.ts';
import { EMPTY_INVITE, type InviteFormValues, inviteIssuesOnForm, toInviteRequest } from './invite-form-values.ts';

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
  const [result, setResult] = useState<{ message: string; detail?: string } | null>(null);
  const kith: KithForm<InviteFormValues> = useKithForm({
    defaultValues: EMPTY_INVITE,
    fieldOrder: FIELDS,
    toRequest: (values) =>
      movingIssues(validateWith(CommunityEventInviteRequest, toInviteRequest(values)), (issues) =>
        inviteIssuesOnForm(issues, values),
      ),
    // The server's issues are put against the fields as they were sent (what was typed stays).
    issuesFor: (error) => inviteIssuesOnForm(communityIssues(error), kith.form.getValues()),
    clearOnSave: true,
    onSubmit: async (request) => {
      const answer = await invite.mutateAsync(request);
      setResult(resultText(answer.invited, answer.alreadyInvited));
    },
  });
  const { control } = kith.form;
  const { values } = kith;
  usePageTitle(event.data ? `Invite people to “${event.data.title}”` : 'Invite people', kith.issues.length > 0);
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

  const organisationSelect = (label: string, hint: string, placeholder: string) =>
    organisations.isError ? (
      <ErrorState error={organisations.error} what="organisations" onRetry={() => void organisations.refetch()} />
    ) : (
      <FormSelectField
        control={control}
        name="organisationId"
        label={label}
        hint={organisations.isPending ? 'Loading organisations…' : hint}
        options={organisationOptions}
        placeholder={placeholder}
      />
    );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Link className="nhsuk-back-link" to={`/community/events/${id}`}>
          Back to the event
        </Link>
        <SuccessBanner message={result?.message} detail={result?.detail} />
        <KithFormFrame
          kith={kith}
          linkablePaths={FIELDS}
          intro={
            <>
              <h1>Invite people to “{event.data.title}”</h1>
              <p className="nhsuk-body">
                Each person is emailed an invitation with a link to the event once. People who join later are not invited
                automatically.
              </p>
            </>
          }
        >
          <FormRadiosField control={control} name="choice" legend="Who do you want to invite?" items={CHOICE_ITEMS} />
          {values.choice === 'member' ? (
            <FormTextareaField
              control={control}
              name="emails"
              label="Email addresses"
              hint="One per line, or separated by commas. Each must belong to a registered member or a Kith user."
              rows={4}
            />
          ) : null}
          {values.choice === 'role' ? (
            <>
              <FormSelectField control={control} name="role" label="Role" options={ROLE_OPTIONS} placeholder="Choose a role" />
              {organisationSelect('Only in this organisation (optional)', 'And the organisations below it', 'Any organisation')}
            </>
          ) : null}
          {values.choice === 'organisation'
            ? organisationSelect('Organisation', 'Everyone with a role in it or below it is invited', 'Choose an organisation')
            : null}
          {/* Sending again hides the last result, even before the new one is known. */}
          <Button type="submit" onClick={() => setResult(null)} pending={kith.pending} pendingLabel="Sending invitations…">
            Send invitations
          </Button>
        </KithFormFrame>
      </div>
    </div>
  );
}
