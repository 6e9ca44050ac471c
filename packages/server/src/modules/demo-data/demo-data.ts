import type { Role } from '@kith/shared';
import { count } from 'drizzle-orm';
import { contextForUser } from '../../cli/cli-actor.ts';
import { type Config, loadConfig } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { loadDemoAppointments } from '../appointments/appointment-demo-data.ts';
import { loadDemoCommunity } from '../community/community-demo.ts';
import { loadDemoLetters } from '../letters/letters-demo-data.ts';
import { loadDemoNotifications } from '../notifications/notification-demo-data.ts';
import { setNotificationLinkBase } from '../notifications/notification-emails.ts';
import { loadDemoOnwardConversation } from '../onward-referrals/onward-conversation-demo-data.ts';
import { insertOrganisation, replaceServedPcns } from '../organisations/organisation-repository.ts';
import { loadDemoPersonMessages } from '../person-messages/person-messages-demo-data.ts';
import { setSafeguardingLeads } from '../safeguarding/safeguarding-lead-service.ts';
import { hashPassword } from '../session/password-hasher.ts';
import { loadDemoTasks } from '../tasks/task-demo-data.ts';
import { insertUser, replaceMembershipsWithin } from '../users/user-repository.ts';
import { loadDemoDirectory } from './demo-directory.ts';
import { loadDemoGpRecord } from './demo-gp-record.ts';
import { demoHistoryWanted, loadDemoHistory } from './demo-history.ts';
import { loadDemoPosts } from './demo-posts.ts';
import { loadDemoReferrals } from './demo-referrals.ts';
import { loadDemoWorkforce } from './demo-workforce.ts';

/**
 * Synthetic demo data: invented organisations (ODS-like codes in the unassigned "Y9" range)
 * and one user per role. Loaded only into an empty database and never in production.
 */
export const DEMO_PASSWORD = 'kith-demo-2026';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  organisation: 'icb' | 'pcn' | 'practice' | 'vcse';
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@kith.example', displayName: 'Ada Admin', role: 'admin', organisation: 'icb' },
  { email: 'linkworker@kith.example', displayName: 'Lina Link', role: 'link_worker', organisation: 'pcn' },
  { email: 'supervisor@kith.example', displayName: 'Sam Supervisor', role: 'supervisor', organisation: 'pcn' },
  { email: 'referrer@kith.example', displayName: 'Dr Rhys Referrer', role: 'referrer', organisation: 'practice' },
  { email: 'vcse@kith.example', displayName: 'Val Community', role: 'vcse_provider', organisation: 'vcse' },
  { email: 'pcnmanager@kith.example', displayName: 'Priya Manager', role: 'pcn_manager', organisation: 'pcn' },
  { email: 'commissioner@kith.example', displayName: 'Colin Commissioner', role: 'commissioner', organisation: 'icb' },
];

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

export interface DemoDataOptions {
  /** Synthetic report history in two more PCNs; default: unless KITH_DEMO_HISTORY=off. */
  history?: boolean;
  /**
   * The demo PCN's own referrals (queue, caseload, closed ones); default true. The benchmarks
   * leave them out: they generate the measured link worker's caseload themselves.
   */
  referrals?: boolean;
  /** The running configuration: email links use its public address, the pathway its policy. */
  config?: Pick<Config, 'email' | 'pathway' | 'supervision' | 'directory'>;
  /** "Now" for the demo's dates, which are all relative to it. */
  now?: Date;
}

/**
 * Loads the demo organisations and users in one transaction, then the demo directory and workforce
 * posts, the community of practice (resources, events, posts), the safeguarding lead and the demo
 * PCN's referrals (a queue, a caseload, closed referrals with messages back), then (unless
 * `history` is false, or KITH_DEMO_HISTORY=off) synthetic history for the reports.
 */
export async function loadDemoData(db: Db, options: DemoDataOptions = {}): Promise<DemoUser[]> {
  const config = options.config ?? loadConfig();
  const now = options.now ?? new Date();
  // Notification emails raised while loading link to this deployment's address.
  setNotificationLinkBase(config.email.publicUrl);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { icb, pcn, practice, vcse } = await db.transaction(async (tx) => {
    const icb = await insertOrganisation(tx, {
      name: 'NHS Brightwater Integrated Care Board (demo)',
      kind: 'icb',
      odsCode: 'Y9A01',
      parentId: null,
    });
    const pcn = await insertOrganisation(tx, {
      name: 'Riverside Primary Care Network (demo)',
      kind: 'pcn',
      odsCode: 'Y9B01',
      parentId: icb,
    });
    const practice = await insertOrganisation(tx, {
      name: 'Willow Lane Surgery (demo)',
      kind: 'gp_practice',
      odsCode: 'Y9C01',
      parentId: pcn,
    });
    await insertOrganisation(tx, {
      name: 'Harbour Road Medical Centre (demo)',
      kind: 'gp_practice',
      odsCode: 'Y9C02',
      parentId: pcn,
    });
    // The practices' MESH mailboxes, so the demo's endings reach the GP record (docs/gp-record.md).
    await loadDemoGpRecord(tx);
    const vcse = await insertOrganisation(tx, {
      name: 'Brightwater Community Connectors (demo)',
      kind: 'vcse',
      odsCode: null,
      parentId: icb,
    });
    await replaceServedPcns(tx, vcse, [pcn]);
    const orgIds = { icb, pcn, practice, vcse };
    for (const demo of DEMO_USERS) {
      const userId = await insertUser(tx, { email: demo.email, displayName: demo.displayName, passwordHash });
      await replaceMembershipsWithin(tx, userId, [], [{ organisationId: orgIds[demo.organisation], role: demo.role }]);
    }
    return orgIds;
  });
  await loadDemoDirectory(db, vcse, 'admin@kith.example');
  await loadDemoWorkforce(db, { pcn, practice, vcse });
  // The admin edits and moderates the community; example resources and upcoming events.
  await loadDemoCommunity(db, { editorEmail: 'admin@kith.example', publicUrl: config.email.publicUrl, now });
  await loadDemoPosts(db, now);
  await nameSafeguardingLead(db, pcn);
  if (options.referrals ?? true) {
    await loadDemoReferrals(db, { pcn, practice, policy: config.pathway, now });
    await loadDemoWorkingDay(db, { pcn, config, now });
  }
  if (options.history ?? demoHistoryWanted()) await loadDemoHistory(db, icb, passwordHash);
  return DEMO_USERS;
}

/**
 * The demo link worker's working day on top of the demo referrals: appointments today and this
 * week, tasks, a conversation with a provider, messages to people, letters, and notifications
 * (last, so they include what the others raised).
 */
async function loadDemoWorkingDay(
  db: Db,
  { pcn, config, now }: { pcn: string; config: Pick<Config, 'email' | 'supervision' | 'directory'>; now: Date },
): Promise<void> {
  await loadDemoAppointments(db, { now });
  await loadDemoTasks(db, { now });
  await loadDemoOnwardConversation(db, { acknowledgeWithinBusinessDays: config.directory.acknowledgeWithinBusinessDays });
  await loadDemoPersonMessages(db, now);
  await loadDemoLetters(db, pcn, now);
  await loadDemoNotifications(db, { config, now });
}

/** The demo PCN's safeguarding lead is its supervisor, named by the admin as in the app. */
async function nameSafeguardingLead(db: Db, pcn: string): Promise<void> {
  const admin = await contextForUser(db, 'admin@kith.example');
  const supervisor = await contextForUser(db, 'supervisor@kith.example');
  await setSafeguardingLeads(db, admin, pcn, { userIds: [supervisor.actor?.userId ?? ''] });
}
