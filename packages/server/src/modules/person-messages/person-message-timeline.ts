import { MESSAGE_CHANNEL_LABELS, PERSON_MESSAGE_STATUS_LABELS, type TimelineEntry } from '@kith/shared';
import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { personMessages } from '../../db/schema/index.ts';

const TEMPLATE_TITLES: Record<string, string> = {
  appointment_confirmation: 'appointment confirmation',
  appointment_reminder: 'appointment reminder',
  free_text: 'message',
};

/**
 * The person's newest `limit` messages as timeline entries, at the time each was written, with
 * its delivery status as it stands (queued, delivered, failed…). Ordered as the timeline merges
 * its sources (instant to the millisecond, then the id bytewise), so these are their exact share.
 */
export async function personMessageTimeline(
  db: DbOrTx,
  personId: string,
  limit: number,
): Promise<(TimelineEntry & { key: string })[]> {
  const rows = await db
    .select()
    .from(personMessages)
    .where(eq(personMessages.personId, personId))
    .orderBy(sql`date_trunc('milliseconds', ${personMessages.createdAt}) DESC`, desc(sql`${personMessages.id}::text COLLATE "C"`))
    .limit(limit);
  return rows.map((m) => ({
    at: m.createdAt.toISOString(),
    kind: 'message',
    key: m.id,
    title: `${MESSAGE_CHANNEL_LABELS[m.channel]} (${TEMPLATE_TITLES[m.templateKey] ?? m.templateKey}): ${PERSON_MESSAGE_STATUS_LABELS[m.status]}`,
    detail: m.lastError ? `${m.body}\n\nProblem: ${m.lastError}` : m.body,
    referralId: m.referralId,
    link: null,
  }));
}
