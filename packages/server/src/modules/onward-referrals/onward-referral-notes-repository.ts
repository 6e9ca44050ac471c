import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryOrganisations, onwardReferralNotes, referrals, users } from '../../db/schema/index.ts';

/**
 * The conversation on an onward referral, and who to tell about it. Like the rest of the
 * module, nothing here reads `people`: a note is text written by one side for the other.
 */

export type OnwardNoteRow = typeof onwardReferralNotes.$inferSelect;
/** The sides that write notes; the system side never does. */
export type NoteSide = 'requester' | 'provider';

export async function insertOnwardNote(
  db: DbOrTx,
  values: { onwardReferralId: string; side: NoteSide; authorUserId: string; body: string; createdAt: Date },
): Promise<OnwardNoteRow> {
  const [row] = await db.insert(onwardReferralNotes).values(values).returning();
  if (!row) throw new Error('insert returned no onward referral note');
  return row;
}

/** A note with its author's name. */
export interface NamedOnwardNote {
  note: OnwardNoteRow;
  authorName: string | null;
}

/** The whole conversation, oldest first (the id orders notes written in the same instant). */
export async function listOnwardNotes(db: DbOrTx, onwardReferralId: string): Promise<NamedOnwardNote[]> {
  return db
    .select({ note: onwardReferralNotes, authorName: users.displayName })
    .from(onwardReferralNotes)
    .leftJoin(users, eq(users.id, onwardReferralNotes.authorUserId))
    .where(eq(onwardReferralNotes.onwardReferralId, onwardReferralId))
    .orderBy(asc(onwardReferralNotes.createdAt), asc(onwardReferralNotes.id));
}

/** The newest note of each of the given referrals (an inbox page's), by referral id. */
export async function latestNotesOf(
  db: DbOrTx,
  onwardReferralIds: readonly string[],
): Promise<Map<string, { side: NoteSide; at: Date }>> {
  if (onwardReferralIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([onwardReferralNotes.onwardReferralId], {
      onwardReferralId: onwardReferralNotes.onwardReferralId,
      side: onwardReferralNotes.side,
      at: onwardReferralNotes.createdAt,
    })
    .from(onwardReferralNotes)
    .where(and(inArray(onwardReferralNotes.onwardReferralId, [...onwardReferralIds]), ne(onwardReferralNotes.side, 'system')))
    .orderBy(onwardReferralNotes.onwardReferralId, desc(onwardReferralNotes.createdAt), desc(onwardReferralNotes.id));
  return new Map(rows.map((r) => [r.onwardReferralId, { side: r.side as NoteSide, at: r.at }]));
}

/** The link worker the episode is allocated to, if the referral belongs to an episode that has one. */
export async function assignedWorkerOf(db: DbOrTx, referralId: string | null): Promise<string | null> {
  if (!referralId) return null;
  const [row] = await db
    .select({ workerId: referrals.assignedWorkerId })
    .from(referrals)
    .where(eq(referrals.id, referralId))
    .limit(1);
  return row?.workerId ?? null;
}

/** The Kith (VCSE) organisation whose provider users answer for a directory organisation, if linked. */
export async function kithOrganisationOfProvider(db: DbOrTx, directoryOrganisationId: string): Promise<string | null> {
  const [row] = await db
    .select({ kithOrganisationId: directoryOrganisations.kithOrganisationId })
    .from(directoryOrganisations)
    .where(eq(directoryOrganisations.id, directoryOrganisationId))
    .limit(1);
  return row?.kithOrganisationId ?? null;
}
