import { z } from 'zod';
import { CONTACT_MODES, URGENCIES } from '../rules/person-categories.ts';
import { REFERRAL_STATUSES } from '../rules/referral-states.ts';
import { TASK_STATUSES } from '../rules/task-states.ts';
import { APPOINTMENT_STATUSES } from './appointments.ts';
import { Id } from './common.ts';
import { Report } from './reports.ts';
import { SUPERVISION_STATUSES } from './supervision.ts';
import { TASK_KINDS } from './tasks.ts';

/**
 * `GET /api/dashboard`: the signed-in user's home page, one section per role they hold. Each
 * widget carries its key numbers and at most {@link DASHBOARD_LIST_LIMIT} rows; the full list is
 * the screen its "See all" link opens, which counts by the same rules.
 */

/** Rows a widget lists; the rest are behind its "See all" link. */
export const DASHBOARD_LIST_LIMIT = 5;
/** A case counts as "not contacted" after this many days without a contact (as the caseload's filter). */
export const NOT_CONTACTED_DAYS = 14;
/** An allocation is "new" for this many days, until the person is first contacted. */
export const NEW_ALLOCATION_DAYS = 7;
/** A provider's change to an onward referral shows as an update for this many days. */
export const ONWARD_UPDATE_DAYS = 7;

const Count = z.number().int().min(0);
const Instant = z.string();
/** Whole days, or null when there is nothing to measure. */
const Days = z.number().int().nullable();

/** The order sections appear in when a user holds several roles. */
export const DASHBOARD_ROLES = [
  'link_worker',
  'supervisor',
  'vcse_provider',
  'referrer',
  'pcn_manager',
  'commissioner',
  'admin',
] as const;
export type DashboardRole = (typeof DASHBOARD_ROLES)[number];

export const DashboardAppointment = z.object({
  id: Id,
  referralId: Id,
  personName: z.string(),
  startsAt: Instant,
  durationMinutes: z.number().int(),
  mode: z.enum(CONTACT_MODES),
  status: z.enum(APPOINTMENT_STATUSES),
});
export type DashboardAppointment = z.infer<typeof DashboardAppointment>;

export const DashboardTask = z.object({
  kind: z.enum(TASK_KINDS),
  title: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  link: z.string(),
});
export type DashboardTask = z.infer<typeof DashboardTask>;

/** A case on the worker's caseload, as the dashboard lists it. */
export const DashboardCase = z.object({
  referralId: Id,
  personId: Id,
  personName: z.string(),
  urgency: z.enum(URGENCIES),
  /** When it was last allocated (new allocations); null otherwise. */
  allocatedAt: Instant.nullable(),
  /** Whole days since the last contact; null when never contacted. */
  daysSinceLastContact: Days,
});
export type DashboardCase = z.infer<typeof DashboardCase>;

export const DashboardOnwardUpdate = z.object({
  onwardReferralId: Id,
  personName: z.string(),
  serviceName: z.string(),
  status: z.enum(TASK_STATUSES),
  at: Instant,
});
export type DashboardOnwardUpdate = z.infer<typeof DashboardOnwardUpdate>;

/** Weighted open cases against capacity (the caseload pressure report's measure, report settings' capacity). */
export const CaseloadMeasure = z.object({
  activeCases: Count,
  weightedCases: z.number(),
  /** Active capacity: the report settings' cases per WTE × the worker's WTE. */
  capacity: z.number(),
  /** Weighted cases as a percentage of capacity, one decimal place. */
  percentOfCapacity: z.number(),
  thresholdPercent: z.number().int(),
  over: z.boolean(),
});
export type CaseloadMeasure = z.infer<typeof CaseloadMeasure>;

export const LinkWorkerSection = z.object({
  role: z.literal('link_worker'),
  appointmentsToday: z.object({ total: Count, items: z.array(DashboardAppointment) }),
  tasks: z.object({ dueToday: Count, overdue: Count, open: Count, items: z.array(DashboardTask) }),
  newAllocations: z.object({ days: z.number().int(), total: Count, items: z.array(DashboardCase) }),
  onwardUpdates: z.object({ days: z.number().int(), total: Count, items: z.array(DashboardOnwardUpdate) }),
  caseload: CaseloadMeasure.extend({ wte: z.number() }),
  notContacted: z.object({ days: z.number().int(), total: Count, items: z.array(DashboardCase) }),
});
export type LinkWorkerSection = z.infer<typeof LinkWorkerSection>;

export const DashboardQueueItem = z.object({
  referralId: Id,
  personName: z.string(),
  urgency: z.enum(URGENCIES),
  status: z.enum(REFERRAL_STATUSES),
  /** Whole days since the referral was received. */
  waitingDays: z.number().int(),
});
export type DashboardQueueItem = z.infer<typeof DashboardQueueItem>;

export const WorkerPressureRow = CaseloadMeasure.extend({ workerId: Id, workerName: z.string() });
export type WorkerPressureRow = z.infer<typeof WorkerPressureRow>;

export const SupervisorSection = z.object({
  role: z.literal('supervisor'),
  /** Referrals waiting for triage or allocation, most urgent then longest waiting first. */
  queue: z.object({
    total: Count,
    byUrgency: z.object({ urgent: Count, soon: Count, routine: Count }),
    longestWaitingDays: Days,
    items: z.array(DashboardQueueItem),
  }),
  safeguarding: z.object({ open: Count, notAcknowledged: Count }),
  /** Workers, fullest first. */
  teamPressure: z.object({ workers: Count, workersOver: Count, items: z.array(WorkerPressureRow) }),
  supervision: z.object({
    due: Count,
    overdue: Count,
    items: z.array(z.object({ userId: Id, name: z.string(), status: z.enum(SUPERVISION_STATUSES), daysSince: Days })),
  }),
});
export type SupervisorSection = z.infer<typeof SupervisorSection>;

export const ProviderSection = z.object({
  role: z.literal('vcse_provider'),
  /** Every state with its count, in the state machine's order (zeros included). */
  inbox: z.object({ open: Count, byStatus: z.array(z.object({ status: z.enum(TASK_STATUSES), count: Count })) }),
  /** Referrals still awaiting a first reply, oldest first. */
  unanswered: z.object({
    total: Count,
    oldestDays: Days,
    items: z.array(z.object({ onwardReferralId: Id, serviceName: z.string(), sentAt: Instant, daysWaiting: z.number().int() })),
  }),
});
export type ProviderSection = z.infer<typeof ProviderSection>;

export const DashboardMessageBack = z.object({
  referralId: Id,
  personName: z.string(),
  /** How the referral ended. */
  status: z.enum(REFERRAL_STATUSES),
  /** The discharge outcome code, for a discharge. */
  dischargeOutcome: z.string().nullable(),
  endedAt: Instant,
});
export type DashboardMessageBack = z.infer<typeof DashboardMessageBack>;

export const ReferrerSection = z.object({
  role: z.literal('referrer'),
  /** The referrals the user made, by status (only statuses they have), in pathway order. */
  referrals: z.object({ total: Count, byStatus: z.array(z.object({ status: z.enum(REFERRAL_STATUSES), count: Count })) }),
  /** Referrals that have ended, latest first: each has a message back. */
  messagesBack: z.object({ total: Count, items: z.array(DashboardMessageBack) }),
});
export type ReferrerSection = z.infer<typeof ReferrerSection>;

export const PcnManagerPcn = z.object({
  pcnId: Id,
  pcnName: z.string(),
  /** Done out of the items that apply (not applicable ones leave the total), as the checklist screen counts. */
  checklist: z.object({ done: Count, total: Count, overdue: Count }),
  /** This financial year's money for every post, from the funding planner's arithmetic. */
  funding: z.object({ financialYear: z.string(), totalCost: z.number(), claimable: z.number(), shortfall: z.number() }),
  /** Posts that have not ended; filled when someone holds them. */
  posts: z.object({ total: Count, filled: Count, vacant: Count }),
});
export type PcnManagerPcn = z.infer<typeof PcnManagerPcn>;

export const PcnManagerSection = z.object({ role: z.literal('pcn_manager'), pcns: z.array(PcnManagerPcn) });
export type PcnManagerSection = z.infer<typeof PcnManagerSection>;

export const CommissionerSection = z.object({
  role: z.literal('commissioner'),
  /** The outcomes report's headline figures over its default period, suppressed as the report is. */
  outcomes: z.object({
    period: z.object({ from: z.string(), to: z.string() }),
    suppressed: z.boolean(),
    headlines: Report.shape.headlines,
  }),
});
export type CommissionerSection = z.infer<typeof CommissionerSection>;

export const AdminSection = z.object({
  role: z.literal('admin'),
  /** Emails waiting to be sent, and those whose last attempt failed. */
  outbox: z.object({ waiting: Count, failed: Count }),
  users: z.object({ active: Count, total: Count }),
});
export type AdminSection = z.infer<typeof AdminSection>;

export const DashboardSection = z.discriminatedUnion('role', [
  LinkWorkerSection,
  SupervisorSection,
  ProviderSection,
  ReferrerSection,
  PcnManagerSection,
  CommissionerSection,
  AdminSection,
]);
export type DashboardSection = z.infer<typeof DashboardSection>;

export const Dashboard = z.object({
  /** Today in the UK (YYYY-MM-DD), the day "today" and "overdue" are counted for. */
  today: z.string(),
  generatedAt: Instant,
  sections: z.array(DashboardSection),
});
export type Dashboard = z.infer<typeof Dashboard>;
