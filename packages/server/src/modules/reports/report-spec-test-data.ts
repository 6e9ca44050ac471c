import type {
  EthnicCategory,
  Instrument,
  ReferralSource,
  ReferralStatus,
  Sex,
  TaskStatus,
  Timepoint,
  UnmetNeedReason,
} from '@kith/shared';

/**
 * The hand-computable report fixture, as data (written to the database by report-test-data.ts).
 * One PCN with practices A and B, two link workers (ash, birch), twelve referrals received in
 * the period 2025-01-01 to 2025-03-31 (R1–R12) and three that must be left out: R13 before the
 * period, R14 closed in error, R15 the minute after the period ends. Offsets are in days from
 * the referral (or onward referral) being created. The expected figures are worked out by hand
 * in report-routes.int.test.ts; change nothing here without redoing them.
 */
export const FIXTURE_PERIOD = { from: '2025-01-01', to: '2025-03-31' } as const;

const DAY_MS = 86_400_000;
/** The instant `days` after an ISO timestamp. */
export const afterDays = (iso: string, days: number): Date => new Date(Date.parse(iso) + days * DAY_MS);

export type WorkerKey = 'ash' | 'birch';
export type PracticeKey = 'A' | 'B';

export interface ReferralSpec {
  key: string;
  practice: PracticeKey | null;
  worker: WorkerKey | null;
  source: ReferralSource;
  reasons: string[];
  status: ReferralStatus;
  createdAt: string;
  dateOfBirth: string | null;
  sex: Sex | null;
  ethnicity: EthnicCategory | null;
  /** [offset in days, successful]. */
  contacts: [number, boolean][];
  /** [status moved to, offset in days]. */
  transitions: [ReferralStatus, number][];
}

export const REFERRALS: ReferralSpec[] = [
  // biome-ignore format: one referral per line reads as the table it is
  { key: 'R1', practice: 'A', worker: 'ash', source: 'gp_practice', reasons: ['loneliness'], status: 'discharged', createdAt: '2025-01-06T09:00:00Z', dateOfBirth: '1990-01-07', sex: 'female', ethnicity: 'A', contacts: [[1, false], [2, true], [20, true]], transitions: [['allocated', 1], ['contacted', 2], ['active', 3], ['discharged', 60]] },
  // biome-ignore format: as above
  { key: 'R2', practice: 'A', worker: 'ash', source: 'gp_practice', reasons: ['loneliness', 'housing'], status: 'discharged', createdAt: '2025-01-08T09:00:00Z', dateOfBirth: '1954-05-01', sex: 'female', ethnicity: 'A', contacts: [[4, true]], transitions: [['allocated', 1], ['contacted', 4], ['active', 5], ['discharged', 50]] },
  // biome-ignore format: as above
  { key: 'R3', practice: 'A', worker: 'ash', source: 'gp_practice', reasons: ['low_mood'], status: 'active', createdAt: '2025-01-13T09:00:00Z', dateOfBirth: '1979-03-15', sex: 'male', ethnicity: 'A', contacts: [[6, true]], transitions: [['allocated', 1], ['contacted', 6], ['active', 7]] },
  // biome-ignore format: as above
  { key: 'R4', practice: 'A', worker: 'ash', source: 'self', reasons: ['loneliness'], status: 'contacted', createdAt: '2025-01-15T09:00:00Z', dateOfBirth: '1944-07-20', sex: 'male', ethnicity: 'H', contacts: [[1.5, true]], transitions: [['allocated', 1], ['contacted', 1.5]] },
  // biome-ignore format: as above
  { key: 'R5', practice: 'A', worker: 'ash', source: 'gp_practice', reasons: ['housing'], status: 'not_reached', createdAt: '2025-01-20T09:00:00Z', dateOfBirth: null, sex: 'female', ethnicity: null, contacts: [[1, false], [3, false], [7, false]], transitions: [['allocated', 1], ['not_reached', 8]] },
  // biome-ignore format: as above
  { key: 'R6', practice: 'A', worker: 'birch', source: 'agency', reasons: ['money_benefits'], status: 'declined', createdAt: '2025-01-20T09:00:00Z', dateOfBirth: '2007-01-20', sex: 'female', ethnicity: 'A', contacts: [[3, true]], transitions: [['allocated', 1], ['contacted', 3], ['declined', 4]] },
  // biome-ignore format: as above
  { key: 'R7', practice: 'B', worker: 'birch', source: 'gp_practice', reasons: ['loneliness'], status: 'discharged', createdAt: '2025-02-03T09:00:00Z', dateOfBirth: '1964-11-30', sex: 'male', ethnicity: 'M', contacts: [[10, true], [15, true]], transitions: [['allocated', 1], ['contacted', 10], ['active', 11], ['discharged', 70]] },
  // biome-ignore format: as above
  { key: 'R8', practice: 'B', worker: 'birch', source: 'gp_practice', reasons: ['low_mood', 'loneliness'], status: 'active', createdAt: '2025-02-05T09:00:00Z', dateOfBirth: '1975-02-05', sex: 'female', ethnicity: 'A', contacts: [[5, true]], transitions: [['allocated', 1], ['contacted', 5], ['active', 6]] },
  // biome-ignore format: as above
  { key: 'R9', practice: 'B', worker: 'birch', source: 'self', reasons: ['loneliness'], status: 'allocated', createdAt: '2025-02-10T09:00:00Z', dateOfBirth: '1935-01-01', sex: null, ethnicity: null, contacts: [[2, false]], transitions: [['allocated', 1]] },
  // biome-ignore format: as above
  { key: 'R10', practice: 'B', worker: 'birch', source: 'agency', reasons: ['housing'], status: 'withdrawn', createdAt: '2025-02-12T09:00:00Z', dateOfBirth: '1985-06-01', sex: 'male', ethnicity: 'A', contacts: [], transitions: [['allocated', 1], ['withdrawn', 5]] },
  // biome-ignore format: as above
  { key: 'R11', practice: 'B', worker: 'ash', source: 'gp_practice', reasons: ['loneliness'], status: 'discharged', createdAt: '2025-02-17T09:00:00Z', dateOfBirth: '1985-02-18', sex: 'female', ethnicity: 'A', contacts: [[8, true]], transitions: [['allocated', 1], ['contacted', 8], ['active', 9], ['discharged', 60]] },
  // Received 23:30 UTC on the last day of the period: inside it. No registered practice.
  // biome-ignore format: as above
  { key: 'R12', practice: null, worker: null, source: 'gp_practice', reasons: ['low_mood'], status: 'received', createdAt: '2025-03-31T23:30:00Z', dateOfBirth: '2008-04-01', sex: 'female', ethnicity: 'A', contacts: [], transitions: [] },
  // Left out: before the period, closed in error, after the period.
  // biome-ignore format: as above
  { key: 'R13', practice: 'A', worker: 'ash', source: 'gp_practice', reasons: ['loneliness'], status: 'discharged', createdAt: '2024-12-10T09:00:00Z', dateOfBirth: '1970-01-01', sex: 'female', ethnicity: 'A', contacts: [[1, true]], transitions: [['allocated', 1], ['contacted', 1], ['active', 2], ['discharged', 30]] },
  // biome-ignore format: as above
  { key: 'R14', practice: 'A', worker: 'ash', source: 'gp_practice', reasons: ['loneliness'], status: 'closed_in_error', createdAt: '2025-02-20T09:00:00Z', dateOfBirth: '1970-01-01', sex: 'male', ethnicity: 'A', contacts: [[1, true]], transitions: [['allocated', 1], ['contacted', 1], ['active', 2], ['closed_in_error', 3]] },
  // biome-ignore format: as above
  { key: 'R15', practice: 'A', worker: 'ash', source: 'gp_practice', reasons: ['loneliness'], status: 'triaged', createdAt: '2025-04-01T00:10:00Z', dateOfBirth: '1970-01-01', sex: 'female', ethnicity: 'A', contacts: [], transitions: [['triaged', 0]] },
];

export interface MeasureSpec {
  referral: string;
  instrument: Instrument;
  timepoint: Timepoint;
  offset: number;
  /** ONS4 and UCLA-3: the items; SWEMWBS: the raw total (items are spread from it). */
  values: number[] | number;
}

/** ONS4 items are [satisfied, worthwhile, happy, anxious]. */
export const MEASURES: MeasureSpec[] = [
  { referral: 'R1', instrument: 'ons4', timepoint: 'baseline', offset: 2, values: [4, 5, 4, 6] },
  // A second, later baseline: the first one counts.
  { referral: 'R1', instrument: 'ons4', timepoint: 'baseline', offset: 3, values: [9, 9, 9, 0] },
  { referral: 'R1', instrument: 'ons4', timepoint: 'review', offset: 30, values: [5, 5, 5, 5] },
  { referral: 'R1', instrument: 'ons4', timepoint: 'discharge', offset: 60, values: [5, 6, 3, 4] },
  { referral: 'R2', instrument: 'ons4', timepoint: 'baseline', offset: 4, values: [3, 5, 4, 7] },
  { referral: 'R2', instrument: 'ons4', timepoint: 'review', offset: 40, values: [6, 6, 4, 5] },
  { referral: 'R3', instrument: 'ons4', timepoint: 'baseline', offset: 7, values: [5, 5, 4, 5] },
  { referral: 'R3', instrument: 'ons4', timepoint: 'review', offset: 35, values: [7, 6, 5, 5] },
  { referral: 'R7', instrument: 'ons4', timepoint: 'baseline', offset: 11, values: [6, 5, 4, 3] },
  { referral: 'R7', instrument: 'ons4', timepoint: 'discharge', offset: 70, values: [6, 6, 6, 4] },
  { referral: 'R8', instrument: 'ons4', timepoint: 'baseline', offset: 6, values: [2, 5, 4, 8] },
  { referral: 'R8', instrument: 'ons4', timepoint: 'review', offset: 30, values: [3, 5, 5, 7] },
  { referral: 'R8', instrument: 'ons4', timepoint: 'review', offset: 60, values: [6, 6, 7, 5] },
  { referral: 'R11', instrument: 'ons4', timepoint: 'baseline', offset: 9, values: [5, 5, 4, 6] },
  { referral: 'R11', instrument: 'ons4', timepoint: 'discharge', offset: 60, values: [7, 6, 5, 4] },
  // R4: the review was recorded before the baseline, so there is no pair.
  { referral: 'R4', instrument: 'ons4', timepoint: 'review', offset: 3, values: [5, 5, 5, 5] },
  { referral: 'R4', instrument: 'ons4', timepoint: 'baseline', offset: 5, values: [4, 4, 4, 4] },
  // R12: a baseline only.
  { referral: 'R12', instrument: 'ons4', timepoint: 'baseline', offset: 0.01, values: [3, 3, 3, 3] },
  // R13 and R14 are outside the cohort.
  { referral: 'R13', instrument: 'ons4', timepoint: 'baseline', offset: 1, values: [0, 0, 0, 10] },
  { referral: 'R13', instrument: 'ons4', timepoint: 'discharge', offset: 30, values: [10, 10, 10, 0] },
  { referral: 'R14', instrument: 'ons4', timepoint: 'baseline', offset: 1, values: [0, 0, 0, 10] },
  { referral: 'R14', instrument: 'ons4', timepoint: 'review', offset: 2, values: [10, 10, 10, 0] },
  // SWEMWBS raw totals; metric scores from the published table (14 → 15.32 and so on).
  { referral: 'R1', instrument: 'swemwbs', timepoint: 'baseline', offset: 2, values: 14 },
  { referral: 'R1', instrument: 'swemwbs', timepoint: 'discharge', offset: 60, values: 18 },
  { referral: 'R2', instrument: 'swemwbs', timepoint: 'baseline', offset: 4, values: 17 },
  { referral: 'R2', instrument: 'swemwbs', timepoint: 'review', offset: 40, values: 21 },
  { referral: 'R3', instrument: 'swemwbs', timepoint: 'baseline', offset: 7, values: 20 },
  { referral: 'R3', instrument: 'swemwbs', timepoint: 'review', offset: 35, values: 20 },
  { referral: 'R7', instrument: 'swemwbs', timepoint: 'baseline', offset: 11, values: 21 },
  { referral: 'R7', instrument: 'swemwbs', timepoint: 'discharge', offset: 70, values: 19 },
  { referral: 'R8', instrument: 'swemwbs', timepoint: 'baseline', offset: 6, values: 12 },
  { referral: 'R8', instrument: 'swemwbs', timepoint: 'review', offset: 30, values: 15 },
  { referral: 'R8', instrument: 'swemwbs', timepoint: 'review', offset: 60, values: 23 },
  { referral: 'R11', instrument: 'swemwbs', timepoint: 'baseline', offset: 9, values: 25 },
  { referral: 'R1', instrument: 'ucla3', timepoint: 'baseline', offset: 2, values: [3, 2, 2] },
  { referral: 'R1', instrument: 'ucla3', timepoint: 'discharge', offset: 60, values: [2, 2, 1] },
  { referral: 'R7', instrument: 'ucla3', timepoint: 'baseline', offset: 11, values: [2, 2, 2] },
  { referral: 'R7', instrument: 'ucla3', timepoint: 'discharge', offset: 70, values: [2, 2, 2] },
  { referral: 'R11', instrument: 'ucla3', timepoint: 'baseline', offset: 9, values: [3, 3, 3] },
  { referral: 'R11', instrument: 'ucla3', timepoint: 'discharge', offset: 60, values: [2, 1, 1] },
];

/** [referral, GP before, GP after, A&E before, A&E after]; null = not recorded. */
export const HEALTHCARE_USE: [string, number | null, number | null, number | null, number | null][] = [
  ['R1', 6, 3, 1, 0],
  ['R2', 4, 4, 0, 0],
  ['R3', 8, 5, 2, 1],
  ['R7', 5, 6, null, null],
  ['R8', 10, 4, 1, 1],
  ['R11', 3, null, 0, 0],
  ['R4', null, 2, null, null],
  ['R13', 20, 0, 5, 0],
  ['R14', 9, 1, 3, 0],
];

export type ServiceKey = 'alpha' | 'beta' | 'gamma' | 'delta' | 'epsilon' | 'eta';
export type ProviderKey = 'acorn' | 'bramble' | 'cedar';

/**
 * Directory: Acorn (linked to the tenant's VCSE organisation, which serves the PCN), Bramble
 * (not linked to Kith) and Cedar (linked to a second VCSE organisation serving the PCN, and sent
 * nothing). Delta is archived.
 */
export const SERVICES: {
  key: ServiceKey;
  name: string;
  provider: ProviderKey;
  capacity: 'open' | 'limited' | 'waiting_list' | 'closed';
  typicalWaitDays: number | null;
  archived: boolean;
}[] = [
  { key: 'alpha', name: 'Alpha befriending', provider: 'acorn', capacity: 'open', typicalWaitDays: null, archived: false },
  { key: 'beta', name: 'Beta choir', provider: 'acorn', capacity: 'waiting_list', typicalWaitDays: 21, archived: false },
  { key: 'gamma', name: 'Gamma debt advice', provider: 'bramble', capacity: 'closed', typicalWaitDays: null, archived: false },
  { key: 'delta', name: 'Delta art club', provider: 'acorn', capacity: 'closed', typicalWaitDays: null, archived: true },
  // Epsilon's funding ends 30 days from the day the test runs (the unmet-need report's 90-day list).
  { key: 'epsilon', name: 'Epsilon gardening', provider: 'bramble', capacity: 'limited', typicalWaitDays: 7, archived: false },
  { key: 'eta', name: 'Eta walking group', provider: 'cedar', capacity: 'open', typicalWaitDays: null, archived: false },
];

export const PROVIDERS: Record<ProviderKey, string> = {
  acorn: 'Acorn Community Trust',
  bramble: 'Bramble Advice',
  cedar: 'Cedar Friends',
};

export interface OnwardSpec {
  key: string;
  referral: string;
  service: ServiceKey;
  worker: WorkerKey;
  status: TaskStatus;
  createdAt: string;
  /** [status moved to, offset in days]; every one also starts with 'requested' at 0. */
  events: [TaskStatus, number][];
}

export const ONWARD_REFERRALS: OnwardSpec[] = [
  // biome-ignore format: one onward referral per line reads as the table it is
  { key: 'O1', referral: 'R1', service: 'alpha', worker: 'ash', status: 'completed', createdAt: '2025-01-10T10:00:00Z', events: [['accepted', 2], ['in-progress', 5], ['completed', 30]] },
  // biome-ignore format: as above
  { key: 'O2', referral: 'R2', service: 'alpha', worker: 'ash', status: 'in-progress', createdAt: '2025-01-12T10:00:00Z', events: [['accepted', 1], ['in-progress', 3]] },
  // biome-ignore format: as above
  { key: 'O3', referral: 'R3', service: 'alpha', worker: 'ash', status: 'rejected', createdAt: '2025-01-20T10:00:00Z', events: [['rejected', 2]] },
  // biome-ignore format: as above
  { key: 'O4', referral: 'R7', service: 'beta', worker: 'birch', status: 'requested', createdAt: '2025-02-10T10:00:00Z', events: [] },
  // Accepted, then cancelled: still counts as accepted.
  // biome-ignore format: as above
  { key: 'O5', referral: 'R8', service: 'beta', worker: 'birch', status: 'cancelled', createdAt: '2025-02-12T10:00:00Z', events: [['accepted', 4], ['cancelled', 10]] },
  // biome-ignore format: as above
  { key: 'O6', referral: 'R11', service: 'gamma', worker: 'ash', status: 'rejected', createdAt: '2025-02-20T10:00:00Z', events: [['rejected', 1]] },
  // biome-ignore format: as above
  { key: 'O7', referral: 'R4', service: 'alpha', worker: 'ash', status: 'accepted', createdAt: '2025-01-18T10:00:00Z', events: [['accepted', 2]] },
  // Accepted and started, then did not go ahead.
  // biome-ignore format: as above
  { key: 'O8', referral: 'R6', service: 'gamma', worker: 'birch', status: 'failed', createdAt: '2025-01-25T10:00:00Z', events: [['accepted', 1], ['in-progress', 8], ['failed', 20]] },
  // Before the period: left out.
  // biome-ignore format: as above
  { key: 'O9', referral: 'R13', service: 'alpha', worker: 'ash', status: 'completed', createdAt: '2024-12-20T10:00:00Z', events: [['accepted', 1], ['in-progress', 2], ['completed', 9]] },
];

/** Needs nothing could meet, recorded in the period: [need, area, reason, recorded at]. */
export const UNMET_NEEDS: ['benefits' | 'transport', string, UnmetNeedReason, string][] = [
  ['benefits', 'Fixtureton', 'full', '2025-02-03T12:00:00Z'],
  ['benefits', 'Fixtureton', 'full', '2025-02-10T12:00:00Z'],
  ['transport', 'Fixtureton', 'too_far', '2025-03-03T12:00:00Z'],
];
