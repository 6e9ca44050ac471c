import type { Role } from '@kith/shared';
import { type PermissionNeed, rolesCan } from '../session/can.ts';

/** A place in Kith a role works from. */
export interface RoleLink {
  to: string;
  title: string;
  description: string;
}

/** A place in the menu, offered to whoever holds a role granting `permission`. */
interface MenuLink extends RoleLink {
  permission: PermissionNeed;
}

/** Everyone's, including members of the community who hold no role in Kith. */
const COMMUNITY: RoleLink = {
  to: '/community',
  title: 'Community of practice',
  description: 'Blog posts and discussions, webinars and network meetings, guides and toolkits.',
};

/**
 * Every place the menu offers, most used first: each role's own work leads, then the shared
 * places. A link shows when one of the user's roles grants its permission.
 */
const MENU_LINKS: readonly MenuLink[] = [
  {
    permission: 'caseload:hold',
    to: '/caseload',
    title: 'Your caseload',
    description: 'The people you are supporting and what is next for each.',
  },
  {
    permission: 'caseload:hold',
    to: '/appointments',
    title: 'Your calendar',
    description: 'Your appointments by day and week, and what happened at each.',
  },
  {
    permission: 'tasks:work',
    to: '/tasks',
    title: 'Your tasks',
    description: 'What is due and overdue across your cases, and tasks you add yourself.',
  },
  {
    permission: 'referrals:triage',
    to: '/referrals/queue',
    title: 'Referral queue',
    description: 'Triage new referrals and allocate them to link workers.',
  },
  {
    permission: 'referrals:allocate',
    to: '/appointments/team',
    title: 'Team calendar',
    description: 'Your link workers’ appointments by day and week.',
  },
  {
    permission: 'onward:respond',
    to: '/provider/referrals',
    title: 'Referrals to your services',
    description: 'Accept, start and complete referrals sent to you.',
  },
  {
    permission: 'directory:edit-own',
    to: '/provider/services',
    title: 'Your services',
    description: 'Keep capacity, waiting times and details up to date.',
  },
  {
    permission: 'workforce:manage',
    to: '/workforce/posts',
    title: 'Link worker posts',
    description: 'Posts, the people in them, pay and who supervises them.',
  },
  {
    permission: 'workforce:manage',
    to: '/workforce/funding',
    title: 'Funding planner',
    description: 'Full cost, the ARRS claim, the shortfall and a monthly claim schedule.',
  },
  {
    permission: 'checklist:manage',
    to: '/implementation-checklist',
    title: 'Implementation checklist',
    description: 'What is agreed, who owns the rest and when it is due.',
  },
  {
    permission: 'menu:make-referral',
    to: '/referrals/new',
    title: 'Make a referral',
    description: 'Refer someone to a social prescribing link worker. It takes about a minute.',
  },
  {
    permission: 'menu:your-referrals',
    to: '/referrals/mine',
    title: 'Your referrals',
    description: 'Where each referral has got to, and the messages back.',
  },
  {
    permission: 'menu:import-referrals',
    to: '/referrals/import',
    title: 'Import referrals',
    description: 'Check and import a CSV file of referrals.',
  },
  {
    permission: 'safeguarding:manage',
    to: '/safeguarding',
    title: 'Safeguarding concerns',
    description: 'Concerns raised for your team, newest first.',
  },
  {
    permission: 'menu:find-service',
    to: '/directory',
    title: 'Find a service',
    description: 'Search community groups and services by need, place, opening times and waiting time.',
  },
  {
    permission: 'unmet-needs:read',
    to: '/unmet-needs',
    title: 'Unmet needs',
    description: 'Needs nothing in the directory could meet: what, where and why.',
  },
  {
    permission: 'person-messages:outbox',
    to: '/person-messages',
    title: 'Messages waiting',
    description: 'Text messages and emails to people not sent yet, or not delivered.',
  },
  {
    permission: ['supervision:record', 'supervision:oversee'],
    to: '/supervision',
    title: 'Supervision',
    description: 'Sessions, private notes between the two of you, and who is due or overdue.',
  },
  {
    permission: 'learning:self',
    to: '/learning',
    title: 'Learning',
    description: 'Training due and done, with evidence, and your competency self-assessment.',
  },
  {
    permission: 'menu:team-learning',
    to: '/learning/team',
    title: 'Team learning',
    description: 'Training due and done across your link workers.',
  },
  {
    permission: 'pulse:answer',
    to: '/pulse',
    title: 'Wellbeing pulse',
    description: 'Four quick, anonymous questions about how work is going.',
  },
  {
    permission: 'pulse:manage',
    to: '/pulse/results',
    title: 'Wellbeing pulse results',
    description: 'How link workers are doing, shown for groups of 5 or more.',
  },
  {
    permission: 'reports:view',
    to: '/reports',
    title: 'Reports',
    description: 'Outcomes, the referral funnel, caseload pressure, unmet need and return on investment, with an evidence pack.',
  },
  {
    permission: 'users:manage',
    to: '/admin/users',
    title: 'Users',
    description: 'Create accounts, change roles and deactivate users.',
  },
  {
    permission: 'organisations:manage',
    to: '/admin/organisations',
    title: 'Organisations',
    description: 'The ICB, PCNs, GP practices and VCSE organisations.',
  },
  { permission: 'audit:read', to: '/admin/audit', title: 'Audit trail', description: 'Who did what, and when.' },
  {
    permission: 'reasons:manage',
    to: '/admin/referral-reasons',
    title: 'Referral reasons',
    description: 'The coded reasons every referral form offers.',
  },
  {
    permission: 'gp-record:manage',
    to: '/admin/gp-deliveries',
    title: 'GP record deliveries',
    description: 'Messages back sent to GP records through MESH: delivered, waiting or failed, and sending again.',
  },
  {
    permission: 'gp-record:manage',
    to: '/admin/practice-mailboxes',
    title: 'Practice mailboxes',
    description: 'The MESH mailbox of each GP practice, by ODS code.',
  },
  {
    permission: 'gp-record:manage',
    to: '/admin/snomed-codes',
    title: 'SNOMED CT codes',
    description: 'The codes written into GP records, and whether each has been verified.',
  },
  {
    permission: 'directory:manage',
    to: '/admin/directory',
    title: 'Service directory',
    description: 'Create, edit, verify and archive community services.',
  },
  {
    permission: 'directory:manage',
    to: '/admin/directory/taxonomy',
    title: 'Needs taxonomy',
    description: 'The need terms services are tagged with and searched by.',
  },
  {
    permission: 'directory:manage',
    to: '/admin/directory/import',
    title: 'Import services',
    description: 'Import an Open Referral UK 3.0 feed or file.',
  },
  {
    permission: 'reference-data:manage',
    to: '/admin/reference-data',
    title: 'Pay and funding reference data',
    description: 'ARRS maximums, Agenda for Change pay points and employer on-costs, with sources.',
  },
  {
    permission: 'outbox:read',
    to: '/admin/outbox',
    title: 'Email outbox',
    description: 'Every email Kith has sent or is holding, such as verification links when no mail server is set up.',
  },
  {
    permission: 'templates:manage',
    to: '/admin/message-templates',
    title: 'Message templates',
    description: 'The wording of text messages and emails to people.',
  },
  {
    permission: 'learning:manage',
    to: '/admin/learning',
    title: 'Training catalogue',
    description: 'Courses, renewal intervals and the competency framework.',
  },
  {
    permission: 'reports:configure',
    to: '/reports/settings',
    title: 'Report settings',
    description: 'Caseload capacity, the supervisor alert and the saved return on investment assumptions.',
  },
];

/** The menu for a set of roles: each place their roles grant, once, then the community for everyone. */
export function linksForRoles(roles: readonly Role[]): RoleLink[] {
  const offered = MENU_LINKS.filter((link) => rolesCan(roles, link.permission));
  return [...offered.map(({ permission: _permission, ...link }) => link), COMMUNITY];
}
