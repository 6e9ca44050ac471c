import type { TimelineEntry } from '@kith/shared';
import type { DbOrTx } from '../../db/client.ts';
import { listNewestForPerson } from './unmet-need-repository.ts';
import { toUnmetNeedTimelineEntry } from './unmet-need-view.ts';

/** The person's newest `limit` recorded unmet needs as timeline entries, ordered as the timeline merges them. */
export async function unmetNeedTimeline(
  db: DbOrTx,
  personId: string,
  limit: number,
): Promise<(TimelineEntry & { key: string })[]> {
  return (await listNewestForPerson(db, personId, limit)).map(toUnmetNeedTimelineEntry);
}
