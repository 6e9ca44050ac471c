import type { Role } from '@kith/shared';

/** A place in Kith a role works from. */
export interface RoleLink {
  to: string;
  title: string;
  description: string;
}

const MAKE_REFERRAL: RoleLink = {
  to: '/referrals/new',
  title: 'Make a referral',
  description: 'Refer someone to a social prescribing link worker. It takes about a minute.',
};

/** Where each role's work starts, most used first. */
export const ROLE_LINKS: Partial<Record<Role, readonly RoleLink[]>> = {
  referrer: [
    MAKE_REFERRAL,
    { to: '/referrals/mine', title: 'Your referrals', description: 'Where each referral has got to, and the messages back.' },
  ],
  supervisor: [
    { to: '/referrals/queue', title: 'Referral queue', description: 'Triage new referrals and allocate them to link workers.' },
    MAKE_REFERRAL,
    { to: '/referrals/import', title: 'Import referrals', description: 'Check and import a CSV file of referrals.' },
    { to: '/safeguarding', title: 'Safeguarding concerns', description: 'Concerns raised for your team, newest first.' },
  ],
  link_worker: [
    { to: '/caseload', title: 'Your caseload', description: 'The people you are supporting and what is next for each.' },
    MAKE_REFERRAL,
  ],
  admin: [
    { to: '/admin/users', title: 'Users', description: 'Create accounts, change roles and deactivate users.' },
    { to: '/admin/organisations', title: 'Organisations', description: 'The ICB, PCNs, GP practices and VCSE organisations.' },
    { to: '/admin/audit', title: 'Audit trail', description: 'Who did what, and when.' },
    { to: '/admin/referral-reasons', title: 'Referral reasons', description: 'The coded reasons every referral form offers.' },
  ],
};

/** The links for a set of roles, each place once, in role order. */
export function linksForRoles(roles: readonly Role[]): RoleLink[] {
  const links = [...new Set(roles)].flatMap((role) => ROLE_LINKS[role] ?? []);
  return links.filter((link, index) => links.findIndex((other) => other.to === link.to) === index);
}
