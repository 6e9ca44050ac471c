import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { directoryServices, onwardReferrals } from '../../db/schema/index.ts';
import type { OnwardReferralRow } from './onward-referral-repository.ts';

/**
 * Marks the reminder raised if the onward referral is still requested and not yet reminded — a
 * compare-and-set, so only one caller ever gets the row back; undefined for everyone else.
 */
export async function markReminderRaisedIfUnanswered(
  db: DbOrTx,
  onwardReferralId: string,
  at: Date,
): Promise<OnwardReferralRow | undefined> {
  const [raised] = await db
    .update(onwardReferrals)
    .set({ reminderRaisedAt: at })
    .where(
      and(
        eq(onwardReferrals.id, onwardReferralId),
        eq(onwardReferrals.status, 'requested'),
        isNull(onwardReferrals.reminderRaisedAt),
      ),
    )
    .returning();
  return raised;
}

export async function findServiceName(db: DbOrTx, serviceId: string): Promise<string | undefined> {
  const [service] = await db
    .select({ name: directoryServices.name })
    .from(directoryServices)
    .where(eq(directoryServices.id, serviceId));
  return service?.name;
}
