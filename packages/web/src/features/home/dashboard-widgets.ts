import {
  type AdminSection,
  type CommissionerSection,
  type DashboardRole,
  type DashboardSection,
  dischargeOutcomeLabel,
  type LinkWorkerSection,
  type PcnManagerSection,
  type ProviderSection,
  REFERRAL_STATUS_LABELS,
  type ReferrerSection,
  SUPERVISION_STATUS_LABELS,
  type SupervisorSection,
  TASK_KIND_LABELS,
  TASK_STATUS_LABELS,
} from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';
import { CONTACT_MODE_LABELS } from '../care/care-labels.ts';
import { caseloadHref } from '../caseload/caseload-params.ts';
import { URGENCY_LABELS } from '../referrals/referral-labels.ts';
import { formatCell } from '../reports/report-cells.ts';

/**
 * The dashboard's sections → widget cards: a heading, the key figures, up to five rows and a
 * "See all" link to the full list. Pure, so the wording and the links are unit-tested; the card
 * component only lays them out. Meaning is always in words (never colour alone).
 */

/** A key figure: `value` as shown, `spoken` when a screen reader should hear something else ("<5"). */
export interface WidgetFigure {
  label: string;
  value: string;
  spoken?: string;
}

export interface WidgetRow {
  key: string;
  text: string;
  href?: string;
  /** A second line: when, how long, what state. */
  detail?: string;
}

export interface Widget {
  id: string;
  title: string;
  figures: WidgetFigure[];
  rows: WidgetRow[];
  /** Shown instead of the rows when there are none. */
  empty: string;
  seeAll: { href: string; text: string };
}

/** Every widget's heading. */
export const TITLES = {
  appointmentsToday: 'Today’s appointments',
  tasks: 'Tasks due',
  newAllocations: 'New allocations',
  onwardUpdates: 'Onward referral updates',
  caseload: 'Your caseload',
  notContacted: 'Not contacted recently',
  queue: 'Referral queue',
  safeguarding: 'Safeguarding',
  teamPressure: 'Team caseload pressure',
  supervisionDue: 'Supervision due',
  providerInbox: 'Referrals to your services',
  unanswered: 'Waiting for an answer',
  yourReferrals: 'Your referrals',
  messagesBack: 'Messages back',
  checklist: 'Implementation checklist',
  funding: 'Funding this year',
  posts: 'Link worker posts',
  outcomes: 'Headline outcomes',
  outbox: 'Email outbox',
  users: 'Users',
} as const;

/** The widget headings of each role, in order — the dashboard shows them while it loads. */
export const WIDGET_TITLES: Record<DashboardRole, readonly string[]> = {
  link_worker: [
    TITLES.appointmentsToday,
    TITLES.tasks,
    TITLES.newAllocations,
    TITLES.onwardUpdates,
    TITLES.caseload,
    TITLES.notContacted,
  ],
  supervisor: [TITLES.queue, TITLES.safeguarding, TITLES.teamPressure, TITLES.supervisionDue],
  vcse_provider: [TITLES.providerInbox, TITLES.unanswered],
  referrer: [TITLES.yourReferrals, TITLES.messagesBack],
  pcn_manager: [TITLES.checklist, TITLES.funding, TITLES.posts],
  commissioner: [TITLES.outcomes],
  admin: [TITLES.outbox, TITLES.users],
};

const ukTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false });
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "1 day", "3 days". */
export function daysText(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** "Never contacted", "Last contact 20 days ago". */
function lastContactText(days: number | null): string {
  if (days === null) return 'Never contacted';
  if (days === 0) return 'Last contact today';
  return `Last contact ${daysText(days)} ago`;
}

function count(n: number): string {
  return String(n);
}

export function widgetsFor(section: DashboardSection): Widget[] {
  switch (section.role) {
    case 'link_worker':
      return linkWorkerWidgets(section);
    case 'supervisor':
      return supervisorWidgets(section);
    case 'vcse_provider':
      return providerWidgets(section);
    case 'referrer':
      return referrerWidgets(section);
    case 'pcn_manager':
      return pcnManagerWidgets(section);
    case 'commissioner':
      return commissionerWidgets(section);
    case 'admin':
      return adminWidgets(section);
  }
}

function linkWorkerWidgets(s: LinkWorkerSection): Widget[] {
  return [
    {
      id: 'appointments-today',
      title: TITLES.appointmentsToday,
      figures: [{ label: 'Today', value: count(s.appointmentsToday.total) }],
      rows: s.appointmentsToday.items.map((a) => ({
        key: a.id,
        text: `${ukTime.format(new Date(a.startsAt))} ${a.personName}`,
        href: `/appointments/${a.id}`,
        detail: `${CONTACT_MODE_LABELS[a.mode]}, ${a.durationMinutes} minutes${a.status === 'booked' ? '' : ` (${a.status === 'attended' ? 'attended' : 'did not attend'})`}`,
      })),
      empty: 'No appointments today.',
      seeAll: { href: '/appointments', text: 'See all appointments' },
    },
    {
      id: 'tasks',
      title: TITLES.tasks,
      figures: [
        { label: 'Overdue', value: count(s.tasks.overdue) },
        { label: 'Due today', value: count(s.tasks.dueToday) },
        { label: 'Open', value: count(s.tasks.open) },
      ],
      rows: s.tasks.items.map((t, index) => ({
        key: `${t.link}-${index}`,
        text: t.title,
        href: t.link,
        detail: `${TASK_KIND_LABELS[t.kind]}: ${t.overdue ? `overdue since ${formatCalendarDate(t.dueOn)}` : 'due today'}`,
      })),
      empty: 'No tasks due today or overdue.',
      seeAll: { href: '/tasks', text: 'See all tasks' },
    },
    {
      id: 'new-allocations',
      title: TITLES.newAllocations,
      figures: [
        {
          label: `Allocated in the last ${daysText(s.newAllocations.days)}, not yet contacted`,
          value: count(s.newAllocations.total),
        },
      ],
      rows: s.newAllocations.items.map((c) => ({
        key: c.referralId,
        text: c.personName,
        href: `/cases/${c.referralId}`,
        detail: `${URGENCY_LABELS[c.urgency]}${c.allocatedAt ? `, allocated ${formatCalendarDate(c.allocatedAt)}` : ''}`,
      })),
      empty: 'No new allocations.',
      seeAll: { href: '/caseload', text: 'See all your caseload' },
    },
    {
      id: 'onward-updates',
      title: TITLES.onwardUpdates,
      figures: [
        { label: `Changed by the provider in the last ${daysText(s.onwardUpdates.days)}`, value: count(s.onwardUpdates.total) },
      ],
      rows: s.onwardUpdates.items.map((u) => ({
        key: u.onwardReferralId,
        text: `${u.personName}: ${u.serviceName}`,
        href: `/onward-referrals/${u.onwardReferralId}`,
        detail: `${TASK_STATUS_LABELS[u.status]}, ${formatCalendarDate(u.at)}`,
      })),
      empty: 'No onward referral updates.',
      seeAll: { href: '/caseload', text: 'See your caseload' },
    },
    {
      id: 'caseload',
      title: TITLES.caseload,
      figures: [
        { label: 'Open cases', value: count(s.caseload.activeCases) },
        {
          label: `Weighted cases against capacity of ${oneDecimal.format(s.caseload.capacity)}`,
          value: `${oneDecimal.format(s.caseload.percentOfCapacity)}%`,
        },
      ],
      rows: [
        {
          key: 'pressure',
          text: s.caseload.over
            ? `Over the ${s.caseload.thresholdPercent}% threshold`
            : `Within the ${s.caseload.thresholdPercent}% threshold`,
          detail: `${oneDecimal.format(s.caseload.weightedCases)} weighted cases, ${oneDecimal.format(s.caseload.wte)} whole-time equivalent`,
        },
      ],
      empty: 'No open cases.',
      seeAll: { href: '/caseload', text: 'See all your caseload' },
    },
    {
      id: 'not-contacted',
      title: TITLES.notContacted,
      figures: [{ label: `No contact for ${daysText(s.notContacted.days)} or more`, value: count(s.notContacted.total) }],
      rows: s.notContacted.items.map((c) => ({
        key: c.referralId,
        text: c.personName,
        href: `/cases/${c.referralId}`,
        detail: lastContactText(c.daysSinceLastContact),
      })),
      empty: `Everyone on your caseload has been contacted in the last ${daysText(s.notContacted.days)}.`,
      seeAll: { href: caseloadHref({ sort: 'last_contact', filter: 'no_contact_14_days' }), text: 'See everyone not contacted' },
    },
  ];
}

function supervisorWidgets(s: SupervisorSection): Widget[] {
  return [
    {
      id: 'queue',
      title: TITLES.queue,
      figures: [
        { label: 'Waiting for triage or allocation', value: count(s.queue.total) },
        { label: 'Urgent', value: count(s.queue.byUrgency.urgent) },
        { label: 'Soon', value: count(s.queue.byUrgency.soon) },
        { label: 'Routine', value: count(s.queue.byUrgency.routine) },
        ...(s.queue.longestWaitingDays === null ? [] : [{ label: 'Longest wait', value: daysText(s.queue.longestWaitingDays) }]),
      ],
      rows: s.queue.items.map((r) => ({
        key: r.referralId,
        text: r.personName,
        href: `/referrals/${r.referralId}`,
        detail: `${URGENCY_LABELS[r.urgency]}, ${REFERRAL_STATUS_LABELS[r.status].toLowerCase()}, waiting ${daysText(r.waitingDays)}`,
      })),
      empty: 'No referrals are waiting.',
      seeAll: { href: '/referrals/queue', text: 'See the referral queue' },
    },
    {
      id: 'safeguarding',
      title: TITLES.safeguarding,
      figures: [
        { label: 'Open concerns', value: count(s.safeguarding.open) },
        { label: 'Not yet acknowledged', value: count(s.safeguarding.notAcknowledged) },
      ],
      rows: [],
      empty: s.safeguarding.open === 0 ? 'No open safeguarding concerns.' : '',
      seeAll: { href: '/safeguarding', text: 'See safeguarding concerns' },
    },
    {
      id: 'team-pressure',
      title: TITLES.teamPressure,
      figures: [
        { label: 'Link workers', value: count(s.teamPressure.workers) },
        { label: 'Over the threshold', value: count(s.teamPressure.workersOver) },
      ],
      rows: s.teamPressure.items.map((w) => ({
        key: w.workerId,
        text: `${w.workerName}: ${oneDecimal.format(w.percentOfCapacity)}% of capacity`,
        detail: `${w.activeCases} open cases, ${oneDecimal.format(w.weightedCases)} weighted${w.over ? `, over the ${w.thresholdPercent}% threshold` : ''}`,
      })),
      empty: 'No link workers in your team yet.',
      seeAll: { href: '/reports/caseload-pressure', text: 'See the caseload pressure report' },
    },
    {
      id: 'supervision-due',
      title: TITLES.supervisionDue,
      figures: [
        { label: 'Overdue', value: count(s.supervision.overdue) },
        { label: 'Due', value: count(s.supervision.due) },
      ],
      rows: s.supervision.items.map((p) => ({
        key: p.userId,
        text: p.name,
        detail: `${SUPERVISION_STATUS_LABELS[p.status]}: ${p.daysSince === null ? 'never supervised' : `last session ${daysText(p.daysSince)} ago`}`,
      })),
      empty: 'Everyone’s supervision is up to date.',
      seeAll: { href: '/supervision', text: 'See supervision' },
    },
  ];
}

function providerWidgets(s: ProviderSection): Widget[] {
  return [
    {
      id: 'inbox',
      title: TITLES.providerInbox,
      figures: [{ label: 'Open', value: count(s.inbox.open) }],
      rows: s.inbox.byStatus
        .filter((row) => row.count > 0)
        .map((row) => ({ key: row.status, text: `${TASK_STATUS_LABELS[row.status]}: ${row.count}` })),
      empty: 'No referrals have been sent to your services yet.',
      seeAll: { href: '/provider/referrals', text: 'See all referrals to your services' },
    },
    {
      id: 'unanswered',
      title: TITLES.unanswered,
      figures: [
        { label: 'Not yet accepted or declined', value: count(s.unanswered.total) },
        ...(s.unanswered.oldestDays === null ? [] : [{ label: 'Oldest waiting', value: daysText(s.unanswered.oldestDays) }]),
      ],
      rows: s.unanswered.items.map((r) => ({
        key: r.onwardReferralId,
        text: r.serviceName,
        href: `/provider/referrals/${r.onwardReferralId}`,
        detail: `Sent ${formatCalendarDate(r.sentAt)}, waiting ${daysText(r.daysWaiting)}`,
      })),
      empty: 'Nothing is waiting for an answer.',
      seeAll: { href: '/provider/referrals', text: 'See the open referrals' },
    },
  ];
}

function referrerWidgets(s: ReferrerSection): Widget[] {
  return [
    {
      id: 'your-referrals',
      title: TITLES.yourReferrals,
      figures: [{ label: 'Made by you', value: count(s.referrals.total) }],
      rows: s.referrals.byStatus.map((row) => ({ key: row.status, text: `${REFERRAL_STATUS_LABELS[row.status]}: ${row.count}` })),
      empty: 'You have not made any referrals yet.',
      seeAll: { href: '/referrals/mine', text: 'See all your referrals' },
    },
    {
      id: 'messages-back',
      title: TITLES.messagesBack,
      figures: [{ label: 'Referrals ended, each with a message back', value: count(s.messagesBack.total) }],
      rows: s.messagesBack.items.map((m) => ({
        key: m.referralId,
        text: m.personName,
        href: `/referrals/${m.referralId}/message`,
        detail: `${REFERRAL_STATUS_LABELS[m.status]}${m.dischargeOutcome ? ` (${dischargeOutcomeLabel(m.dischargeOutcome).toLowerCase()})` : ''}, ${formatCalendarDate(m.endedAt)}`,
      })),
      empty: 'No messages back yet: they arrive when a referral ends.',
      seeAll: { href: '/referrals/mine', text: 'See all your referrals' },
    },
  ];
}

/** With one PCN the figures are its own; with several they add up, and each PCN is a row. */
function pcnManagerWidgets(s: PcnManagerSection): Widget[] {
  const sum = (value: (pcn: PcnManagerSection['pcns'][number]) => number) => s.pcns.reduce((total, pcn) => total + value(pcn), 0);
  const several = s.pcns.length > 1;
  const only = s.pcns.length === 1 ? s.pcns[0] : undefined;
  const withPcn = (path: string, param: string) => (only ? `${path}?${param}=${only.pcnId}` : path);
  const perPcn = (text: (pcn: PcnManagerSection['pcns'][number]) => string) =>
    several ? s.pcns.map((pcn) => ({ key: pcn.pcnId, text: `${pcn.pcnName}: ${text(pcn)}` })) : [];
  const year = s.pcns[0]?.funding.financialYear;
  return [
    {
      id: 'checklist',
      title: TITLES.checklist,
      figures: [
        { label: 'Done', value: `${sum((p) => p.checklist.done)} of ${sum((p) => p.checklist.total)}` },
        { label: 'Overdue', value: count(sum((p) => p.checklist.overdue)) },
      ],
      rows: perPcn((p) => `${p.checklist.done} of ${p.checklist.total} done`),
      empty: s.pcns.length === 0 ? 'You do not manage a PCN yet.' : '',
      seeAll: { href: withPcn('/implementation-checklist', 'pcn'), text: 'See the checklist' },
    },
    {
      id: 'funding',
      title: TITLES.funding,
      figures: [
        { label: year ? `Shortfall in ${year}` : 'Shortfall', value: pounds.format(sum((p) => p.funding.shortfall)) },
        { label: 'Total cost', value: pounds.format(sum((p) => p.funding.totalCost)) },
        { label: 'Claimable', value: pounds.format(sum((p) => p.funding.claimable)) },
      ],
      rows: perPcn((p) => `shortfall ${pounds.format(p.funding.shortfall)}`),
      empty: s.pcns.length === 0 ? 'You do not manage a PCN yet.' : '',
      seeAll: { href: withPcn('/workforce/funding', 'pcnId'), text: 'See the funding planner' },
    },
    {
      id: 'posts',
      title: TITLES.posts,
      figures: [
        { label: 'Posts', value: count(sum((p) => p.posts.total)) },
        { label: 'Filled', value: count(sum((p) => p.posts.filled)) },
        { label: 'Vacant', value: count(sum((p) => p.posts.vacant)) },
      ],
      rows: perPcn((p) => `${p.posts.filled} filled, ${p.posts.vacant} vacant`),
      empty: sum((p) => p.posts.total) === 0 ? 'No posts recorded yet.' : '',
      seeAll: { href: withPcn('/workforce/posts', 'pcnId'), text: 'See all posts' },
    },
  ];
}

function commissionerWidgets(s: CommissionerSection): Widget[] {
  return [
    {
      id: 'outcomes',
      title: TITLES.outcomes,
      figures: s.outcomes.headlines.map((h) => {
        const view = formatCell({ kind: h.kind, unit: h.unit, decimals: h.decimals }, h.value, s.outcomes.suppressed);
        return { label: h.label, value: view.text, ...(view.spoken ? { spoken: view.spoken } : {}) };
      }),
      rows: [],
      empty: `${formatCalendarDate(s.outcomes.period.from)} to ${formatCalendarDate(s.outcomes.period.to)}${s.outcomes.suppressed ? '. Numbers under 5 are not shown.' : '.'}`,
      seeAll: { href: '/reports/outcomes', text: 'See the outcomes report' },
    },
  ];
}

function adminWidgets(s: AdminSection): Widget[] {
  return [
    {
      id: 'outbox',
      title: TITLES.outbox,
      figures: [
        { label: 'Waiting to be sent', value: count(s.outbox.waiting) },
        { label: 'Failed', value: count(s.outbox.failed) },
      ],
      rows: [],
      empty: s.outbox.waiting + s.outbox.failed === 0 ? 'Every email has been sent.' : '',
      seeAll: { href: '/admin/outbox', text: 'See the email outbox' },
    },
    {
      id: 'users',
      title: TITLES.users,
      figures: [
        { label: 'Active', value: count(s.users.active) },
        { label: 'All accounts', value: count(s.users.total) },
      ],
      rows: [],
      empty: '',
      seeAll: { href: '/admin/users', text: 'See all users' },
    },
  ];
}
