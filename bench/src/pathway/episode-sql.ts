/**
 * The PCN data set's referrals and everything derived from them: the referral plan (one row per
 * referral, in every state) and the bulk INSERTs of referrals, transitions, contacts, care plans
 * and outcome measures generated batch by batch from it.
 */
import type { ReferralStatus } from '@kith/shared';
import { digest, fraction, pick, uuidFrom, weighted } from './sql-blocks.ts';

/** A timestamp `share` (0–1, SQL) of the way through a plan row's episode. */
function intoEpisode(share: string): string {
  return `(p.created_at + (COALESCE(p.ended_at, $1::timestamptz - interval '1 hour') - p.created_at) * (${share}))`;
}

// ---- the referral plan: one row per referral, from which every derived table is generated ----

/** Statuses of the bulk referrals (the whole PCN's history), by cumulative share. */
const BULK_STATUSES: [ReferralStatus, number?][] = [
  ['received', 0.02],
  ['triaged', 0.04],
  ['allocated', 0.055],
  ['contacted', 0.07],
  ['active', 0.11],
  ['discharged', 0.73],
  ['declined', 0.81],
  ['not_reached', 0.9],
  ['withdrawn', 0.98],
  ['closed_in_error'],
];

/** How long an episode that ended lasted, in days: [minimum, spread]. */
const EPISODE_DAYS: Partial<Record<ReferralStatus, [number, number]>> = {
  discharged: [40, 140],
  declined: [3, 20],
  not_reached: [14, 30],
  withdrawn: [10, 90],
  closed_in_error: [0.1, 2],
};

/** Contacts per referral by status: [minimum, spread] (minimum + floor(fraction × spread)). */
const CONTACTS_BY_STATUS: Record<ReferralStatus, [number, number]> = {
  received: [0, 0],
  triaged: [0, 0],
  allocated: [0, 3],
  contacted: [1, 3],
  active: [4, 11],
  discharged: [8, 15],
  declined: [1, 2],
  not_reached: [3, 0],
  withdrawn: [2, 5],
  closed_in_error: [0, 0],
};

/** The states each referral went through, in order, ending at its status. */
const STATUS_PATHS: Record<ReferralStatus, ReferralStatus[]> = {
  received: ['received'],
  triaged: ['received', 'triaged'],
  allocated: ['received', 'triaged', 'allocated'],
  contacted: ['received', 'triaged', 'allocated', 'contacted'],
  active: ['received', 'triaged', 'allocated', 'contacted', 'active'],
  discharged: ['received', 'triaged', 'allocated', 'contacted', 'active', 'discharged'],
  declined: ['received', 'triaged', 'declined'],
  not_reached: ['received', 'triaged', 'allocated', 'not_reached'],
  withdrawn: ['received', 'triaged', 'allocated', 'contacted', 'withdrawn'],
  closed_in_error: ['received', 'closed_in_error'],
};

const TRANSITION_REASONS: Partial<Record<ReferralStatus, string>> = {
  received: 'Referral received',
  triaged: 'Triaged',
  allocated: 'Allocated to a link worker',
  contacted: 'First conversation held',
  active: 'Care plan agreed',
  discharged: 'Goals reviewed together',
  declined: 'Person did not want support at the moment',
  not_reached: 'No reply after three attempts',
  withdrawn: 'Referrer withdrew the referral',
  closed_in_error: 'Duplicate referral',
};

function contactCountSql(statusSql: string, fractionSql: string): string {
  const whens = Object.entries(CONTACTS_BY_STATUS).map(
    ([status, [minimum, spread]]) => `WHEN '${status}' THEN ${minimum} + floor(${fractionSql} * ${spread})::int`,
  );
  return `(CASE ${statusSql} ${whens.join(' ')} END)`;
}

function endedAtSql(statusSql: string, createdSql: string, fractionSql: string): string {
  const whens = Object.entries(EPISODE_DAYS).map(
    ([status, [minimum, spread]]) =>
      `WHEN '${status}' THEN LEAST(${createdSql} + (${minimum} + ${fractionSql} * ${spread}) * interval '1 day', $1::timestamptz - interval '1 hour')`,
  );
  return `(CASE ${statusSql} ${whens.join(' ')} ELSE NULL END)`;
}

export const PLAN_TABLE = 'kith_bench_referral_plan';

/**
 * The plan table lives only while generating. $1 is always the anchor (midnight UTC today):
 * every date is relative to it.
 */
export const CREATE_PLAN = `
  CREATE TABLE ${PLAN_TABLE} (
    seq int PRIMARY KEY,
    id uuid NOT NULL,
    person_id uuid NOT NULL,
    status referral_status NOT NULL,
    worker_id uuid,
    created_at timestamptz NOT NULL,
    ended_at timestamptz,
    contacts int NOT NULL,
    h2 text NOT NULL,
    h3 text NOT NULL
  )`;

/** Bulk referrals 1..R: persons cycle, so persons 1..R−N have two referrals. $2 people, $3 workers (measured first). */
export function bulkPlanSql(): string {
  const status = 'b.status';
  const closedAge = `(30 + ${fraction('s.h', 1)} * 1065) * interval '1 day'`;
  const openAge = `(1 + ${fraction('s.h', 1)} * 150) * interval '1 day'`;
  return `
    INSERT INTO ${PLAN_TABLE} (seq, id, person_id, status, worker_id, created_at, ended_at, contacts, h2, h3)
    SELECT b.j, ${uuidFrom('b.h')}, ${uuidFrom(digest('person', '((b.j - 1) % $2::int + 1)'))}, b.status,
      CASE
        WHEN b.status IN ('allocated', 'contacted', 'active')
          THEN ($3::uuid[])[2 + floor(${fraction('b.h2', 0)} * (cardinality($3::uuid[]) - 1))::int]
        WHEN b.status IN ('received', 'triaged', 'closed_in_error') THEN NULL
        ELSE ($3::uuid[])[1 + floor(${fraction('b.h2', 0)} * cardinality($3::uuid[]))::int]
      END,
      b.created_at,
      ${endedAtSql(status, 'b.created_at', fraction('b.h', 2))},
      ${contactCountSql(status, fraction('b.h', 3))},
      b.h2, b.h3
    FROM (
      SELECT s.j, s.h, s.h2, s.h3, s.status,
        $1::timestamptz - CASE WHEN s.status IN ('received', 'triaged', 'allocated', 'contacted', 'active')
          THEN ${openAge} ELSE ${closedAge} END AS created_at
      FROM (
        SELECT j, h, h2, h3, ${weighted(fraction('h', 0), BULK_STATUSES, 'referral_status')} AS status
        FROM generate_series($4::int, $5::int) j,
          LATERAL (SELECT ${digest('referral', 'j')} AS h, ${digest('referral-2', 'j')} AS h2,
            ${digest('referral-3', 'j')} AS h3) d
      ) s
    ) b`;
}

/**
 * The measured worker's caseload: `caseload` open referrals for people spread over the register.
 * $2 people, $3 measured worker, $4 first seq, $5 caseload size.
 */
export function caseloadPlanSql(): string {
  const status = weighted(fraction('h', 0), [['allocated', 0.2], ['contacted', 0.45], ['active']], 'referral_status');
  return `
    INSERT INTO ${PLAN_TABLE} (seq, id, person_id, status, worker_id, created_at, ended_at, contacts, h2, h3)
    SELECT $4 + k - 1, ${uuidFrom('h')}, ${uuidFrom(digest('person', '(1 + (k - 1) * ($2::int / $5::int))'))}, s.status, $3::uuid,
      $1::timestamptz - (3 + ${fraction('h', 1)} * 150) * interval '1 day', NULL,
      ${contactCountSql('s.status', fraction('h', 3))}, h2, h3
    FROM generate_series(1, $5::int) k,
      LATERAL (SELECT ${digest('caseload', 'k')} AS h, ${digest('caseload-2', 'k')} AS h2, ${digest('caseload-3', 'k')} AS h3) d,
      LATERAL (SELECT ${status} AS status) s`;
}

/**
 * A long history for the first person on the caseload: earlier discharged referrals, each with
 * many contacts, so their timeline is longer than the API's 500-entry page.
 * $2 person seq, $3 workers, $4 first seq, $5 how many, $6 contacts each.
 */
export function longHistoryPlanSql(): string {
  return `
    INSERT INTO ${PLAN_TABLE} (seq, id, person_id, status, worker_id, created_at, ended_at, contacts, h2, h3)
    SELECT $4 + m - 1, ${uuidFrom('h')}, ${uuidFrom(digest('person', '$2::int'))}, 'discharged',
      ($3::uuid[])[1 + m % cardinality($3::uuid[])],
      $1::timestamptz - (200 + m * 180) * interval '1 day',
      $1::timestamptz - (60 + m * 180) * interval '1 day',
      $6::int, h2, h3
    FROM generate_series(1, $5::int) m,
      LATERAL (SELECT ${digest('history', 'm')} AS h, ${digest('history-2', 'm')} AS h2, ${digest('history-3', 'm')} AS h3) d`;
}

// ---- derived tables, generated batch by batch from the plan: $1 anchor, $2 first seq, $3 last seq ----

const IN_BATCH = 'p.seq BETWEEN $2 AND $3';

/** $4 PCN, $5 demo referrer, $6 reason codes. */
export const INSERT_REFERRALS = `
  INSERT INTO referrals (id, organisation_id, person_id, source, status, reasons, notes, urgency, complexity, risk_flags,
    referrer_user_id, referrer_name, referrer_organisation, assigned_worker_id, failed_contact_attempts, last_contact_at,
    consent_to_referral, consent_to_data_sharing, consent_recorded_by, consent_recorded_at,
    discharge_outcome, discharge_reason, discharge_summary, discharged_at, created_at, updated_at)
  SELECT p.id, $4::uuid, p.person_id, x.source, p.status,
    CASE WHEN ${fraction('p.h2', 2)} < 0.6 THEN ARRAY[${pick('$6::text[]', fraction('p.h2', 2))}]
      ELSE ARRAY[${pick('$6::text[]', fraction('p.h2', 2))}, ${pick('$6::text[]', fraction('p.h2', 3))}] END,
    CASE WHEN ${fraction('h4', 0)} < 0.4 THEN 'Would benefit from support to get out more.' END,
    ${weighted(fraction('h4', 1), [['routine', 0.8], ['soon', 0.95], ['urgent']], 'urgency')},
    CASE WHEN p.status <> 'received' THEN ${weighted(fraction('h4', 2), [['low', 0.4], ['medium', 0.85], ['high']], 'complexity')} END,
    CASE WHEN ${fraction('h4', 3)} < 0.12 THEN ARRAY['lives_alone']
      WHEN ${fraction('h4', 3)} < 0.15 THEN ARRAY['lives_alone', 'self_neglect']
      WHEN ${fraction('h4', 3)} < 0.17 THEN ARRAY['mental_health_crisis']
      ELSE '{}'::text[] END,
    CASE WHEN x.source = 'gp_practice' THEN $5::uuid END,
    CASE x.source WHEN 'gp_practice' THEN 'Dr Rhys Referrer' WHEN 'agency' THEN 'Brightwater Housing' WHEN 'self' THEN NULL ELSE 'Practice admin' END,
    CASE x.source WHEN 'gp_practice' THEN 'Willow Lane Surgery (demo)' WHEN 'agency' THEN 'Brightwater Housing' END,
    p.worker_id,
    CASE WHEN p.status IN ('allocated', 'not_reached') THEN p.contacts ELSE 0 END,
    CASE WHEN p.status NOT IN ('allocated', 'not_reached') AND p.contacts > 0
      THEN ${intoEpisode('p.contacts::float8 / (p.contacts + 1)')} END,
    true, ${fraction('h5', 0)} < 0.95, $5::uuid, p.created_at,
    CASE WHEN p.status = 'discharged' THEN (ARRAY['goals_met', 'partly_met', 'not_met', 'disengaged', 'moved_away', 'other'])[1 + floor(${fraction('h5', 1)} * 6)::int] END,
    CASE WHEN p.status = 'discharged' THEN 'Goals reviewed together' END,
    CASE WHEN p.status = 'discharged' THEN 'Now goes to the walking group on their own and has a benefits decision.' END,
    CASE WHEN p.status = 'discharged' THEN p.ended_at END,
    p.created_at,
    COALESCE(p.ended_at, ${intoEpisode('0.95')})
  FROM ${PLAN_TABLE} p,
    LATERAL (SELECT ${digest('referral-4', 'p.seq')} AS h4, ${digest('referral-5', 'p.seq')} AS h5) d,
    LATERAL (SELECT ${weighted(fraction('p.h2', 1), [['gp_practice', 0.7], ['agency', 0.85], ['self', 0.95], ['bulk_import', 0.98], ['api']], 'referral_source')} AS source) x
  WHERE ${IN_BATCH}`;

/** Status history: one row per state on the referral's path. $4 demo referrer, $5 demo supervisor. */
export function insertTransitionsSql(): string {
  const rows = Object.entries(STATUS_PATHS).flatMap(([status, path]) =>
    path.map((to, index) => {
      const from = index === 0 ? 'NULL' : `'${path[index - 1]}'`;
      return `('${status}', ${index + 1}, ${path.length}, ${from}, '${to}', '${TRANSITION_REASONS[to] ?? to}')`;
    }),
  );
  return `
    INSERT INTO referral_transitions (id, referral_id, from_status, to_status, actor_user_id, reason, at)
    SELECT ${uuidFrom(digest('transition', 'p.seq', 's.step'))}, p.id, s.from_status::referral_status, s.to_status::referral_status,
      CASE WHEN s.step = 1 THEN $4::uuid WHEN s.to_status IN ('triaged', 'allocated', 'declined') THEN $5::uuid ELSE p.worker_id END,
      s.reason, ${intoEpisode('(s.step - 1)::float8 / s.steps')}
    FROM ${PLAN_TABLE} p
    JOIN (VALUES ${rows.join(', ')}) AS s(status, step, steps, from_status, to_status, reason) ON s.status = p.status::text
    WHERE ${IN_BATCH}`;
}

/** $4 contact notes. */
export const INSERT_CONTACTS = `
  INSERT INTO contacts (id, referral_id, person_id, worker_user_id, occurred_at, mode, successful, duration_minutes, notes, created_at)
  SELECT ${uuidFrom('c.h')}, p.id, p.person_id, p.worker_id, c.at,
    ${weighted(
      fraction('c.h', 1),
      [['phone', 0.45], ['face_to_face', 0.7], ['home_visit', 0.8], ['video', 0.85], ['text', 0.95], ['group']],
      'contact_mode',
    )},
    c.successful,
    CASE WHEN c.successful THEN 10 + floor(${fraction('c.h', 2)} * 50)::int END,
    CASE WHEN NOT c.successful THEN 'No answer; left a message.'
      WHEN ${fraction('c.h', 3)} < 0.7 THEN ${pick('$4::text[]', `(${fraction('c.h', 3)} / 0.7)`)} END,
    c.at
  FROM ${PLAN_TABLE} p
  CROSS JOIN LATERAL generate_series(1, p.contacts) k
  CROSS JOIN LATERAL (
    SELECT h, ${intoEpisode('k::float8 / (p.contacts + 1)')} AS at,
      CASE WHEN p.status IN ('allocated', 'not_reached') THEN false WHEN k = p.contacts THEN true
        ELSE ${fraction('h', 0)} < 0.85 END AS successful
    FROM (SELECT ${digest('contact', 'p.seq', 'k')} AS h) d
  ) c
  WHERE ${IN_BATCH} AND p.contacts > 0`;

/** Which referrals have a care plan: all active ones, some of the others that got going. */
const HAS_PLAN = `(p.status = 'active'
  OR (p.status = 'contacted' AND ${fraction('p.h3', 0)} < 0.5)
  OR (p.status = 'discharged' AND ${fraction('p.h3', 0)} < 0.7)
  OR (p.status = 'withdrawn' AND ${fraction('p.h3', 0)} < 0.3))`;

/** The plan's content as columns `what_matters`, `goals`, `actions`, `review_date`, `version`, `at`. $4 what matters, $5 goals, $6 actions. */
const PLAN_CONTENT = `
  LATERAL (SELECT
    ${pick('$4::text[]', fraction('p.h3', 1))} AS what_matters,
    jsonb_build_array(
      jsonb_build_object('id', 'g1', 'text', ${pick('$5::text[]', fraction('p.h3', 1))}),
      jsonb_build_object('id', 'g2', 'text', ${pick('$5::text[]', fraction('p.h3', 2))})) AS goals,
    (SELECT jsonb_agg(jsonb_build_object(
        'id', 'a' || n,
        'text', ($6::text[])[1 + (floor(${fraction('p.h3', 2)} * cardinality($6::text[]))::int + n) % cardinality($6::text[])],
        'owner', CASE WHEN n = 2 THEN 'Person' ELSE 'Link worker' END,
        'dueDate', to_char(p.created_at + (14 * n) * interval '1 day', 'YYYY-MM-DD'),
        'done', p.ended_at IS NOT NULL OR p.created_at + (14 * n) * interval '1 day' < $1::timestamptz - interval '7 days')
      ORDER BY n) FROM generate_series(1, 3) n) AS actions,
    CASE WHEN p.ended_at IS NULL
      THEN ($1::timestamptz + (floor(${fraction('p.h3', 3)} * 60)::int - 20) * interval '1 day')::date
      ELSE (p.created_at + interval '90 days')::date END AS review_date,
    1 + floor(${fraction('p.h3', 1)} * 3)::int AS version,
    ${intoEpisode('0.35')} AS at) plan`;

export const INSERT_CARE_PLANS = `
  INSERT INTO care_plans (referral_id, version, what_matters, goals, actions, review_date, updated_by, updated_at)
  SELECT p.id, plan.version, plan.what_matters, plan.goals, plan.actions, plan.review_date, p.worker_id, plan.at
  FROM ${PLAN_TABLE} p, ${PLAN_CONTENT}
  WHERE ${IN_BATCH} AND ${HAS_PLAN}`;

export const INSERT_CARE_PLAN_VERSIONS = `
  INSERT INTO care_plan_versions (referral_id, version, snapshot, saved_by, saved_at)
  SELECT p.id, v, jsonb_build_object('whatMatters', plan.what_matters, 'goals', plan.goals, 'actions', plan.actions,
      'reviewDate', plan.review_date),
    p.worker_id, ${intoEpisode('0.1 + 0.25 * v / plan.version')}
  FROM ${PLAN_TABLE} p, ${PLAN_CONTENT}, generate_series(1, plan.version) v
  WHERE ${IN_BATCH} AND ${HAS_PLAN}`;

/** Instruments and timepoints taken, with answer ranges: (instrument, timepoint, share of episode, items, min, max). */
const MEASURE_SCHEDULE = `(VALUES
  ('swemwbs', 'baseline', 0.1, 7, 1, 5), ('ucla3', 'baseline', 0.1, 3, 1, 3), ('ons4', 'baseline', 0.1, 4, 0, 10),
  ('swemwbs', 'discharge', 0.97, 7, 1, 5), ('ucla3', 'discharge', 0.97, 3, 1, 3), ('ons4', 'discharge', 0.97, 4, 0, 10))
  AS m(instrument, timepoint, share, item_count, low, high)`;

/** Baselines for most active and discharged referrals; discharge measures for discharged ones. $4 SWEMWBS metric scores by raw total − 6. */
export const INSERT_OUTCOME_MEASURES = `
  INSERT INTO outcome_measures (id, referral_id, person_id, instrument, timepoint, items, raw_total, metric_score, recorded_by, recorded_at, entered_at)
  SELECT ${uuidFrom('a.h')}, p.id, p.person_id, m.instrument::instrument, m.timepoint::timepoint, a.items,
    CASE WHEN m.instrument <> 'ons4' THEN a.total END,
    CASE WHEN m.instrument = 'swemwbs' THEN ($4::numeric[])[a.total - 6] END,
    p.worker_id, ${intoEpisode('m.share')}, ${intoEpisode('m.share')}
  FROM ${PLAN_TABLE} p
  JOIN ${MEASURE_SCHEDULE} ON m.timepoint = 'baseline' OR p.status = 'discharged'
  CROSS JOIN LATERAL (
    SELECT d.h, array_agg(v ORDER BY i) AS items, sum(v)::int AS total
    FROM (SELECT ${digest('measure', 'p.seq', 'm.instrument', 'm.timepoint')} AS h) d,
      LATERAL (SELECT i, m.low + get_byte(decode(d.h, 'hex'), i - 1) % (m.high - m.low + 1) AS v
        FROM generate_series(1, m.item_count) i) answers
    GROUP BY d.h
  ) a
  WHERE ${IN_BATCH} AND p.status IN ('active', 'discharged') AND ${fraction('p.h3', 3)} < 0.6`;
