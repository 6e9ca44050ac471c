import { type TimelineEntry, UNMET_NEED_REASON_LABELS } from '@kith/shared';
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryTaxonomyTerms, unmetNeeds } from '../../db/schema/index.ts';

/** The person's recorded unmet needs as timeline entries, newest first. */
export async function unmetNeedTimeline(db: DbOrTx, personId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await db
    .select({ need: unmetNeeds, needName: directoryTaxonomyTerms.name })
    .from(unmetNeeds)
    .innerJoin(directoryTaxonomyTerms, eq(directoryTaxonomyTerms.id, unmetNeeds.needTermId))
    .where(eq(unmetNeeds.personId, personId))
    .orderBy(desc(unmetNeeds.recordedAt))
    .limit(limit);
  return rows.map(({ need, needName }) => ({
    at: need.recordedAt.toISOString(),
    kind: 'unmet_need' as const,
    title: `Unmet need: ${needName} (${UNMET_NEED_REASON_LABELS[need.reason].toLowerCase()})`,
    detail: [`Area: ${need.area}`, need.note].filter(Boolean).join('\n'),
    referralId: null,
    link: null,
  }));
}
