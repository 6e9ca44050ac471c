import type { TimelineEntry } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { loadPersonFor } from '../../access/person-gate.ts';
import type { Db } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { onwardReferralTimeline } from '../onward-referrals/onward-referral-timeline.ts';
import { personMessageTimeline } from '../person-messages/person-message-timeline.ts';
import { unmetNeedTimeline } from '../unmet-needs/unmet-need-timeline.ts';
import { countTimelineEntries, findNewestTimelineRows } from './person-timeline-repository.ts';
import { newestFirst, toTimelineEntry } from './person-timeline-view.ts';

/**
 * One page of everything that happened to a person, newest first: one query over referrals,
 * status changes, contacts, outcome measures and care plan versions, merged with their onward
 * referrals' events, recorded unmet needs and messages to the person (with their delivery status). Each source gives its newest `page × pageSize`
 * rows, so the merge is exact; a person's history is hundreds of rows, not millions.
 */
export async function personTimeline(
  db: Db,
  ctx: RequestContext,
  personId: string,
  page: PageRequest,
): Promise<Page<TimelineEntry>> {
  const { via } = await loadPersonFor(db, ctx, personId, 'people:read');
  const upTo = offsetOf(page) + page.pageSize;
  const rows = await findNewestTimelineRows(db, personId, upTo);
  const total = await countTimelineEntries(db, personId);
  const entries = [
    ...rows.map(toTimelineEntry),
    ...(await onwardReferralTimeline(db, personId, upTo)),
    ...(await unmetNeedTimeline(db, personId, upTo)),
    ...(await personMessageTimeline(db, personId, upTo)),
  ].sort(newestFirst);
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'person_timeline',
    recordId: personId,
    via,
    detail: { page: page.page },
  });
  const items = entries.slice(offsetOf(page), upTo).map(({ key: _, ...entry }) => entry);
  return pageResult(items, total, page);
}
