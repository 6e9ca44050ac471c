import { PLAN_TABLE } from './referral-plan-sql.ts';
import { fraction, pick, uuidFrom, weighted } from './sql-blocks.ts';

/**
 * What reports read beyond the pathway: GP consultations and A&E attendances around a referral
 * (the health-system part of the outcomes framework) and needs nothing could meet.
 * $1 anchor, $2 first seq, $3 last seq.
 */
type Digest = (label: string, ...parts: string[]) => string;

const IN_BATCH = 'p.seq BETWEEN $2::int AND $3::int';
const ANCHOR = '$1::timestamptz';

/**
 * Recorded for about 60 % of discharged referrals, from the GP record. People referred are often
 * frequent attenders; on average they attend somewhat less afterwards, with wide spread. "After"
 * cannot be known until six months after the referral, and every column is sometimes missing
 * (A&E more often), so reports have completeness to show.
 */
export function insertHealthcareUseSql(digest: Digest): string {
  const afterKnown = `p.created_at + interval '183 days' <= ${ANCHOR}`;
  return `
  INSERT INTO healthcare_use (referral_id, person_id, gp_consultations_before, gp_consultations_after,
    ae_attendances_before, ae_attendances_after, recorded_by, recorded_at)
  SELECT p.id, p.person_id,
    CASE WHEN ${fraction('d.h', 0)} >= 0.08 THEN u.gp_before END,
    CASE WHEN ${afterKnown} AND ${fraction('d.h', 1)} >= 0.12 THEN round(u.gp_before * (0.45 + 0.7 * ${fraction('d.h', 2)}))::int END,
    CASE WHEN ${fraction('d.h', 3)} >= 0.22 THEN u.ae_before END,
    CASE WHEN ${afterKnown} AND ${fraction('d.h2', 0)} >= 0.3 THEN round(u.ae_before * (0.35 + 0.8 * ${fraction('d.h2', 1)}))::int END,
    p.worker_id, LEAST(${ANCHOR}, GREATEST(p.t_end, p.created_at + interval '183 days'))
  FROM ${PLAN_TABLE} p
  CROSS JOIN LATERAL (SELECT ${digest('healthcare-use', 'p.seq')} AS h, ${digest('healthcare-use-2', 'p.seq')} AS h2 OFFSET 0) d
  CROSS JOIN LATERAL (SELECT floor(-ln(1 - ${fraction('d.h2', 2)}) * 5.5)::int AS gp_before,
    floor(-ln(1 - ${fraction('d.h2', 3)}) * 0.8)::int AS ae_before OFFSET 0) u
  WHERE ${IN_BATCH} AND p.status = 'discharged' AND ${fraction('p.h5', 3)} < 0.6`;
}

const UNMET_REASONS: [string, number?][] = [
  ['no_service', 0.3],
  ['full', 0.55],
  ['too_far', 0.7],
  ['cost', 0.8],
  ['not_eligible', 0.88],
  ['waiting_too_long'],
];

/**
 * About one in eight longer episodes and one in sixteen short ones record a need nothing could
 * meet: usually the need behind the referral. $4 the PCN, $5 its areas, $6 need term per reason
 * (text[] of ids, '' where the taxonomy has none), $7 every child need term.
 */
export function insertUnmetNeedsSql(digest: Digest): string {
  return `
  INSERT INTO unmet_needs (id, organisation_id, person_id, need_term_id, area, reason, note, recorded_by, recorded_at)
  SELECT ${uuidFrom('d.h')}, $4::uuid, p.person_id,
    (CASE WHEN ${fraction('d.h', 0)} < 0.7 AND ($6::text[])[p.reason1] <> '' THEN ($6::text[])[p.reason1]
      ELSE ${pick('$7::text[]', fraction('d.h', 1))} END)::uuid,
    ${pick('$5::text[]', fraction('d.h', 2))},
    ${weighted(fraction('d.h', 3), UNMET_REASONS, 'unmet_need_reason')},
    '', p.worker_id, p.t_contacted + (LEAST(p.t_end, ${ANCHOR}) - p.t_contacted) * 0.3
  FROM ${PLAN_TABLE} p
  CROSS JOIN LATERAL (SELECT ${digest('unmet-need', 'p.seq')} AS h, ${digest('unmet-need-2', 'p.seq')} AS h2 OFFSET 0) d
  WHERE ${IN_BATCH} AND p.t_contacted <= ${ANCHOR} AND cardinality($7::text[]) > 0
    AND ${fraction('d.h2', 0)} < (CASE WHEN p.kind IN ('full', 'reallocated', 'withdrawn_during') THEN 0.12
      WHEN p.kind = 'light_touch' THEN 0.06 ELSE 0 END)`;
}
