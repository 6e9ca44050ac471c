import type { ReferralStatus } from '@kith/shared';
import { kindIn, kindsReaching, REFERRAL_PATHS } from './referral-paths.ts';
import { PLAN_TABLE } from './referral-plan-sql.ts';
import { fraction, pick, uuidFrom, weighted } from './sql-blocks.ts';
import { type PathRecordsSql, stateAtSql, stepsValuesSql, stepTimeSql } from './state-paths.ts';

/**
 * The tables generated from the referral plan, batch by batch: referrals, their status history,
 * contacts, care plans and outcome measures. $1 is always the anchor ("now" for the data set), $2
 * and $3 the batch's first and last referral sequence numbers.
 */
type Digest = (label: string, ...parts: string[]) => string;

const IN_BATCH = 'p.seq BETWEEN $2::int AND $3::int';
const ANCHOR = '$1::timestamptz';
/** The referral plan rows (`p`), read at the anchor. */
const PLANNED_REFERRALS: PathRecordsSql<ReferralStatus> = {
  paths: REFERRAL_PATHS,
  kindSql: 'p.kind',
  anchorSql: ANCHOR,
  columnPrefix: 'p.',
};
const BASE = 'COALESCE(p.t_realloc, p.t_alloc)';

/**
 * Every contact of a referral that has happened by the anchor, as rows (k, at, successful): failed
 * attempts before the first conversation (three for the not-reached), the first conversation (which
 * makes the referral "contacted"), the second (which makes it "active", as Kith's contact log does),
 * contacts through the support — the last one at discharge — and, after a single conversation,
 * the occasional unanswered follow-up call.
 */
export function contactEventsSql(): string {
  const total = `p.nf + (p.t_contacted IS NOT NULL)::int + (p.t_active IS NOT NULL)::int + p.n_more + p.n_after`;
  return `(
    SELECT k, at, successful FROM (
      SELECT k,
        CASE
          WHEN k <= p.nf AND p.kind = 'not_reached' THEN ${BASE} + (p.t_end - ${BASE}) * (k::float8 / p.nf)
          WHEN k <= p.nf THEN ${BASE} + (p.t_contacted - ${BASE}) * (k::float8 / (p.nf + 1))
          WHEN k = p.nf + 1 THEN p.t_contacted
          WHEN p.t_active IS NOT NULL AND k = p.nf + 2 THEN p.t_active
          WHEN p.t_active IS NOT NULL THEN p.t_active + (p.t_end - p.t_active) * ((k - p.nf - 2)::float8 / p.n_more)
          ELSE p.t_contacted + (p.t_end - p.t_contacted) * ((k - p.nf - 1)::float8 / (p.n_after + 1))
        END AS at,
        CASE
          WHEN k <= p.nf THEN false
          WHEN k = p.nf + 1 THEN true
          WHEN p.t_active IS NOT NULL AND k = p.nf + 2 THEN true
          WHEN p.t_active IS NOT NULL THEN k = ${total} OR get_byte(decode(p.h4, 'hex'), k % 16) < 225
          ELSE false
        END AS successful
      FROM generate_series(1, ${total}) k
      OFFSET 0
    ) e WHERE e.at <= ${ANCHOR})`;
}

/**
 * $4 PCN, $5 the PCN's first supervisor, $6 reason codes, $7 family names (for GP referrers),
 * $8 agencies.
 */
export function insertReferralsSql(digest: Digest): string {
  const status = 'p.status';
  return `
  INSERT INTO referrals (id, organisation_id, person_id, source, status, reasons, notes, urgency, complexity, risk_flags,
    referrer_user_id, referrer_name, referrer_organisation, assigned_worker_id, failed_contact_attempts, last_contact_at,
    consent_to_referral, consent_to_data_sharing, consent_recorded_by, consent_recorded_at,
    discharge_outcome, discharge_reason, discharge_summary, discharged_at, created_at, updated_at)
  SELECT p.id, $4::uuid, p.person_id, x.source, ${status},
    CASE WHEN p.reason2 IS NULL OR p.reason2 = p.reason1 THEN ARRAY[($6::text[])[p.reason1]]
      ELSE ARRAY[($6::text[])[p.reason1], ($6::text[])[p.reason2]] END,
    CASE WHEN ${fraction('h6', 1)} < 0.4 THEN 'Would benefit from support to get out and about more.' END,
    ${weighted(fraction('h6', 2), [['routine', 0.8], ['soon', 0.95], ['urgent']], 'urgency')},
    p.complexity,
    CASE WHEN ${fraction('h6', 3)} < 0.12 THEN ARRAY['lives_alone'] WHEN ${fraction('h6', 3)} < 0.15 THEN ARRAY['lives_alone', 'self_neglect']
      WHEN ${fraction('h6', 3)} < 0.17 THEN ARRAY['mental_health_crisis'] ELSE '{}'::text[] END,
    NULL,
    CASE x.source WHEN 'gp_practice' THEN 'Dr ' || ${pick('$7::text[]', fraction('h7', 0))}
      WHEN 'agency' THEN 'Duty worker' WHEN 'bulk_import' THEN 'Practice administrator' WHEN 'api' THEN 'Integration' END,
    CASE x.source WHEN 'gp_practice' THEN practice.name WHEN 'agency' THEN ${pick('$8::text[]', fraction('h7', 1))}
      WHEN 'bulk_import' THEN practice.name END,
    CASE WHEN ${status} IN ('received', 'triaged') THEN NULL
      WHEN p.kind = 'reallocated' AND p.t_realloc > ${ANCHOR} THEN p.first_worker_id ELSE p.worker_id END,
    COALESCE(ev.failed, 0), ev.last_ok,
    true, ${fraction('h7', 2)} < 0.95, CASE WHEN p.t_triaged <= ${ANCHOR} THEN $5::uuid END, p.created_at,
    CASE WHEN ${status} = 'discharged' AND p.kind = 'light_touch'
        THEN ${weighted(fraction('h7', 3), [['goals_met', 0.55], ['partly_met', 0.8], ['other']], 'text')}
      WHEN ${status} = 'discharged'
        THEN ${weighted(fraction('h7', 3), [['goals_met', 0.45], ['partly_met', 0.75], ['not_met', 0.83], ['disengaged', 0.9], ['moved_away', 0.93], ['other']], 'text')} END,
    CASE WHEN ${status} = 'discharged' THEN ${stateAtSql(PLANNED_REFERRALS, 'reason')} END,
    CASE WHEN ${status} = 'discharged' THEN 'Now goes to a weekly group and has the advice they needed.' END,
    CASE WHEN ${status} = 'discharged' THEN p.t_end END,
    p.created_at,
    GREATEST(${stateAtSql(PLANNED_REFERRALS, 'at')}, ev.last_ok)
  FROM ${PLAN_TABLE} p
  CROSS JOIN LATERAL (SELECT ${digest('referral-6', 'p.seq')} AS h6, ${digest('referral-7', 'p.seq')} AS h7 OFFSET 0) d
  CROSS JOIN LATERAL (SELECT ${weighted(fraction('h6', 0), [['gp_practice', 0.68], ['agency', 0.8], ['self', 0.92], ['bulk_import', 0.95], ['api']], 'referral_source')} AS source OFFSET 0) x
  CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE NOT successful)::int AS failed, max(at) FILTER (WHERE successful) AS last_ok
    FROM ${contactEventsSql()} events) ev
  LEFT JOIN people person ON person.id = p.person_id
  LEFT JOIN organisations practice ON practice.id = person.registered_practice_id
  WHERE ${IN_BATCH}`;
}

/** One status-history row per step that has happened. $4 the PCN's first supervisor (who triages and allocates). */
export function insertTransitionsSql(digest: Digest): string {
  const at = stepTimeSql(REFERRAL_PATHS, 's.at_column', 'p.');
  return `
  INSERT INTO referral_transitions (id, referral_id, from_status, to_status, actor_user_id, reason, at)
  SELECT ${uuidFrom(digest('transition', 'p.seq', 's.step'))}, p.id, s.from_status::referral_status, s.to_status::referral_status,
    CASE WHEN s.step = 1 THEN NULL
      WHEN s.at_column IN ('t_triaged', 't_alloc', 't_realloc') OR p.kind ${kindIn(['closed_in_error', 'declined_at_triage', 'withdrawn_early'])} THEN $4::uuid
      ELSE p.worker_id END,
    s.reason, ${at}
  FROM ${PLAN_TABLE} p
  JOIN ${stepsValuesSql(REFERRAL_PATHS, 's')} ON s.kind = p.kind
  WHERE ${IN_BATCH} AND ${at} <= ${ANCHOR}`;
}

/**
 * Failed attempts are calls or texts; the first conversation is usually a call; later contacts
 * are a mix, face-to-face and home visits lasting longer than calls. $4 contact notes.
 */
export function insertContactsSql(digest: Digest): string {
  const laterModes: [string, number?][] = [
    ['face_to_face', 0.35],
    ['phone', 0.65],
    ['home_visit', 0.78],
    ['group', 0.88],
    ['video', 0.94],
    ['text'],
  ];
  return `
  INSERT INTO contacts (id, referral_id, person_id, worker_user_id, occurred_at, mode, successful, duration_minutes, notes, created_at)
  SELECT ${uuidFrom('c.h')}, p.id, p.person_id, p.worker_id, e.at, m.mode, e.successful,
    CASE WHEN e.successful AND m.mode IN ('phone', 'video', 'text') THEN 10 + floor(${fraction('c.h', 2)} * 25)::int
      WHEN e.successful THEN 30 + floor(${fraction('c.h', 2)} * 60)::int END,
    CASE WHEN NOT e.successful AND m.mode = 'text' THEN 'Texted; no reply yet.'
      WHEN NOT e.successful THEN 'No answer; left a voicemail.'
      WHEN ${fraction('c.h', 3)} < 0.75 THEN ${pick('$4::text[]', `(${fraction('c.h', 3)} / 0.75)`)} END,
    e.at
  FROM ${PLAN_TABLE} p
  CROSS JOIN LATERAL ${contactEventsSql()} e
  CROSS JOIN LATERAL (SELECT ${digest('contact', 'p.seq', 'e.k')} AS h OFFSET 0) c
  CROSS JOIN LATERAL (SELECT (CASE
      WHEN NOT e.successful THEN (CASE WHEN ${fraction('c.h', 1)} < 0.8 THEN 'phone' ELSE 'text' END)
      WHEN e.k = p.nf + 1 THEN (CASE WHEN ${fraction('c.h', 1)} < 0.75 THEN 'phone' ELSE 'face_to_face' END)
      ELSE ${weighted(fraction('c.h', 1), laterModes, 'text')} END)::contact_mode AS mode OFFSET 0) m
  WHERE ${IN_BATCH}`;
}

const HAS_PLAN = `p.t_active <= ${ANCHOR} AND ${fraction('p.h5', 3)} < 0.85`;

/** The plan as columns what_matters, goals, actions, review_date, version, at. $4 what matters, $5 goals, $6 actions. */
const PLAN_CONTENT = `
  LATERAL (SELECT
    ${pick('$4::text[]', fraction('p.h3', 0))} AS what_matters,
    jsonb_build_array(
      jsonb_build_object('id', 'g1', 'text', ${pick('$5::text[]', fraction('p.h3', 1))}),
      jsonb_build_object('id', 'g2', 'text', ${pick('$5::text[]', fraction('p.h3', 2))})) AS goals,
    jsonb_build_array(
      jsonb_build_object('id', 'a1', 'text', ${pick('$6::text[]', fraction('p.h2', 1))}, 'owner', 'Link worker',
        'dueDate', to_char(p.t_active + interval '14 days', 'YYYY-MM-DD'), 'done', p.t_active + interval '14 days' < ${ANCHOR}),
      jsonb_build_object('id', 'a2', 'text', ${pick('$6::text[]', fraction('p.h2', 2))}, 'owner', 'Person',
        'dueDate', to_char(p.t_active + interval '28 days', 'YYYY-MM-DD'), 'done', p.t_active + interval '28 days' < ${ANCHOR})) AS actions,
    (LEAST(p.t_end, p.t_active + interval '90 days'))::date AS review_date,
    1 + floor(${fraction('p.h2', 3)} * 2)::int AS version,
    LEAST(${ANCHOR}, p.t_active + interval '1 day') AS at) plan`;

/** Care plans and their saved versions in one statement, so the plan's content is worked out once. */
export const INSERT_CARE_PLANS = `
  WITH content AS (
    SELECT p.id, p.worker_id, plan.* FROM ${PLAN_TABLE} p, ${PLAN_CONTENT} WHERE ${IN_BATCH} AND ${HAS_PLAN}
  ),
  current_plans AS (
    INSERT INTO care_plans (referral_id, version, what_matters, goals, actions, review_date, updated_by, updated_at)
    SELECT id, version, what_matters, goals, actions, review_date, worker_id, at FROM content
  )
  INSERT INTO care_plan_versions (referral_id, version, snapshot, saved_by, saved_at)
  SELECT c.id, v,
    jsonb_build_object('whatMatters', c.what_matters, 'goals', c.goals, 'actions', c.actions, 'reviewDate', c.review_date),
    c.worker_id, c.at - (c.version - v) * interval '1 hour'
  FROM content c CROSS JOIN LATERAL generate_series(1, c.version) v`;

/**
 * Each item's answer: centre + direction × spread × (the person's wellbeing + their improvement ×
 * progress + noise), rounded into the item's range. People referred start below the population
 * average; three in four improve, by about what published evaluations report. `share` is how many
 * referrals use the instrument; `slot` the fraction of the referral's digest that decides it;
 * direction −1 means lower is better (ONS4 anxiety, UCLA-3).
 */
const INSTRUMENT_ITEMS = {
  ons4: {
    share: 0.8,
    slot: 1,
    low: 0,
    high: 10,
    centres: [4.8, 5.4, 5.0, 5.8],
    spreads: [2.0, 2.0, 2.2, 2.3],
    directions: [1, 1, 1, -1],
  },
  swemwbs: {
    share: 0.7,
    slot: 2,
    low: 1,
    high: 5,
    centres: Array(7).fill(2.75),
    spreads: Array(7).fill(0.7),
    directions: Array(7).fill(1),
  },
  ucla3: {
    share: 0.5,
    slot: 3,
    low: 1,
    high: 3,
    centres: Array(3).fill(2.35),
    spreads: Array(3).fill(0.55),
    directions: Array(3).fill(-1),
  },
};

/** The answers as an int[] (item i's noise from bytes i − 1 and i + 7 of the measure's digest `d.b`). */
function itemsSql(): string {
  const whens = Object.entries(INSTRUMENT_ITEMS).map(([instrument, { low, high, centres, spreads, directions }]) => {
    const items = centres.map((centre, i) => {
      const noise = `((get_byte(d.b, ${i}) + get_byte(d.b, ${i + 8})) / 255.0 - 1.0) * 1.1`;
      const score = `(p.z + p.effect * s.progress + ${noise})`;
      return `LEAST(${high}, GREATEST(${low}, round(${centre} + ${directions[i]} * ${spreads[i]} * ${score})))::int`;
    });
    return `WHEN '${instrument}' THEN ARRAY[${items.join(', ')}]`;
  });
  return `(CASE used.instrument ${whens.join(' ')} END)`;
}

/** The raw total of the answers (none for ONS4, whose items are reported one by one). */
function totalSql(): string {
  const whens = Object.entries(INSTRUMENT_ITEMS)
    .filter(([instrument]) => instrument !== 'ons4')
    .map(([instrument, { centres }]) => `WHEN '${instrument}' THEN ${centres.map((_, i) => `v.items[${i + 1}]`).join(' + ')}`);
  return `(CASE used.instrument ${whens.join(' ')} END)`;
}

const INSTRUMENTS_USED = (h: string) =>
  `(VALUES ${Object.entries(INSTRUMENT_ITEMS)
    .map(([instrument, { share, slot }]) => `('${instrument}', ${fraction(h, slot)} < ${share})`)
    .join(', ')}) AS used(instrument, used)`;

/**
 * When each instrument is used: baseline at the first conversation (most full episodes, fewer
 * short ones), a review half way through some longer ones, and a discharge measure for most
 * people discharged after full support. Columns instrument, timepoint, at, progress.
 */
function measureScheduleSql(): string {
  const full = kindIn(['full', 'reallocated']);
  return `
    LATERAL (SELECT
      (CASE WHEN p.kind ${full} THEN 0.92 WHEN p.kind = 'withdrawn_during' THEN 0.7 WHEN p.kind = 'light_touch' THEN 0.4
        WHEN p.kind = 'declined_after_contact' THEN 0.15 ELSE 0 END) > ${fraction('m.h8', 0)} AS baseline_taken) b
    CROSS JOIN LATERAL ${INSTRUMENTS_USED('m.h8')}
    CROSS JOIN LATERAL (VALUES
      ('baseline', p.t_contacted + interval '1 hour', 0.0::float8, true),
      ('review', p.t_active + (p.t_end - p.t_active) * 0.5, 0.5, p.kind ${kindIn(kindsReaching('active'))} AND ${fraction('m.h9', 0)} < 0.35),
      ('discharge', p.t_end - interval '1 hour', CASE WHEN p.kind = 'light_touch' THEN 0.45 ELSE 1.0 END,
        p.status = 'discharged' AND ((p.kind ${full} AND ${fraction('m.h9', 1)} < 0.82) OR (p.kind = 'light_touch' AND ${fraction('m.h9', 1)} < 0.35)))
    ) AS s(timepoint, at, progress, taken)`;
}

/** $4 SWEMWBS metric scores by raw total − 6. */
export function insertOutcomeMeasuresSql(digest: Digest): string {
  return `
  INSERT INTO outcome_measures (id, referral_id, person_id, instrument, timepoint, items, raw_total, metric_score, recorded_by, recorded_at, entered_at)
  SELECT ${uuidFrom('a.h')}, p.id, p.person_id, used.instrument::instrument, s.timepoint::timepoint, a.items,
    CASE WHEN used.instrument <> 'ons4' THEN a.total END,
    CASE WHEN used.instrument = 'swemwbs' THEN ($4::numeric[])[a.total - 6] END,
    p.worker_id, s.at, s.at
  FROM ${PLAN_TABLE} p
  CROSS JOIN LATERAL (SELECT ${digest('measures', 'p.seq')} AS h8, ${digest('measures-2', 'p.seq')} AS h9 OFFSET 0) m
  CROSS JOIN ${measureScheduleSql()}
  CROSS JOIN LATERAL (SELECT h, decode(h, 'hex') AS b
    FROM (SELECT ${digest('measure', 'p.seq', 'used.instrument', 's.timepoint')} AS h OFFSET 0) x OFFSET 0) d
  CROSS JOIN LATERAL (SELECT ${itemsSql()} AS items OFFSET 0) v
  CROSS JOIN LATERAL (SELECT d.h, v.items, ${totalSql()} AS total OFFSET 0) a
  WHERE ${IN_BATCH} AND p.t_contacted IS NOT NULL AND b.baseline_taken AND used.used AND s.taken AND s.at <= ${ANCHOR}`;
}
