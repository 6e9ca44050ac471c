import { type MeResponse, ROLES, type Role } from '@kith/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { linksForRoles } from '../features/home/role-links.ts';
import { meQueryKey } from '../features/session/session-queries.ts';
import { AppRoutes } from './app-routes.tsx';

const ID = '00000000-0000-4000-8000-000000000001';
const FORBIDDEN = 'You do not have access to this page';

function signedInAs(role: Role): MeResponse {
  return {
    user: { id: ID, email: 'someone@example.org', displayName: 'Someone' },
    memberships: [{ organisationId: ID, organisationName: 'Riverside PCN', organisationKind: 'pcn', role }],
    csrfToken: 'token',
    sessionExpiresAt: '2099-01-01T00:00:00.000Z',
  };
}

/** The whole app at `path` for one signed-in role, rendered once on the server (pages not yet loaded show a spinner). */
function forbidden(role: Role, path: string): boolean {
  const client = new QueryClient();
  client.setQueryData(meQueryKey, signedInAs(role));
  const html = renderToString(
    createElement(
      QueryClientProvider,
      { client },
      createElement(MemoryRouter, { initialEntries: [path] }, createElement(AppRoutes)),
    ),
  );
  return html.includes(FORBIDDEN);
}

const REFERRING: readonly Role[] = ['referrer', 'link_worker', 'supervisor', 'admin'];
const CARE_TEAM: readonly Role[] = ['link_worker', 'supervisor'];
const CARE_TEAM_AND_MANAGERS: readonly Role[] = ['link_worker', 'supervisor', 'pcn_manager'];
const OVERSEERS: readonly Role[] = ['supervisor', 'pcn_manager'];
const ADMIN: readonly Role[] = ['admin'];

/** Who could open each guarded page when the guards listed roles: asking by permission keeps it so. */
const GUARDED: readonly [path: string, roles: readonly Role[]][] = [
  ['/referrals/new', REFERRING],
  ['/referrals/import', REFERRING],
  ['/referrals/mine', REFERRING],
  ['/referrals/queue', OVERSEERS],
  ['/caseload', ['link_worker']],
  [`/cases/${ID}`, CARE_TEAM],
  [`/cases/${ID}/discharge`, CARE_TEAM],
  [`/people/${ID}`, CARE_TEAM],
  [`/people/${ID}/safeguarding`, CARE_TEAM],
  [`/people/${ID}/onward-referrals/new`, CARE_TEAM],
  [`/people/${ID}/unmet-needs/new`, CARE_TEAM],
  [`/onward-referrals/${ID}`, CARE_TEAM_AND_MANAGERS],
  ['/unmet-needs', CARE_TEAM_AND_MANAGERS],
  ['/provider/referrals', ['vcse_provider']],
  ['/provider/services', ['vcse_provider']],
  ['/supervision', CARE_TEAM_AND_MANAGERS],
  ['/supervision/new', CARE_TEAM],
  ['/workforce/posts', ['pcn_manager', 'supervisor']],
  ['/workforce/funding', ['pcn_manager', 'supervisor']],
  ['/implementation-checklist', ['pcn_manager', 'supervisor']],
  ['/learning', CARE_TEAM],
  ['/learning/team', OVERSEERS],
  ['/pulse', CARE_TEAM],
  ['/pulse/results', ['pcn_manager']],
  ['/reports', ['supervisor', 'pcn_manager', 'commissioner']],
  ['/reports/settings', ADMIN],
  ['/admin', ADMIN],
  ['/admin/users', ADMIN],
  [`/admin/users/${ID}`, ADMIN],
  ['/admin/organisations', ADMIN],
  ['/admin/audit', ADMIN],
  ['/admin/referral-reasons', ADMIN],
  ['/admin/snomed-codes', ADMIN],
  ['/admin/snomed-codes/new', ADMIN],
  ['/admin/snomed-codes/871711000000103', ADMIN],
  ['/admin/practice-mailboxes', ADMIN],
  ['/admin/practice-mailboxes/new', ADMIN],
  ['/admin/practice-mailboxes/M85001', ADMIN],
  ['/admin/gp-deliveries', ADMIN],
  ['/admin/no-such-page', ADMIN],
  ['/admin/directory', ADMIN],
  ['/admin/directory/taxonomy', ADMIN],
  ['/admin/directory/import', ADMIN],
  ['/admin/reference-data', ADMIN],
  ['/admin/learning', ADMIN],
  ['/admin/outbox', ADMIN],
  // Open to everyone signed in (the server answers for the records themselves).
  ['/', ROLES],
  ['/directory', ROLES],
  ['/safeguarding', ROLES],
  [`/referrals/${ID}`, ROLES],
];

describe('route guards ask for permissions', () => {
  for (const [path, roles] of GUARDED) {
    it(`open ${path} to ${roles.length === ROLES.length ? 'everyone' : roles.join(', ')} only`, () => {
      for (const role of ROLES) expect(forbidden(role, path), `${role} at ${path}`).toBe(!roles.includes(role));
    });
  }

  it('never offer a role a menu link to a page it may not open', () => {
    for (const role of ROLES) {
      for (const link of linksForRoles([role])) expect(forbidden(role, link.to), `${role}: ${link.to}`).toBe(false);
    }
  });
});
