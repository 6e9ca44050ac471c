import { COMPLEXITY_WEIGHTS, OPEN_CASE_STATUSES } from '@kith/shared';

/**
 * GET /api/dashboard for a link worker, by hand: the plainest SQL that gives the same widget
 * figures, one statement per widget. The session lookup, the organisation subtree and the audit
 * insert are the pathway bench's statements (../pathway/baseline-sql.ts). Parameters are cast
 * explicitly so `pg` and PGlite read them alike. Days are Europe/London days, as the app's.
 */

const OPEN = OPEN_CASE_STATUSES.map((status) => `'${status}'`).join(', ');
const LONDON_DAY = (column: string) => `((${column}) AT TIME ZONE 'Europe/London')::date`;

/** $1 worker, $2 start of today, $3 start of tomorrow (instants): today's appointments, cancelled ones left out. */
export const APPOINTMENTS_TODAY = `
  SELECT a.id, a.referral_id, a.starts_at, a.duration_minutes, a.mode, a.status, p.given_name, p.family_name
  FROM appointments a
  JOIN people p ON p.id = a.person_id
  WHERE a.worker_user_id = $1::uuid AND a.starts_at >= $2::timestamptz AND a.starts_at < $3::timestamptz
    AND a.status <> 'cancelled'
  ORDER BY a.starts_at, a.id`;

/**
 * The task list's counts and first rows in one statement. Generated tasks are worked out from the
 * worker's open cases (next contact, care-plan review, undone plan actions, missing baseline and
 * review measures), their unanswered onward referrals and their supervision, kept when due within
 * the show-ahead window and not completed or snoozed (a `worker_tasks` row with their key); manual
 * tasks are the open, unsnoozed rows.
 *
 * $1 worker, $2 today, $3 first contact within days, $4 contact every days, $5 baseline within
 * days, $6 show-ahead days, $7 acknowledgement business days, $8 bank holidays, $9 supervision due
 * after weeks, $10 task kinds in list order, $11 rows listed.
 */
export const TASKS = `
  WITH cases AS (
    SELECT r.id, r.status, r.last_contact_at, r.created_at, p.given_name || ' ' || p.family_name AS name,
      cp.review_date, cp.actions,
      (SELECT max(t.at) FROM referral_transitions t WHERE t.referral_id = r.id AND t.to_status = 'allocated') AS allocated_at,
      (SELECT max(t.at) FROM referral_transitions t WHERE t.referral_id = r.id AND t.to_status = 'active') AS active_at,
      EXISTS (SELECT 1 FROM outcome_measures m WHERE m.referral_id = r.id AND m.timepoint = 'baseline') AS has_baseline,
      (SELECT max(m.recorded_at) FROM outcome_measures m WHERE m.referral_id = r.id AND m.timepoint = 'review') AS last_review_at
    FROM referrals r
    JOIN people p ON p.id = r.person_id
    LEFT JOIN care_plans cp ON cp.referral_id = r.id
    WHERE r.assigned_worker_id = $1::uuid AND r.status IN (${OPEN})
  ),
  supervision AS (
    SELECT pcn.id AS pcn_id,
      (SELECT max(s.held_on) FROM supervision_sessions s WHERE s.supervisee_user_id = $1::uuid AND s.pcn_id = pcn.id) AS last_on
    FROM (
      SELECT DISTINCT CASE WHEN o.kind = 'pcn' THEN o.id ELSE o.parent_id END AS id
      FROM memberships m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.user_id = $1::uuid AND m.role = 'link_worker'
    ) pcn
    WHERE pcn.id IS NOT NULL
  ),
  generated AS (
    SELECT 'contact_due' AS kind, 'contact_due:' || c.id || ':' || due.due_date AS source_key, due.due_date AS due_on,
      CASE WHEN c.last_contact_at IS NULL THEN 'Make first contact with ' ELSE 'Contact ' END || c.name AS title
    FROM cases c, LATERAL (SELECT CASE WHEN c.last_contact_at IS NULL
      THEN ${LONDON_DAY('coalesce(c.allocated_at, c.created_at)')} + $3::int
      ELSE ${LONDON_DAY('c.last_contact_at')} + $4::int END AS due_date) due
    UNION ALL
    SELECT 'review_due', 'review_due:' || c.id || ':' || c.review_date, c.review_date, 'Review ' || c.name || '''s care plan'
    FROM cases c WHERE c.review_date IS NOT NULL
    UNION ALL
    SELECT 'plan_action',
      'plan_action:' || c.id || ':' || left(regexp_replace(lower(a->>'id'), '[^0-9a-z_]', '_', 'g'), 28) || '-' || (a->>'dueDate'),
      (a->>'dueDate')::date,
      c.name || ': ' || CASE WHEN length(line.text) <= 80 THEN line.text ELSE left(line.text, 79) || '…' END
    FROM cases c, jsonb_array_elements(c.actions) a,
      LATERAL (SELECT btrim(regexp_replace(a->>'text', '\\s+', ' ', 'g')) AS text) line
    WHERE NOT coalesce((a->>'done')::boolean, false) AND coalesce(a->>'dueDate', '') <> ''
    UNION ALL
    SELECT 'measure_due', 'measure_due:' || c.id || ':baseline', ${LONDON_DAY('coalesce(c.active_at, c.created_at)')} + $5::int,
      'Record ' || c.name || '''s baseline outcome measure'
    FROM cases c WHERE c.status = 'active' AND NOT c.has_baseline
    UNION ALL
    SELECT 'measure_due', 'measure_due:' || c.id || ':review-' || c.review_date, c.review_date,
      'Record ' || c.name || '''s review outcome measure'
    FROM cases c
    WHERE c.review_date <= $2::date
      AND NOT (c.last_review_at IS NOT NULL AND ${LONDON_DAY('c.last_review_at')} >= c.review_date - $4::int)
    UNION ALL
    SELECT 'onward_unacknowledged', 'onward_unacknowledged:' || o.id, due.due_date,
      'Chase ' || s.name || ': onward referral for ' || p.given_name || ' ' || p.family_name || ' not acknowledged'
    FROM onward_referrals o
    JOIN people p ON p.id = o.person_id
    JOIN dir_services s ON s.id = o.service_id,
    LATERAL (
      SELECT ${LONDON_DAY(`o.created_at + b.d * interval '24 hours'`)} AS due_date
      FROM (
        SELECT d, count(*) OVER (ORDER BY d) AS n FROM generate_series(1, 60) d
        WHERE extract(isodow FROM (o.created_at AT TIME ZONE 'UTC')::date + d) < 6
          AND NOT ((o.created_at AT TIME ZONE 'UTC')::date + d = ANY($8::date[]))
      ) b
      WHERE b.n = $7::int
    ) due
    WHERE o.organisation_id IN (SELECT m.organisation_id FROM memberships m WHERE m.user_id = $1::uuid)
      AND o.status = 'requested' AND o.requested_by = $1::uuid AND due.due_date <= $2::date
    UNION ALL
    SELECT 'supervision_due', 'supervision_due:' || v.pcn_id || ':' || coalesce(v.last_on::text, 'never'),
      coalesce(v.last_on + $9::int * 7, $2::date),
      CASE WHEN v.last_on IS NULL THEN 'Arrange your first supervision session' ELSE 'Arrange your next supervision session' END
    FROM supervision v WHERE v.last_on IS NULL OR $2::date - v.last_on >= $9::int * 7
  ),
  tasks AS (
    SELECT g.kind, g.due_on, g.title, coalesce(w.id::text, g.source_key) AS tie
    FROM generated g
    LEFT JOIN worker_tasks w ON w.source_key = g.source_key
    WHERE g.due_on <= $2::date + $6::int
      AND (w.id IS NULL OR (w.status = 'open' AND (w.snoozed_until IS NULL OR w.snoozed_until <= $2::date)))
    UNION ALL
    SELECT 'manual', coalesce(w.due_on, $2::date), w.title, w.id::text
    FROM worker_tasks w
    WHERE w.assignee_user_id = $1::uuid AND w.status = 'open' AND w.source = 'manual'
      AND (w.snoozed_until IS NULL OR w.snoozed_until <= $2::date)
  )
  SELECT
    (SELECT count(*) FROM tasks)::int AS open,
    (SELECT count(*) FROM tasks WHERE due_on = $2::date)::int AS due_today,
    (SELECT count(*) FROM tasks WHERE due_on < $2::date)::int AS overdue,
    (SELECT coalesce(json_agg(json_build_object('kind', f.kind, 'dueOn', f.due_on::text, 'title', f.title)), '[]'::json)
     FROM (SELECT * FROM tasks WHERE due_on <= $2::date
           ORDER BY due_on, array_position($10::text[], kind), title, tie LIMIT $11::int) f) AS items`;

const CASE_COLUMNS = `r.id, r.person_id, p.given_name, p.family_name, r.urgency`;

/** $1 worker, $2 organisations in scope, $3 since, $4 rows listed: allocated since and not yet contacted. */
export const NEW_ALLOCATIONS = `
  SELECT ${CASE_COLUMNS}, a.at AS allocated_at, r.last_contact_at, count(*) OVER () AS total
  FROM referrals r
  JOIN people p ON p.id = r.person_id
  JOIN LATERAL (
    SELECT max(t.at) AS at FROM referral_transitions t WHERE t.referral_id = r.id AND t.to_status = 'allocated'
  ) a ON true
  WHERE r.assigned_worker_id = $1::uuid AND r.status = 'allocated' AND r.organisation_id = ANY($2::uuid[])
    AND a.at >= $3::timestamptz
  ORDER BY a.at DESC, r.id
  LIMIT $4::int`;

/** $1 worker, $2 organisations in scope, $3 cutoff, $4 rows listed: open cases not contacted since the cutoff. */
export const NOT_CONTACTED = `
  SELECT ${CASE_COLUMNS}, r.last_contact_at, count(*) OVER () AS total
  FROM referrals r
  JOIN people p ON p.id = r.person_id
  WHERE r.assigned_worker_id = $1::uuid AND r.status IN (${OPEN}) AND r.organisation_id = ANY($2::uuid[])
    AND (r.last_contact_at IS NULL OR r.last_contact_at <= $3::timestamptz)
  ORDER BY r.last_contact_at ASC NULLS FIRST, r.id
  LIMIT $4::int`;

/**
 * $1 worker, $2 organisations in scope, $3 since, $4 rows listed: the worker's onward referrals
 * (for their cases, or sent by them for a person on their caseload) the provider changed since.
 */
export const ONWARD_UPDATES = `
  WITH my_referrals AS (
    SELECT r.id, r.person_id FROM referrals r WHERE r.assigned_worker_id = $1::uuid AND r.organisation_id = ANY($2::uuid[])
  ),
  mine AS (
    SELECT o.id, o.person_id, o.service_id, o.status FROM onward_referrals o
    WHERE o.person_id IN (SELECT person_id FROM my_referrals) AND o.organisation_id = ANY($2::uuid[])
      AND (o.referral_id IN (SELECT id FROM my_referrals) OR o.requested_by = $1::uuid)
  ),
  latest AS (
    SELECT e.onward_referral_id, max(e.at) AS at FROM onward_referral_events e
    WHERE e.onward_referral_id IN (SELECT id FROM mine) AND e.side = 'provider' AND e.at >= $3::timestamptz
    GROUP BY e.onward_referral_id
  )
  SELECT m.id, p.given_name, p.family_name, s.name AS service_name, m.status, l.at, count(*) OVER () AS total
  FROM latest l
  JOIN mine m ON m.id = l.onward_referral_id
  JOIN people p ON p.id = m.person_id
  JOIN dir_services s ON s.id = m.service_id
  ORDER BY l.at DESC, m.id
  LIMIT $4::int`;

const WEIGHT = `CASE r.complexity::text ${Object.entries(COMPLEXITY_WEIGHTS)
  .map(([level, weight]) => `WHEN '${level}' THEN ${weight}`)
  .join(' ')} ELSE 1 END`;

/**
 * $1 worker, $2 organisations in scope, $3 today (UTC date, as the pressure report counts posts):
 * open cases and their complexity-weighted sum, the worker's WTE from current posts (1.0 with
 * none) and the saved pressure settings (null when never saved: the defaults apply).
 */
export const CASELOAD_MEASURE = `
  SELECT count(*)::int AS active_cases, coalesce(sum(${WEIGHT}), 0)::float8 AS weighted_cases,
    (SELECT coalesce(nullif(sum(w.wte), 0), 1) FROM workforce_posts w
     WHERE w.holder_user_id = $1::uuid AND w.start_date <= $3::date AND (w.end_date IS NULL OR w.end_date >= $3::date))::float8 AS wte,
    (SELECT s.pressure FROM report_settings s WHERE s.id = 'default') AS pressure
  FROM referrals r
  WHERE r.assigned_worker_id = $1::uuid AND r.status IN (${OPEN}) AND r.organisation_id = ANY($2::uuid[])`;
