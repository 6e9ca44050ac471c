/**
 * The baselines: plain SQL, written by hand from reading what the services do, for the same
 * work the API does per request. Statements travel one by one (the same round trips as the app)
 * with parameters; nothing here goes through Drizzle, Fastify or Kith's services.
 */

/** The auth hook's one round trip on every authenticated request: session, user and memberships. */
export const SESSION_ACTOR = `
  SELECT s.user_id, s.csrf_token, s.last_seen_at, s.expires_at, u.email, u.display_name,
    COALESCE((
      SELECT json_agg(json_build_object('organisationId', m.organisation_id, 'organisationName', o.name,
        'organisationKind', o.kind, 'role', m.role) ORDER BY o.name, m.role)
      FROM memberships m
      JOIN organisations o ON o.id = m.organisation_id AND o.active
      WHERE m.user_id = s.user_id
    ), '[]'::json) AS memberships
  FROM sessions s
  JOIN users u ON u.id = s.user_id AND u.active
  WHERE s.token_hash = $1`;

/**
 * GET /api/caseload: the worker's open cases with the person's name and the care plan. The
 * service sorts by urgency then name in JavaScript; here the database sorts.
 */
export const CASELOAD = `
  SELECT r.*, p.given_name, p.family_name,
    cp.version AS plan_version, cp.what_matters, cp.goals, cp.actions, cp.review_date,
    cp.updated_by AS plan_updated_by, cp.updated_at AS plan_updated_at
  FROM referrals r
  JOIN people p ON p.id = r.person_id
  LEFT JOIN care_plans cp ON cp.referral_id = r.id
  WHERE r.assigned_worker_id = $1 AND r.status IN ('allocated', 'contacted', 'active')
  ORDER BY CASE r.urgency WHEN 'urgent' THEN 0 WHEN 'soon' THEN 1 ELSE 2 END, p.given_name, p.family_name`;

/** The organisations a membership reaches: its own and everything below it. */
export const ORGANISATION_SUBTREE = `
  WITH RECURSIVE subtree(id) AS (
    SELECT id FROM organisations WHERE id = $1
    UNION
    SELECT child.id FROM organisations child JOIN subtree ON child.parent_id = subtree.id
  )
  SELECT id FROM subtree`;

export const PERSON_BY_ID = 'SELECT * FROM people WHERE id = $1 LIMIT 1';

/** GET /api/people/:id/timeline: five kinds of event about one person, newest first, one page. */
export const PERSON_TIMELINE = `
  SELECT r.created_at AS at, 'referral' AS kind, r.id AS referral_id, r.source::text AS a,
    array_to_string(r.reasons, ', ') AS b
  FROM referrals r WHERE r.person_id = $1
  UNION ALL
  SELECT t.at, 'status', t.referral_id, t.to_status::text, t.reason
  FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id WHERE r.person_id = $1
  UNION ALL
  SELECT c.occurred_at, 'contact', c.referral_id,
    c.mode::text || CASE WHEN c.successful THEN '' ELSE ':failed' END, c.notes
  FROM contacts c WHERE c.person_id = $1
  UNION ALL
  SELECT m.recorded_at, 'measure', m.referral_id, m.instrument::text || ':' || m.timepoint::text,
    COALESCE(m.metric_score::text, m.raw_total::text)
  FROM outcome_measures m WHERE m.person_id = $1
  UNION ALL
  SELECT v.saved_at, 'care_plan', v.referral_id, v.version::text, NULL
  FROM care_plan_versions v JOIN referrals r ON r.id = v.referral_id WHERE r.person_id = $1
  ORDER BY 1 DESC
  LIMIT 500`;

/** One audit event, as every read and write of personal data records. */
export const AUDIT_EVENT = `
  INSERT INTO audit_events (actor_user_id, actor_role, actor_organisation_id, action, record_type, record_id, request_id, detail)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)`;

// ---- POST /api/referrals: the rows one referral of a new person writes ----

export const INSERT_PERSON = `
  INSERT INTO people (organisation_id, nhs_number, given_name, family_name, date_of_birth, sex, address_line_1, town,
    postcode, phone, preferred_contact_method, registered_practice_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  RETURNING *`;

export const INSERT_REFERRAL = `
  INSERT INTO referrals (organisation_id, person_id, source, reasons, notes, urgency, referrer_user_id, referrer_name,
    referrer_organisation, consent_to_referral, consent_to_data_sharing, consent_recorded_by)
  VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, $10, $11, $12)
  RETURNING *`;

export const INSERT_RECEIVED_TRANSITION = `
  INSERT INTO referral_transitions (referral_id, from_status, to_status, actor_user_id, reason)
  VALUES ($1, 'received', 'received', $2, 'Referral received')
  RETURNING at`;

export const INSERT_IDEMPOTENCY_KEY = `
  INSERT INTO idempotency_keys (scope, key, request_hash, status_code, response_body)
  VALUES ($1, $2, $3, 201, $4::jsonb)`;

export const REFERRAL_REASONS = 'SELECT code, label, snomed_code FROM referral_reasons';
