import { REFERRAL_STATUS_LABELS, type ReferralStatus, type TimelineEntry } from '@kith/shared';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import { assertInScope, scopeFor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { onwardReferralTimeline } from '../onward-referrals/onward-referral-timeline.ts';
import { unmetNeedTimeline } from '../unmet-needs/unmet-need-timeline.ts';
import { findPerson } from './person-repository.ts';

interface TimelineRow extends Record<string, unknown> {
  at: string | Date;
  kind: TimelineEntry['kind'];
  key: string;
  referral_id: string;
  a: string | null;
  b: string | null;
}

/** A timeline entry with the unique key that orders equal instants the same way on every page. */
export type KeyedTimelineEntry = TimelineEntry & { key: string };

/**
 * The timeline's one order, newest first: the instant (to the millisecond, as the API shows it),
 * then kind, then a unique key, compared bytewise. Each source query orders the same way
 * (`COLLATE "C"`), so its first rows are exactly its share of any page.
 */
export function newestFirst(a: KeyedTimelineEntry, b: KeyedTimelineEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? 1 : -1;
  return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
}

/**
 * One page of everything that happened to a person, newest first: one query over referrals,
 * status changes, contacts, outcome measures and care plan versions, merged with their onward
 * referrals' events and recorded unmet needs. Each source gives its newest `page × pageSize`
 * rows, so the merge is exact; a person's history is hundreds of rows, not millions.
 */
export async function personTimeline(
  db: Db,
  ctx: RequestContext,
  personId: string,
  page: PageRequest,
): Promise<Page<TimelineEntry>> {
  const scope = await scopeFor(db, ctx, 'people:read');
  const person = await findPerson(db, personId);
  if (!person) throw notFound('Person');
  assertInScope(scope, person.organisationId, 'Person');
  const upTo = offsetOf(page) + page.pageSize;
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
    LIMIT ${upTo}`);
  const [counted] = (
    await db.execute<{ n: number }>(sql`
      SELECT ((SELECT count(*) FROM referrals WHERE person_id = ${personId})
        + (SELECT count(*) FROM referral_transitions t JOIN referrals r ON r.id = t.referral_id WHERE r.person_id = ${personId})
        + (SELECT count(*) FROM contacts WHERE person_id = ${personId})
        + (SELECT count(*) FROM outcome_measures WHERE person_id = ${personId})
        + (SELECT count(*) FROM care_plan_versions v JOIN referrals r ON r.id = v.referral_id WHERE r.person_id = ${personId})
        + (SELECT count(*) FROM onward_referral_events e JOIN onward_referrals o ON o.id = e.onward_referral_id
           WHERE o.person_id = ${personId})
        + (SELECT count(*) FROM unmet_needs WHERE person_id = ${personId}))::int AS n`)
  ).rows;
  const entries = [
    ...result.rows.map(toEntry),
    ...(await onwardReferralTimeline(db, personId, upTo)),
    ...(await unmetNeedTimeline(db, personId, upTo)),
  ].sort(newestFirst);
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'person_timeline',
    recordId: personId,
    via: scope.via,
    detail: { page: page.page },
  });
  const items = entries.slice(offsetOf(page), upTo).map(({ key: _, ...entry }) => entry);
  return pageResult(items, Number(counted?.n ?? 0), page);
}

function toEntry(row: TimelineRow): KeyedTimelineEntry {
  const at = new Date(row.at).toISOString();
  const base = { at, kind: row.kind, key: row.key, referralId: row.referral_id };
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
