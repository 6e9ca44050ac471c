import type { Role } from '@kith/shared';
import type { FormIssue } from '../../api/form-issues.ts';

/** Who an editor invites: named members, everyone with a role, an organisation's people, or every community member. */
export const INVITE_CHOICES = ['member', 'role', 'organisation', 'all_members'] as const;
export type InviteChoice = (typeof INVITE_CHOICES)[number];

export interface InviteFormValues {
  choice: InviteChoice | '';
  /** Email addresses separated by commas, spaces or new lines. */
  emails: string;
  role: Role | '';
  /** For a role: optional, only within this organisation; for an organisation: required. */
  organisationId: string;
}

export const EMPTY_INVITE: InviteFormValues = { choice: '', emails: '', role: '', organisationId: '' };

/** Email addresses as typed, one per comma, semicolon, space or line; each once. */
export function splitEmails(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

/** The body of `POST /api/community/events/:id/invitations` (checked against the shared schema before it is sent). */
export function toInviteRequest(values: InviteFormValues) {
  switch (values.choice) {
    case 'member':
      return { invitees: splitEmails(values.emails).map((email) => ({ kind: 'member' as const, email })) };
    case 'role':
      return {
        invitees: [
          {
            kind: 'role' as const,
            role: values.role,
            ...(values.organisationId ? { organisationId: values.organisationId } : {}),
          },
        ],
      };
    case 'organisation':
      return { invitees: [{ kind: 'organisation' as const, organisationId: values.organisationId }] };
    case 'all_members':
      return { invitees: [{ kind: 'all_members' as const }] };
    default:
      return { invitees: [] };
  }
}

/**
 * The schema's and the server's issues (`invitees`, `invitees.2.email`, `invitees.0.role`) put
 * against the form's own fields, naming the email address a problem is about.
 */
export function inviteIssuesOnForm(issues: readonly FormIssue[], values: InviteFormValues): FormIssue[] {
  const emails = splitEmails(values.emails);
  return issues.map((issue) => {
    if (values.choice === '' && issue.path.startsWith('invitees')) return { path: 'choice', message: 'Choose who to invite' };
    const email = /^invitees\.(\d+)\.email$/.exec(issue.path);
    if (email) {
      const address = emails[Number(email[1])];
      return { path: 'emails', message: address ? `${address}: ${issue.message}` : issue.message };
    }
    if (issue.path === 'invitees' && values.choice === 'member') {
      return { path: 'emails', message: emails.length === 0 ? 'Enter at least one email address' : issue.message };
    }
    if (/^invitees\.\d+\.role$/.test(issue.path)) return { path: 'role', message: 'Choose a role' };
    if (/^invitees\.\d+\.organisationId$/.test(issue.path)) {
      const message = issue.message === 'Organisation not found' ? issue.message : 'Choose an organisation';
      return { path: 'organisationId', message };
    }
    return issue;
  });
}
