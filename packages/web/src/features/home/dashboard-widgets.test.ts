import {
  DASHBOARD_ROLES,
  type DashboardSection,
  type LinkWorkerSection,
  type PcnManagerSection,
  type SupervisorSection,
  TASK_STATUSES,
} from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { daysText, WIDGET_TITLES, widgetsFor } from './dashboard-widgets.ts';

const ID = '6f1c2a4e-8b9d-4c3e-9f10-2a3b4c5d6e7f';

const linkWorker: LinkWorkerSection = {
  role: 'link_worker',
  appointmentsToday: {
    total: 1,
    items: [
      {
        id: ID,
        referralId: ID,
        personName: 'Ada Lovelace',
        startsAt: '2026-07-01T09:30:00Z',
        durationMinutes: 45,
        mode: 'phone',
        status: 'booked',
      },
    ],
  },
  tasks: {
    dueToday: 1,
    overdue: 2,
    open: 7,
    items: [{ kind: 'manual', title: 'Ring the council', dueOn: '2026-06-28', overdue: true, link: '/tasks' }],
  },
  newAllocations: { days: 7, total: 0, items: [] },
  onwardUpdates: { days: 7, total: 0, items: [] },
  caseload: {
    activeCases: 30,
    weightedCases: 44,
    capacity: 40,
    percentOfCapacity: 110,
    thresholdPercent: 100,
    over: true,
    wte: 1,
  },
  notContacted: {
    days: 14,
    total: 2,
    items: [
      {
        referralId: ID,
        personId: ID,
        personName: 'Grace Hopper',
        urgency: 'soon',
        allocatedAt: null,
        daysSinceLastContact: null,
      },
    ],
  },
};

const emptySection = (role: DashboardSection['role']): DashboardSection => {
  switch (role) {
    case 'link_worker':
      return linkWorker;
    case 'supervisor':
      return {
        role,
        queue: { total: 0, byUrgency: { urgent: 0, soon: 0, routine: 0 }, longestWaitingDays: null, items: [] },
        safeguarding: { open: 0, notAcknowledged: 0 },
        teamPressure: { workers: 0, workersOver: 0, items: [] },
        supervision: { due: 0, overdue: 0, items: [] },
      };
    case 'vcse_provider':
      return {
        role,
        inbox: { open: 0, byStatus: TASK_STATUSES.map((status) => ({ status, count: 0 })) },
        unanswered: { total: 0, oldestDays: null, items: [] },
      };
    case 'referrer':
      return { role, referrals: { total: 0, byStatus: [] }, messagesBack: { total: 0, items: [] } };
    case 'pcn_manager':
      return { role, pcns: [] };
    case 'commissioner':
      return { role, outcomes: { period: { from: '2025-07-02', to: '2026-07-01' }, suppressed: true, headlines: [] } };
    case 'admin':
      return { role, outbox: { waiting: 0, failed: 0 }, users: { active: 1, total: 1 } };
  }
};

describe('dashboard widgets', () => {
  it('gives each role the widgets its loading state promised, in order, each with a "See all" link', () => {
    for (const role of DASHBOARD_ROLES) {
      const widgets = widgetsFor(emptySection(role));
      expect(widgets.map((w) => w.title)).toEqual(WIDGET_TITLES[role]);
      for (const widget of widgets) expect(widget.seeAll.href).toMatch(/^\//);
    }
  });

  it('shows a link worker their day in words, times in UK time', () => {
    const [appointments, tasks, allocations, , caseload, notContacted] = widgetsFor(linkWorker);
    expect(appointments?.rows).toEqual([
      { key: ID, text: '10:30 Ada Lovelace', href: `/appointments/${ID}`, detail: 'Phone call, 45 minutes' },
    ]);
    expect(tasks?.figures.map((f) => f.value)).toEqual(['2', '1', '7']);
    expect(tasks?.rows[0]?.detail).toBe('Task: overdue since 28 June 2026');
    expect(allocations?.rows).toEqual([]);
    expect(allocations?.empty).toBe('No new allocations.');
    // Over capacity is said in words, not only shown in colour.
    expect(caseload?.rows[0]?.text).toBe('Over the 100% threshold');
    expect(notContacted?.rows[0]?.detail).toBe('Never contacted');
    expect(notContacted?.seeAll.href).toBe('/caseload?sort=last_contact&filter=no_contact_14_days');
  });

  it('says how long the queue has waited and who needs supervision', () => {
    const section = emptySection('supervisor') as SupervisorSection;
    const [queue, , , supervision] = widgetsFor({
      ...section,
      queue: {
        total: 1,
        byUrgency: { urgent: 1, soon: 0, routine: 0 },
        longestWaitingDays: 1,
        items: [{ referralId: ID, personName: 'Alan Turing', urgency: 'urgent', status: 'received', waitingDays: 1 }],
      },
      supervision: { due: 0, overdue: 1, items: [{ userId: ID, name: 'Sam Worker', status: 'overdue', daysSince: null }] },
    });
    expect(queue?.figures.at(-1)).toEqual({ label: 'Longest wait', value: '1 day' });
    expect(queue?.rows[0]?.detail).toBe('Urgent, received, waiting 1 day');
    expect(supervision?.rows[0]?.detail).toBe('Overdue: never supervised');
  });

  it('adds up several PCNs and lists each, and links straight to a single PCN', () => {
    const pcn = (pcnId: string, pcnName: string, shortfall: number): PcnManagerSection['pcns'][number] => ({
      pcnId,
      pcnName,
      checklist: { done: 2, total: 10, overdue: 1 },
      funding: { financialYear: '2026/27', totalCost: 50_000, claimable: 40_000, shortfall },
      posts: { total: 2, filled: 1, vacant: 1 },
    });
    const [checklist, funding] = widgetsFor({
      role: 'pcn_manager',
      pcns: [pcn(ID, 'North', 10_000), pcn(ID.replace('6', '7'), 'South', 2_500)],
    });
    expect(checklist?.figures[0]?.value).toBe('4 of 20');
    expect(funding?.figures[0]).toEqual({ label: 'Shortfall in 2026/27', value: '£12,500' });
    expect(funding?.rows.map((r) => r.text)).toEqual(['North: shortfall £10,000', 'South: shortfall £2,500']);
    const [single] = widgetsFor({ role: 'pcn_manager', pcns: [pcn(ID, 'North', 0)] });
    expect(single?.seeAll.href).toBe(`/implementation-checklist?pcn=${ID}`);
    expect(single?.rows).toEqual([]);
  });

  it('shows a commissioner suppressed figures as "<5" with words for screen readers', () => {
    const [outcomes] = widgetsFor({
      role: 'commissioner',
      outcomes: {
        period: { from: '2025-07-02', to: '2026-07-01' },
        suppressed: true,
        headlines: [{ label: 'Onward referrals sent', value: '<5', kind: 'count' }],
      },
    });
    expect(outcomes?.figures[0]?.value).toBe('<5');
    expect(outcomes?.figures[0]?.spoken).toBeTruthy();
  });

  it('counts days in words', () => {
    expect(daysText(1)).toBe('1 day');
    expect(daysText(0)).toBe('0 days');
  });
});
