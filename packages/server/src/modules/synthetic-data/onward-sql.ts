import type { TaskStatus } from '@kith/shared';
import { ONWARD_KIND_SHARES, ONWARD_PATHS } from './onward-paths.ts';
import { PLAN_TABLE } from './referral-plan-sql.ts';
import { fraction, uuidFrom, weighted } from './sql-blocks.ts';
import { type PathRecordsSql, stateAtSql, stepsValuesSql, stepTimeSql } from './state-paths.ts';

/**
 * Onward referrals to directory services, planned from the referral plan (most full episodes send
 * one or two, some short ones one) and written with their event history. The service is one that
 * takes referrals through Kith and meets the referral's need, popular services more often.
 */
type Digest = (label: string, ...parts: string[]) => string;

export const ONWARD_PLAN_TABLE = 'kith_synthetic_onward_plan';
/** Services taking referrals through Kith, numbered within the need group they serve (group 0: all of them). */
export const KITH_SERVICES_TABLE = 'kith_synthetic_kith_services';

const ANCHOR = '$1::timestamptz';
/** The onward referral plan rows (`o`), read at the anchor. */
const PLANNED_ONWARD: PathRecordsSql<TaskStatus> = {
  paths: ONWARD_PATHS,
  kindSql: 'o.kind',
  anchorSql: ANCHOR,
  columnPrefix: 'o.',
};

export const CREATE_ONWARD_PLAN = `
  CREATE TABLE ${ONWARD_PLAN_TABLE} (
    seq int NOT NULL, m int NOT NULL, id uuid NOT NULL, referral_id uuid NOT NULL, person_id uuid NOT NULL,
    worker_id uuid NOT NULL, service_id uuid NOT NULL, provider_id uuid NOT NULL, capacity capacity_status NOT NULL,
    kind text NOT NULL,
    sent timestamptz NOT NULL, answer timestamptz NOT NULL, start_at timestamptz NOT NULL, hold timestamptz NOT NULL,
    resume timestamptz NOT NULL, finish timestamptz NOT NULL,
    PRIMARY KEY (seq, m)
  )`;

const days = (sql: string) => `(${sql}) * interval '1 day'`;

/**
 * $1 anchor, $2 first seq, $3 last seq, $4 Kith services per need group (int[], index group + 1),
 * $5 how many referral reasons (groups 1..n).
 */
export function insertOnwardPlanSql(digest: Digest): string {
  let total = 0;
  const kinds: [string, number?][] = Object.entries(ONWARD_KIND_SHARES).map(([kind, share]) => {
    total += share;
    return [kind, Math.round(total * 10_000) / 10_000];
  });
  kinds[kinds.length - 1] = [kinds.at(-1)?.[0] as string];
  const rejectUpTo = `(CASE WHEN k.capacity IN ('waiting_list', 'closed') THEN 0.22 ELSE 0.07 END)`;
  const afterReject = `((${fraction('d.h', 2)} - ${rejectUpTo}) / (1 - ${rejectUpTo}))`;
  return `
    INSERT INTO ${ONWARD_PLAN_TABLE} (seq, m, id, referral_id, person_id, worker_id, service_id, provider_id, capacity, kind,
      sent, answer, start_at, hold, resume, finish)
    SELECT t.seq, t.m, t.id, t.referral_id, t.person_id, t.worker_id, t.service_id, t.provider_id, t.capacity, t.kind,
      t.sent, t.answer, t.start_at, t.hold, t.resume,
      CASE WHEN t.kind LIKE 'paused%' THEN t.resume ELSE t.start_at END + ${days(`14 + 100 * ${fraction('t.h2', 3)}`)}
    FROM (
      SELECT s.*, s.start_at + ${days(`7 + 30 * ${fraction('s.h2', 1)}`)} AS hold,
        s.start_at + ${days(`12 + 30 * ${fraction('s.h2', 1)} + 25 * ${fraction('s.h2', 2)}`)} AS resume
      FROM (
        SELECT a.*, a.answer + ${days(`1 + COALESCE(a.wait_days, 7) * (0.4 + 1.2 * ${fraction('a.h2', 0)})`)} AS start_at
        FROM (
          SELECT p.seq, o.m, ${uuidFrom('d.h')} AS id, p.id AS referral_id, p.person_id, p.worker_id, k.service_id,
            k.provider_id, k.capacity, k.wait_days, d.h, d.h2,
            CASE WHEN ${fraction('d.h', 2)} < ${rejectUpTo} THEN 'rejected' ELSE ${weighted(afterReject, kinds, 'text')} END AS kind,
            o.sent, o.sent + ${days(`0.2 + 8 * power(${fraction('d.h', 3)}, 2)`)} AS answer
          FROM ${PLAN_TABLE} p
          CROSS JOIN LATERAL (
            SELECT m, p.t_contacted + (p.t_end - p.t_contacted) * (0.1 + 0.7 * (m - 0.5) / p.n_onward) AS sent
            FROM generate_series(1, p.n_onward) m
          ) o
          CROSS JOIN LATERAL (SELECT ${digest('onward', 'p.seq', 'o.m')} AS h, ${digest('onward-2', 'p.seq', 'o.m')} AS h2 OFFSET 0) d
          CROSS JOIN LATERAL (
            SELECT CASE WHEN o.m = 1 THEN p.reason1 WHEN o.m = 2 THEN COALESCE(p.reason2, p.reason1)
              ELSE 1 + floor(${fraction('d.h', 0)} * $5::int)::int END AS reason
          ) r
          CROSS JOIN LATERAL (SELECT CASE WHEN ($4::int[])[r.reason + 1] > 0 THEN r.reason ELSE 0 END AS grp) g
          JOIN ${KITH_SERVICES_TABLE} k
            ON k.grp = g.grp AND k.rank = 1 + floor(power(${fraction('d.h', 1)}, 1.7) * ($4::int[])[g.grp + 1])::int
          WHERE p.seq BETWEEN $2::int AND $3::int AND p.t_contacted IS NOT NULL AND o.sent <= ${ANCHOR}
          OFFSET 0) a
        OFFSET 0) s
      OFFSET 0) t`;
}

const BUSINESS_STATUS = (status: string) => `(CASE ${status}
  WHEN 'accepted' THEN (CASE WHEN o.capacity = 'waiting_list' THEN 'on_waiting_list' ELSE 'first_session_booked' END)
  WHEN 'in-progress' THEN 'attending' END)::task_business_status`;

/** $2 the PCN. What the provider sees is a snapshot of the name and phone number, taken when sent. */
export const INSERT_ONWARD_REFERRALS = `
  INSERT INTO onward_referrals (id, organisation_id, person_id, referral_id, service_id, provider_organization_id, status,
    business_status, status_reason, shared_fields, shared, note, consent_recorded_by, consent_recorded_at, requested_by,
    acknowledged_at, version, created_at, updated_at)
  SELECT o.id, $2::uuid, o.person_id, o.referral_id, o.service_id, o.provider_id, x.status::task_status,
    ${BUSINESS_STATUS('x.status')},
    ${stateAtSql(PLANNED_ONWARD, 'reason')},
    ARRAY['name', 'phone'],
    jsonb_build_object('name', person.given_name || ' ' || person.family_name, 'phone', COALESCE(person.phone, 'Not recorded')),
    '', o.worker_id, o.sent, o.worker_id,
    CASE WHEN o.kind <> 'cancelled_waiting' AND o.answer <= ${ANCHOR} THEN o.answer END,
    ${stateAtSql(PLANNED_ONWARD, 'steps')},
    o.sent, ${stateAtSql(PLANNED_ONWARD, 'at')}
  FROM ${ONWARD_PLAN_TABLE} o
  JOIN people person ON person.id = o.person_id
  CROSS JOIN LATERAL (SELECT ${stateAtSql(PLANNED_ONWARD, 'status')} AS status OFFSET 0) x`;

export function insertOnwardEventsSql(digest: Digest): string {
  const at = stepTimeSql(ONWARD_PATHS, 's.at_column', 'o.');
  return `
  INSERT INTO onward_referral_events (id, onward_referral_id, from_status, to_status, business_status, reason, side, actor_user_id, at)
  SELECT ${uuidFrom(digest('onward-event', 'o.seq', 'o.m', 's.step'))}, o.id, s.from_status::task_status, s.to_status::task_status,
    ${BUSINESS_STATUS('s.to_status')}, s.reason, s.side::task_side,
    CASE WHEN s.side = 'requester' THEN o.worker_id END, ${at}
  FROM ${ONWARD_PLAN_TABLE} o
  JOIN ${stepsValuesSql(ONWARD_PATHS, 's')} ON s.kind = o.kind
  WHERE ${at} <= ${ANCHOR}`;
}
