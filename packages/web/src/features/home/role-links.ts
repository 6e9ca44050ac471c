import type { Role } from '@kith/shared';

/** A place in Kith a role works from. */
export interface RoleLink {
  to: string;
  title: string;
  description: string;
}

const FIND_SERVICE: RoleLink = {
  to: '/directory',
  title: 'Find a service',
  description: 'Search community groups and services by need, place, opening times and waiting time.',
};
const UNMET_NEEDS: RoleLink = {
  to: '/unmet-needs',
  title: 'Unmet needs',
  description: 'Needs nothing in the directory could meet: what, where and why.',
};

const SUPERVISION: RoleLink = {
  to: '/supervision',
  title: 'Supervision',
  description: 'Sessions, private notes between the two of you, and who is due or overdue.',
};
const LEARNING: RoleLink = {
  to: '/learning',
  title: 'Learning',
  description: 'Training due and done, with evidence, and your competency self-assessment.',
};
const PULSE: RoleLink = {
  to: '/pulse',
  title: 'Wellbeing pulse',
  description: 'Four quick, anonymous questions about how work is going.',
};

const REPORTS: RoleLink = {
  to: '/reports',
  title: 'Reports',
  description: 'Outcomes, the referral funnel, caseload pressure, unmet need and return on investment, with an evidence pack.',
};

const MAKE_REFERRAL: RoleLink = {
  to: '/referrals/new',
  title: 'Make a referral',
  description: 'Refer someone to a social prescribing link worker. It takes about a minute.',
};

/** Everyone's, including members of the community who hold no role in Kith. */
const COMMUNITY: RoleLink = {
  to: '/community',
  title: 'Community of practice',
  description: 'Blog posts and discussions, webinars and network meetings, guides and toolkits.',
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
    FIND_SERVICE,
    UNMET_NEEDS,
    SUPERVISION,
    LEARNING,
    PULSE,
    REPORTS,
  ],
  link_worker: [
    { to: '/caseload', title: 'Your caseload', description: 'The people you are supporting and what is next for each.' },
    FIND_SERVICE,
    MAKE_REFERRAL,
    UNMET_NEEDS,
    SUPERVISION,
    LEARNING,
    PULSE,
  ],
  vcse_provider: [
    {
      to: '/provider/referrals',
      title: 'Referrals to your services',
      description: 'Accept, start and complete referrals sent to you.',
    },
    { to: '/provider/services', title: 'Your services', description: 'Keep capacity, waiting times and details up to date.' },
    FIND_SERVICE,
  ],
  pcn_manager: [
    {
      to: '/workforce/posts',
      title: 'Link worker posts',
      description: 'Posts, the people in them, pay and who supervises them.',
    },
    {
      to: '/workforce/funding',
      title: 'Funding planner',
      description: 'Full cost, the ARRS claim, the shortfall and a monthly claim schedule.',
    },
    {
      to: '/implementation-checklist',
      title: 'Implementation checklist',
      description: 'What is agreed, who owns the rest and when it is due.',
    },
    SUPERVISION,
    { to: '/learning/team', title: 'Team learning', description: 'Training due and done across your link workers.' },
    {
      to: '/pulse/results',
      title: 'Wellbeing pulse results',
      description: 'How link workers are doing, shown for groups of 5 or more.',
    },
    REPORTS,
    FIND_SERVICE,
    UNMET_NEEDS,
  ],
  commissioner: [REPORTS, FIND_SERVICE],
  admin: [
    { to: '/admin/users', title: 'Users', description: 'Create accounts, change roles and deactivate users.' },
    { to: '/admin/organisations', title: 'Organisations', description: 'The ICB, PCNs, GP practices and VCSE organisations.' },
    { to: '/admin/audit', title: 'Audit trail', description: 'Who did what, and when.' },
    { to: '/admin/referral-reasons', title: 'Referral reasons', description: 'The coded reasons every referral form offers.' },
    { to: '/admin/directory', title: 'Service directory', description: 'Create, edit, verify and archive community services.' },
    {
      to: '/admin/directory/taxonomy',
      title: 'Needs taxonomy',
      description: 'The need terms services are tagged with and searched by.',
    },
    { to: '/admin/directory/import', title: 'Import services', description: 'Import an Open Referral UK 3.0 feed or file.' },
    {
      to: '/admin/reference-data',
      title: 'Pay and funding reference data',
      description: 'ARRS maximums, Agenda for Change pay points and employer on-costs, with sources.',
    },
    {
      to: '/admin/outbox',
      title: 'Email outbox',
      description: 'Every email Kith has sent or is holding, such as verification links when no mail server is set up.',
    },
    {
      to: '/admin/learning',
      title: 'Training catalogue',
      description: 'Courses, renewal intervals and the competency framework.',
    },
    {
      to: '/reports/settings',
      title: 'Report settings',
      description: 'Caseload capacity, the supervisor alert and the saved return on investment assumptions.',
    },
  ],
};

/** The links for a set of roles, each place once, in role order, then the community for everyone. */
export function linksForRoles(roles: readonly Role[]): RoleLink[] {
  const links = [...[...new Set(roles)].flatMap((role) => ROLE_LINKS[role] ?? []), COMMUNITY];
  return links.filter((link, index) => links.findIndex((other) => other.to === link.to) === index);
}
