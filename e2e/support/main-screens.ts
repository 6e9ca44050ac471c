import { DEMO_PASSWORD, DEMO_USERS } from '@kith/server/modules/demo-data/demo-data.ts';
import type { Role } from '@kith/shared';
import type { Page } from 'playwright-core';
import { signIn } from './journey-page.ts';

/** Who looks at a screen: a demo user's role, or a visitor who is not signed in. */
export type ScreenViewer = Role | 'visitor';

/**
 * One of Kith's main screens, as a demo user sees it on a fresh demo database. The
 * `main-screens` journey checks each at both sizes and `npm run screens` photographs each.
 */
export interface MainScreen {
  /** Names the screenshots: docs/screens/<id>-desktop.png and <id>-phone.png. */
  id: string;
  /** What the screen is, for docs/screens/README.md. */
  title: string;
  as: ScreenViewer;
  /** The path, or how to find it when it holds a record's id. */
  at: string | ((page: Page) => Promise<string>);
  /** The page's h1 once it has rendered: a string matches the whole heading. */
  heading: string | RegExp;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CASE = new RegExp(`^/cases/${UUID}$`);

/** How long a list may take to show the link a screen is found by. */
const LIST_TIMEOUT_MS = 20_000;

/** The path of the first link in main on the page at `path` whose href matches `matching`, once the list has shown it. */
async function firstLink(page: Page, path: string, matching: RegExp): Promise<string> {
  await page.goto(path);
  const links = page.locator('main a[href]');
  const deadline = Date.now() + LIST_TIMEOUT_MS;
  for (;;) {
    const hrefs = await links.evaluateAll((found) => found.map((link) => link.getAttribute('href') ?? ''));
    const href = hrefs.find((candidate) => matching.test(candidate));
    if (href !== undefined) return href;
    if (Date.now() > deadline) throw new Error(`No link matching ${matching} on ${path}; links: ${hrefs.join(' ')}`);
    await page.waitForTimeout(250);
  }
}

/** The first case on the link worker's caseload, plus `tab` (e.g. "/care-plan"). */
const firstCase =
  (tab = '') =>
  async (page: Page) =>
    `${await firstLink(page, '/caseload', CASE)}${tab}`;

/** The record of the person on the link worker's first case, plus `tail` (e.g. "/edit"). */
const firstPerson =
  (tail = '') =>
  async (page: Page) =>
    `${await firstLink(page, await firstCase()(page), new RegExp(`^/people/${UUID}$`))}${tail}`;

/**
 * The main screens, grouped by who looks at them (so a run signs in once per role), in the
 * order a reader of docs/screens/ would meet them.
 */
export const MAIN_SCREENS: readonly MainScreen[] = [
  { id: 'sign-in', title: 'Sign in', as: 'visitor', at: '/sign-in', heading: 'Sign in to Kith' },
  {
    id: 'self-referral',
    title: 'Refer yourself (public form)',
    as: 'visitor',
    at: '/self-referral',
    heading: 'Refer yourself to social prescribing',
  },
  {
    id: 'community',
    title: 'Community of practice, for a visitor',
    as: 'visitor',
    at: '/community',
    heading: 'Community of practice',
  },

  { id: 'referrer-home', title: 'Home for a GP practice referrer', as: 'referrer', at: '/', heading: 'Home' },
  { id: 'make-referral', title: 'Make a referral', as: 'referrer', at: '/referrals/new', heading: 'Make a referral' },
  {
    id: 'your-referrals',
    title: 'Your referrals and messages back',
    as: 'referrer',
    at: '/referrals/mine',
    heading: 'Your referrals',
  },
  {
    id: 'message-back',
    title: 'A message back to the referrer',
    as: 'referrer',
    at: (page) => firstLink(page, '/referrals/mine', new RegExp(`^/referrals/${UUID}/message$`)),
    heading: /Message back$/,
  },

  { id: 'supervisor-home', title: 'Home for a supervisor', as: 'supervisor', at: '/', heading: 'Home' },
  { id: 'referral-queue', title: 'Referral queue', as: 'supervisor', at: '/referrals/queue', heading: 'Referral queue' },
  {
    id: 'referral',
    title: 'A referral being triaged',
    as: 'supervisor',
    at: (page) => firstLink(page, '/referrals/queue', new RegExp(`^/referrals/${UUID}$`)),
    heading: /^Referral for /,
  },
  { id: 'safeguarding', title: 'Safeguarding concerns', as: 'supervisor', at: '/safeguarding', heading: 'Safeguarding concerns' },
  { id: 'team-calendar', title: 'Team calendar', as: 'supervisor', at: '/appointments/team', heading: 'Team calendar' },
  { id: 'supervision', title: 'Supervision', as: 'supervisor', at: '/supervision', heading: 'Supervision' },

  { id: 'link-worker-home', title: 'Home for a link worker', as: 'link_worker', at: '/', heading: 'Home' },
  { id: 'caseload', title: 'Your caseload', as: 'link_worker', at: '/caseload', heading: 'Your caseload' },
  { id: 'case', title: 'A case: contacts', as: 'link_worker', at: firstCase(), heading: /– Contacts$/ },
  { id: 'care-plan', title: 'A case: care plan', as: 'link_worker', at: firstCase('/care-plan'), heading: /– Care plan$/ },
  {
    id: 'outcome-measures',
    title: 'A case: outcome measures',
    as: 'link_worker',
    at: firstCase('/outcomes'),
    heading: /– Outcome measures$/,
  },
  {
    id: 'person',
    title: 'A person’s record',
    as: 'link_worker',
    at: firstPerson(),
    heading: /^Person – /,
  },
  {
    id: 'person-edit',
    title: 'Editing a person’s details',
    as: 'link_worker',
    at: firstPerson('/edit'),
    heading: /– Edit details$/,
  },
  {
    id: 'case-appointments',
    title: 'A case: appointments',
    as: 'link_worker',
    at: firstCase('/appointments'),
    heading: /– Appointments$/,
  },
  { id: 'calendar-day', title: 'Your calendar: today', as: 'link_worker', at: '/appointments', heading: 'Your calendar' },
  {
    id: 'calendar-week',
    title: 'Your calendar: this week',
    as: 'link_worker',
    at: '/appointments?view=week',
    heading: 'Your calendar',
  },
  {
    id: 'appointment',
    title: 'An appointment',
    as: 'link_worker',
    at: (page) => firstLink(page, '/appointments', new RegExp(`^/appointments/${UUID}$`)),
    heading: /– Appointment$/,
  },
  {
    id: 'calendar-subscription',
    title: 'Calendar subscription',
    as: 'link_worker',
    at: '/appointments/subscription',
    heading: 'Calendar subscription',
  },
  { id: 'tasks', title: 'Your tasks', as: 'link_worker', at: '/tasks', heading: 'Your tasks' },
  { id: 'notifications', title: 'Notifications', as: 'link_worker', at: '/notifications', heading: 'Notifications' },
  {
    id: 'notification-settings',
    title: 'Notification settings',
    as: 'link_worker',
    at: '/notifications/settings',
    heading: 'Notification settings',
  },
  {
    id: 'messages-waiting',
    title: 'Messages to people waiting to be sent',
    as: 'link_worker',
    at: '/person-messages',
    heading: 'Messages waiting',
  },
  { id: 'directory', title: 'Find a service (directory search)', as: 'link_worker', at: '/directory', heading: 'Find a service' },
  { id: 'learning', title: 'My learning', as: 'link_worker', at: '/learning', heading: 'My learning' },
  {
    id: 'community-posts',
    title: 'Community blog and discussions',
    as: 'link_worker',
    at: '/community/posts',
    heading: 'Blog and discussions',
  },

  {
    id: 'vcse-inbox',
    title: 'Referrals to a VCSE provider’s services',
    as: 'vcse_provider',
    at: '/provider/referrals',
    heading: 'Referrals to your services',
  },
  {
    id: 'vcse-services',
    title: 'A VCSE provider’s services',
    as: 'vcse_provider',
    at: '/provider/services',
    heading: 'Your services',
  },

  { id: 'workforce-posts', title: 'Link worker posts', as: 'pcn_manager', at: '/workforce/posts', heading: 'Link worker posts' },
  {
    id: 'funding-planner',
    title: 'Funding planner (ARRS)',
    as: 'pcn_manager',
    at: '/workforce/funding',
    heading: 'Funding planner',
  },
  {
    id: 'implementation-checklist',
    title: 'Implementation checklist',
    as: 'pcn_manager',
    at: '/implementation-checklist',
    heading: 'Implementation checklist',
  },
  {
    id: 'pulse-results',
    title: 'Wellbeing pulse results',
    as: 'pcn_manager',
    at: '/pulse/results',
    heading: 'Wellbeing pulse results',
  },
  {
    id: 'report-caseload-pressure',
    title: 'Caseload pressure report',
    as: 'pcn_manager',
    at: '/reports/caseload-pressure',
    heading: 'Caseload pressure',
  },
  { id: 'report-roi', title: 'Return on investment', as: 'pcn_manager', at: '/reports/roi', heading: 'Return on investment' },

  { id: 'reports', title: 'Reports, for a commissioner', as: 'commissioner', at: '/reports', heading: 'Reports' },
  {
    id: 'report-outcomes',
    title: 'Outcomes report',
    as: 'commissioner',
    at: '/reports/outcomes',
    heading: 'Common outcomes framework',
  },
  {
    id: 'report-funnel',
    title: 'Referral funnel and equity',
    as: 'commissioner',
    at: '/reports/funnel',
    heading: 'Referral funnel and equity',
  },
  {
    id: 'report-unmet-need',
    title: 'Unmet need and provider pressure',
    as: 'commissioner',
    at: '/reports/unmet-need',
    heading: 'Unmet need and provider pressure',
  },
  {
    id: 'evidence-pack',
    title: 'Evidence pack',
    as: 'commissioner',
    at: '/reports/evidence-pack',
    heading: /^Social prescribing evidence pack/,
  },

  { id: 'admin-home', title: 'Home for an administrator', as: 'admin', at: '/', heading: 'Home' },
  { id: 'admin-users', title: 'Users', as: 'admin', at: '/admin/users', heading: 'Users' },
  { id: 'admin-organisations', title: 'Organisations', as: 'admin', at: '/admin/organisations', heading: 'Organisations' },
  { id: 'admin-audit', title: 'Audit trail', as: 'admin', at: '/admin/audit', heading: 'Audit trail' },
  {
    id: 'message-templates',
    title: 'Message templates (text messages and emails to people)',
    as: 'admin',
    at: '/admin/message-templates',
    heading: 'Message templates',
  },
  {
    id: 'admin-directory',
    title: 'Service directory (curation)',
    as: 'admin',
    at: '/admin/directory',
    heading: 'Service directory',
  },
  { id: 'report-settings', title: 'Report settings', as: 'admin', at: '/reports/settings', heading: 'Report settings' },
  {
    id: 'snomed-codes',
    title: 'SNOMED CT codes for the message back and the GP record',
    as: 'admin',
    at: '/admin/snomed-codes',
    heading: 'SNOMED CT codes',
  },
  {
    id: 'practice-mailboxes',
    title: 'Practice MESH mailboxes',
    as: 'admin',
    at: '/admin/practice-mailboxes',
    heading: 'Practice mailboxes',
  },
  {
    id: 'gp-deliveries',
    title: 'GP record deliveries (MESH)',
    as: 'admin',
    at: '/admin/gp-deliveries',
    heading: 'GP record deliveries',
  },
];

/** A browser page that knows who is signed in, so visiting screens in order signs in once per role. */
export interface ScreenSession {
  page: Page;
  signedInAs: ScreenViewer;
}

/**
 * Opens `screen` as its viewer: signs in (or out) first when the viewer changes, then waits for
 * the heading and for the page's requests to settle, so what is checked or photographed is the
 * finished page rather than its loading state.
 */
export async function visitMainScreen(session: ScreenSession, screen: MainScreen): Promise<void> {
  const { page } = session;
  if (session.signedInAs !== screen.as) {
    await page.context().clearCookies();
    if (screen.as !== 'visitor') {
      await page.goto('/sign-in');
      await signIn(page, demoEmail(screen.as), DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Home', exact: true }).waitFor();
    }
    session.signedInAs = screen.as;
  }
  const path = typeof screen.at === 'string' ? screen.at : await screen.at(page);
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: screen.heading, exact: typeof screen.heading === 'string' }).waitFor();
  await page.waitForLoadState('networkidle');
}

function demoEmail(role: Role): string {
  const user = DEMO_USERS.find((demo) => demo.role === role);
  if (user === undefined) throw new Error(`No demo user has the role ${role}`);
  return user.email;
}
