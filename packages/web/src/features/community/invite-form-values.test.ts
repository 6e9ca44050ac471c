import { describe, expect, it } from 'vitest';
import { EMPTY_INVITE, inviteIssuesOnForm, splitEmails, toInviteRequest } from './invite-form-values.ts';

const ORG = '00000000-0000-4000-8000-0000000000aa';

describe('the invitation form', () => {
  it('reads email addresses however they are separated, each once', () => {
    expect(splitEmails(' a@x.org, b@x.org;\nc@x.org  a@x.org ')).toEqual(['a@x.org', 'b@x.org', 'c@x.org']);
    expect(splitEmails('  ')).toEqual([]);
  });

  it('turns each choice into the API’s invitees', () => {
    expect(toInviteRequest({ ...EMPTY_INVITE, choice: 'member', emails: 'a@x.org b@x.org' }).invitees).toEqual([
      { kind: 'member', email: 'a@x.org' },
      { kind: 'member', email: 'b@x.org' },
    ]);
    expect(toInviteRequest({ ...EMPTY_INVITE, choice: 'role', role: 'link_worker' }).invitees).toEqual([
      { kind: 'role', role: 'link_worker' },
    ]);
    expect(toInviteRequest({ ...EMPTY_INVITE, choice: 'role', role: 'supervisor', organisationId: ORG }).invitees).toEqual([
      { kind: 'role', role: 'supervisor', organisationId: ORG },
    ]);
    expect(toInviteRequest({ ...EMPTY_INVITE, choice: 'organisation', organisationId: ORG }).invitees).toEqual([
      { kind: 'organisation', organisationId: ORG },
    ]);
    expect(toInviteRequest({ ...EMPTY_INVITE, choice: 'all_members' }).invitees).toEqual([{ kind: 'all_members' }]);
    expect(toInviteRequest(EMPTY_INVITE).invitees).toEqual([]);
  });

  it('names the email address the server could not find', () => {
    const values = { ...EMPTY_INVITE, choice: 'member' as const, emails: 'a@x.org, nobody@x.org' };
    expect(
      inviteIssuesOnForm([{ path: 'invitees.1.email', message: 'No registered member has this email address' }], values),
    ).toEqual([{ path: 'emails', message: 'nobody@x.org: No registered member has this email address' }]);
  });

  it('asks for a choice, an email, a role or an organisation against the right field', () => {
    expect(inviteIssuesOnForm([{ path: 'invitees', message: 'Choose who to invite' }], EMPTY_INVITE)).toEqual([
      { path: 'choice', message: 'Choose who to invite' },
    ]);
    expect(
      inviteIssuesOnForm([{ path: 'invitees', message: 'Choose who to invite' }], { ...EMPTY_INVITE, choice: 'member' }),
    ).toEqual([{ path: 'emails', message: 'Enter at least one email address' }]);
    expect(
      inviteIssuesOnForm([{ path: 'invitees.0.role', message: 'Invalid option' }], { ...EMPTY_INVITE, choice: 'role' }),
    ).toEqual([{ path: 'role', message: 'Choose a role' }]);
    expect(
      inviteIssuesOnForm([{ path: 'invitees.0.organisationId', message: 'Invalid UUID' }], {
        ...EMPTY_INVITE,
        choice: 'organisation',
      }),
    ).toEqual([{ path: 'organisationId', message: 'Choose an organisation' }]);
  });
});
