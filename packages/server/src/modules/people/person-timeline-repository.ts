import type { TimelineEntry } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

/**
 * The person timeline's own sources, in one query: referrals, status changes, contacts, outcome
 * measures and care plan versions. Onward referrals and unmet needs come from their modules.
 */

export interface TimelineRow extends Record<string, unknown> {
  at: string | Date;
  kind: TimelineEntry['kind'];
  key: string;
  referral_id: string;
  a: string | null;
  b: string | null;
}

/**
 * The person's newest `limit` entries from these sources, in the timeline's one order
 * (`newestFirst` in `person-timeline-view.ts`), so they are exactly their share of any page.
 */
export async function findNewestTimelineRows(db: DbOrTx, personId: string, limit: number): Promise<TimelineRow[]> {
  const result = await db.execute<TimelineRow>(sql`
    SELECT * FROM (
      SELECT r.created_at AS at, 'referral' AS kind, r.id::text AS key, r.id AS referral_id, r.source::text AS a,
        array_to_string(r.reasons, ', ') AS b
        FROM referrals r WHERE r.person_id = ${personId}
      UNION ALL
      SELECT t.at, 'status', t.id::text, t.referral_id, t.to_status::text, t.reason
        FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id WHERE r.person_id = ${personId}
      UNION ALL
      SELECT c.occurred_at, 'contact', c.id::text, c.referral_id,
        c.mode::text || CASE WHEN c.successful THEN '' ELSE ':failed' END, c.notes
        FROM contacts c WHERE c.person_id = ${personId}
      UNION ALL
      SELECT m.recorded_at, 'measure', m.id::text, m.referral_id, m.instrument::text || ':' || m.timepoint::text,
        COALESCE(m.metric_score::text, m.raw_total::text)
        FROM outcome_measures m WHERE m.person_id = ${personId}
      UNION ALL
      SELECT v.saved_at, 'care_plan', v.referral_id::text || ':' || lpad(v.version::text, 10, '0'), v.referral_id,
        v.version::text, NULL
        FROM care_plan_versions v JOIN referrals r ON r.id = v.referral_id WHERE r.person_id = ${personId}
    ) entries
    ORDER BY date_trunc('milliseconds', at) DESC, kind COLLATE "C" DESC, key COLLATE "C" DESC
    LIMIT ${limit}`);
  return result.rows;
}

/** How many entries the whole timeline holds, its onward referral events, unmet needs and messages included. */
export async function countTimelineEntries(db: DbOrTx, personId: string): Promise<number> {
  const [counted] = (
    await db.execute<{ n: number }>(sql`
      SELECT ((SELECT count(*) FROM referrals WHERE person_id = ${personId})
        + (SELECT count(*) FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id WHERE r.person_id = ${personId})
        + (SELECT count(*) FROM contacts WHERE person_id = ${personId})
        + (SELECT count(*) FROM outcome_measures WHERE person_id = ${personId})
        + (SELECT count(*) FROM care_plan_versions v JOIN referrals r ON r.id = v.referral_id WHERE r.person_id = ${personId})
        + (SELECT count(*) FROM onward_referral_events e JOIN onward_referrals o ON o.id = e.onward_referral_id
           WHERE o.person_id = ${personId})
        + (SELECT count(*) FROM unmet_needs WHERE person_id = ${personId})
        + (SELECT count(*) FROM person_messages WHERE person_id = ${personId}))::int AS n`)
  ).rows;
  return Number(counted?.n ?? 0);
}
