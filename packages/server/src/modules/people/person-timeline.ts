import { REFERRAL_STATUS_LABELS, type ReferralStatus, type TimelineEntry } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { onwardReferralTimeline } from '../onward-referrals/onward-referral-timeline.ts';
import { unmetNeedTimeline } from '../unmet-needs/unmet-need-timeline.ts';
import { findPerson } from './person-repository.ts';

interface TimelineRow extends Record<string, unknown> {
  at: string | Date;
  kind: TimelineEntry['kind'];
  referral_id: string;
  a: string | null;
  b: string | null;
}

const TIMELINE_LIMIT = 500;

/**
 * Everything that happened to a person, newest first: one query over referrals, status
 * changes, contacts, outcome measures and care plan versions, merged with their onward
 * referrals' events and recorded unmet needs.
 */
export async function personTimeline(db: Db, ctx: RequestContext, personId: string): Promise<TimelineEntry[]> {
  const scope = await scopeFor(db, ctx, 'people:read');
  const person = await findPerson(db, personId);
  if (!person) throw notFound('Person');
  assertInScope(scope, person.organisationId, 'Person');
  const result = await db.execute<TimelineRow>(sql`
    SELECT r.created_at AS at, 'referral' AS kind, r.id AS referral_id, r.source::text AS a, array_to_string(r.reasons, ', ') AS b
      FROM referrals r WHERE r.person_id = ${personId}
    UNION ALL
    SELECT t.at, 'status', t.referral_id, t.to_status::text, t.reason
      FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id WHERE r.person_id = ${personId}
    UNION ALL
    SELECT c.occurred_at, 'contact', c.referral_id, c.mode::text || CASE WHEN c.successful THEN '' ELSE ':failed' END, c.notes
      FROM contacts c WHERE c.person_id = ${personId}
    UNION ALL
    SELECT m.recorded_at, 'measure', m.referral_id, m.instrument::text || ':' || m.timepoint::text,
      COALESCE(m.metric_score::text, m.raw_total::text)
      FROM outcome_measures m WHERE m.person_id = ${personId}
    UNION ALL
    SELECT v.saved_at, 'care_plan', v.referral_id, v.version::text, NULL
      FROM care_plan_versions v JOIN referrals r ON r.id = v.referral_id WHERE r.person_id = ${personId}
    ORDER BY 1 DESC
    LIMIT ${TIMELINE_LIMIT}`);
  const entries = [
    ...result.rows.map(toEntry),
    ...(await onwardReferralTimeline(db, personId, TIMELINE_LIMIT)),
    ...(await unmetNeedTimeline(db, personId, TIMELINE_LIMIT)),
  ];
  await recordAudit(db, ctx, { action: 'read', recordType: 'person_timeline', recordId: personId, via: scope.via });
  // ISO instants in UTC sort as strings.
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, TIMELINE_LIMIT);
}

function toEntry(row: TimelineRow): TimelineEntry {
  const at = new Date(row.at).toISOString();
  const base = { at, kind: row.kind, referralId: row.referral_id };
  switch (row.kind) {
    case 'referral':
      return { ...base, title: `Referred (${row.a?.replace('_', ' ')})`, detail: row.b };
    case 'status':
      return { ...base, title: `Status: ${REFERRAL_STATUS_LABELS[row.a as ReferralStatus] ?? row.a}`, detail: row.b };
    case 'contact': {
      const [mode, failed] = (row.a ?? '').split(':');
      return {
        ...base,
        title: failed ? `Failed contact attempt (${mode?.replace('_', ' ')})` : `Contact (${mode?.replace('_', ' ')})`,
        detail: row.b,
      };
    }
    case 'measure': {
      const [instrument, timepoint] = (row.a ?? '').split(':');
      return { ...base, title: `${instrument?.toUpperCase()} recorded (${timepoint})`, detail: row.b ? `Score ${row.b}` : null };
    }
    default:
      return { ...base, title: `Care plan saved (version ${row.a})`, detail: null };
  }
}
