import { type TimelineEntry, UNMET_NEED_REASON_LABELS } from '@kith/shared';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryTaxonomyTerms, unmetNeeds } from '../../db/schema/index.ts';

/** The person's newest `limit` recorded unmet needs as timeline entries, ordered as the timeline merges them. */
export async function unmetNeedTimeline(
  db: DbOrTx,
  personId: string,
  limit: number,
): Promise<(TimelineEntry & { key: string })[]> {
  const rows = await db
    .select({ need: unmetNeeds, needName: directoryTaxonomyTerms.name })
    .from(unmetNeeds)
    .innerJoin(directoryTaxonomyTerms, eq(directoryTaxonomyTerms.id, unmetNeeds.needTermId))
    .where(eq(unmetNeeds.personId, personId))
    .orderBy(sql`date_trunc('milliseconds', ${unmetNeeds.recordedAt}) DESC`, sql`${unmetNeeds.id} DESC`)
    .limit(limit);
  return rows.map(({ need, needName }) => ({
    at: need.recordedAt.toISOString(),
    kind: 'unmet_need' as const,
    key: need.id,
    title: `Unmet need: ${needName} (${UNMET_NEED_REASON_LABELS[need.reason].toLowerCase()})`,
    detail: [`Area: ${need.area}`, need.note].filter(Boolean).join('\n'),
    referralId: null,
    link: null,
  }));
}
