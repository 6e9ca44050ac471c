import { kindIn, kindsReaching, REFERRAL_KIND_SHARES, REFERRAL_KINDS, REFERRAL_PATHS } from './referral-paths.ts';
import { fraction, gaussian, pick, uuidFrom, weighted } from './sql-blocks.ts';
import { stateAtSql } from './state-paths.ts';

/**
 * The referral plan: one row per referral of a batch, with the whole path it will follow and when
 * each step happens, from which every derived table is generated. Where it stands at the anchor
 * ("now") decides its status, so open referrals are simply those whose path has not ended yet.
 */
export const PLAN_TABLE = 'kith_synthetic_referral_plan';

export const CREATE_PLAN = `
  CREATE TABLE ${PLAN_TABLE} (
    seq int PRIMARY KEY,
    id uuid NOT NULL,
    person_id uuid NOT NULL,
    kind text NOT NULL,
    status referral_status NOT NULL,
    worker_id uuid,
    first_worker_id uuid,
    complexity complexity,
    reason1 int NOT NULL,
    reason2 int,
    created_at timestamptz NOT NULL,
    t_triaged timestamptz, t_alloc timestamptz, t_realloc timestamptz, t_contacted timestamptz,
    t_active timestamptz, t_end timestamptz NOT NULL,
    nf int NOT NULL, n_more int NOT NULL, n_after int NOT NULL, n_onward int NOT NULL,
    z float8 NOT NULL, effect float8 NOT NULL,
    h text NOT NULL, h2 text NOT NULL, h3 text NOT NULL, h4 text NOT NULL, h5 text NOT NULL
  )`;

/** Referral volume grows through the three years (the newest months are about 1.6 times the oldest). */
const GROWTH = 0.6;
const DAYS = 1095;

const days = (sql: string) => `(${sql}) * interval '1 day'`;

/**
 * Every layer ends in `OFFSET 0` so PostgreSQL computes it once instead of pulling it up and
 * repeating each expression (md5 digests included) wherever a later layer names it.
 * $1 anchor, $2 first seq, $3 last seq, $4 the PCN's first referral seq, $5 its first person seq,
 * $6 its people, $7 worker slots (uuid[]), $8 reason slots (int[], indexes into the reason list).
 */
export function insertPlanSql(digest: (label: string, ...parts: string[]) => string): string {
  const kinds = REFERRAL_KINDS.reduce<{ list: [string, number?][]; total: number }>(
    (acc, kind) => {
      acc.total += REFERRAL_KIND_SHARES[kind];
      acc.list.push([kind, Math.round(acc.total * 10_000) / 10_000]);
      return acc;
    },
    { list: [], total: 0 },
  ).list;
  kinds[kinds.length - 1] = [REFERRAL_KINDS[REFERRAL_KINDS.length - 1] as string];
  const allocatedKinds = kindIn(kindsReaching('allocated'));
  const contactedKinds = kindIn(kindsReaching('contacted'));
  const activeKinds = kindIn(kindsReaching('active'));
  const endAfter = `CASE t.kind
      WHEN 'closed_in_error' THEN t.created_at + ${days(`0.05 + 2.5 * ${fraction('t.h', 3)}`)}
      WHEN 'declined_at_triage' THEN t.t_triaged + ${days(`2 * ${fraction('t.h', 3)}`)}
      WHEN 'withdrawn_early' THEN t.t_triaged + ${days(`1 + 10 * ${fraction('t.h', 3)}`)}
      WHEN 'not_reached' THEN t.t_base + ${days(`7 + 21 * ${fraction('t.h', 3)}`)}
      WHEN 'declined_after_contact' THEN t.t_contacted + ${days(`1 + 13 * ${fraction('t.h', 3)}`)}
      WHEN 'light_touch' THEN t.t_contacted + ${days(`2 + 19 * ${fraction('t.h', 3)}`)}
      WHEN 'withdrawn_during' THEN t.t_active + ${days(`7 + 80 * ${fraction('t.h', 3)}`)}
      ELSE t.t_active + ${days(`21 + 130 * power(${fraction('t.h', 3)}, 1.5)`)} END`;
  return `
    INSERT INTO ${PLAN_TABLE} (seq, id, person_id, kind, status, worker_id, first_worker_id, complexity, reason1, reason2,
      created_at, t_triaged, t_alloc, t_realloc, t_contacted, t_active, t_end, nf, n_more, n_after, n_onward, z, effect,
      h, h2, h3, h4, h5)
    SELECT e.seq, e.id, e.person_id, e.kind, ${stateAtSql({ paths: REFERRAL_PATHS, kindSql: 'e.kind', anchorSql: '$1::timestamptz', columnPrefix: 'e.' }, 'status')}::referral_status,
      e.worker_id, e.first_worker_id,
      CASE WHEN e.kind <> 'closed_in_error' AND e.t_triaged <= $1::timestamptz
        THEN ${weighted(fraction('e.h4', 3), [['low', 0.4], ['medium', 0.85], ['high']], 'complexity')} END,
      e.reason1, e.reason2, e.created_at, e.t_triaged, e.t_alloc, e.t_realloc, e.t_contacted, e.t_active, e.t_end,
      e.nf, e.n_more, e.n_after, e.n_onward, e.z, e.effect, e.h, e.h2, e.h3, e.h4, e.h5
    FROM (
      SELECT t.*, ${endAfter} AS t_end
      FROM (
        SELECT c.*,
          CASE WHEN c.kind ${activeKinds} THEN c.t_contacted + ${days(`3 + 16 * ${fraction('c.h2', 3)}`)} END AS t_active
        FROM (
          SELECT b.*,
            CASE WHEN b.kind ${contactedKinds}
              THEN b.t_base + ${days(`0.3 + 3.5 * ${fraction('b.h2', 1)} + b.nf * (1 + 2.5 * ${fraction('b.h2', 2)})`)} END AS t_contacted
          FROM (
            SELECT a.*, COALESCE(a.t_realloc, a.t_alloc) AS t_base
            FROM (
              SELECT s.*,
                CASE WHEN s.kind ${allocatedKinds} THEN s.t_triaged + ${days(`0.2 + 12 * power(${fraction('s.h', 2)}, 2)`)} END AS t_alloc,
                CASE WHEN s.kind = 'reallocated'
                  THEN s.t_triaged + ${days(`0.2 + 12 * power(${fraction('s.h', 2)}, 2) + 3 + 10 * ${fraction('s.h3', 0)}`)} END AS t_realloc
              FROM (
                SELECT r.*,
                  CASE WHEN r.kind <> 'closed_in_error' THEN r.created_at + ${days(`0.05 + 3 * power(${fraction('r.h', 1)}, 2)`)} END AS t_triaged
                FROM (
                  SELECT j AS seq, ${uuidFrom(digest('referral-id', 'j'))} AS id,
                    ${uuidFrom(digest('person', '($5::int + (j - $4::int) % $6::int)'))} AS person_id,
                    k.kind, h, h2, h3, h4, h5,
                    CASE WHEN k.kind ${allocatedKinds} THEN ${pick('$7::uuid[]', fraction('h3', 1))} END AS worker_id,
                    CASE WHEN k.kind = 'reallocated' THEN ${pick('$7::uuid[]', fraction('h4', 1))} END AS first_worker_id,
                    ${pick('$8::int[]', fraction('h3', 2))} AS reason1,
                    CASE WHEN ${fraction('h3', 3)} < 0.35 THEN ${pick('$8::int[]', `(${fraction('h3', 3)} / 0.35)`)} END AS reason2,
                    $1::timestamptz - ${days(`${DAYS} * (1 - (sqrt(1 + ${GROWTH * (2 + GROWTH)} * ${fraction('h5', 0)}) - 1) / ${GROWTH})`)} AS created_at,
                    CASE WHEN k.kind = 'not_reached' THEN 3 WHEN k.kind NOT ${contactedKinds} THEN 0
                      WHEN ${fraction('h2', 0)} < 0.6 THEN 0 WHEN ${fraction('h2', 0)} < 0.87 THEN 1 ELSE 2 END AS nf,
                    CASE WHEN k.kind IN ('full', 'reallocated') THEN 5 + floor(16 * ${fraction('h4', 0)})::int
                      WHEN k.kind = 'withdrawn_during' THEN 1 + floor(6 * ${fraction('h4', 0)})::int ELSE 0 END AS n_more,
                    CASE WHEN k.kind IN ('light_touch', 'declined_after_contact') AND ${fraction('h4', 1)} < 0.4 THEN 1 ELSE 0 END AS n_after,
                    CASE WHEN k.kind IN ('full', 'reallocated')
                        THEN (CASE WHEN ${fraction('h4', 2)} < 0.3 THEN 0 WHEN ${fraction('h4', 2)} < 0.72 THEN 1 WHEN ${fraction('h4', 2)} < 0.95 THEN 2 ELSE 3 END)
                      WHEN k.kind = 'withdrawn_during' THEN (CASE WHEN ${fraction('h4', 2)} < 0.5 THEN 0 WHEN ${fraction('h4', 2)} < 0.9 THEN 1 ELSE 2 END)
                      WHEN k.kind = 'light_touch' THEN (CASE WHEN ${fraction('h4', 2)} < 0.4 THEN 0 WHEN ${fraction('h4', 2)} < 0.95 THEN 1 ELSE 2 END)
                      ELSE 0 END AS n_onward,
                    ${gaussian(fraction('h5', 1), fraction('h5', 2))} AS z,
                    0.55 + 0.75 * ${gaussian(fraction('h5', 1), fraction('h5', 2), true)} AS effect
                  FROM generate_series($2::int, $3::int) j,
                    LATERAL (SELECT ${digest('referral', 'j')} AS h, ${digest('referral-2', 'j')} AS h2, ${digest('referral-3', 'j')} AS h3,
                      ${digest('referral-4', 'j')} AS h4, ${digest('referral-5', 'j')} AS h5 OFFSET 0) d,
                    LATERAL (SELECT ${weighted(fraction('h', 0), kinds, 'text')} AS kind OFFSET 0) k
                OFFSET 0) r
              OFFSET 0) s
            OFFSET 0) a
          OFFSET 0) b
        OFFSET 0) c
      OFFSET 0) t
    OFFSET 0) e`;
}
