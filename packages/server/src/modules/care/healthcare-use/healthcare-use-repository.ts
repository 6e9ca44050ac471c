import type { HealthcareUseInput } from '@kith/shared';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { healthcareUse, users } from '../../../db/schema/index.ts';

/** The one row of a referral's healthcare use, with who recorded it. */
export interface RecordedHealthcareUse {
  use: typeof healthcareUse.$inferSelect;
  recordedByName: string | null;
}

/** The recorded healthcare use of one referral with who recorded it, or null when none is recorded. */
export async function findHealthcareUse(db: DbOrTx, referralId: string): Promise<RecordedHealthcareUse | null> {
  const [row] = await db
    .select({ use: healthcareUse, recordedByName: users.displayName })
    .from(healthcareUse)
    .leftJoin(users, eq(users.id, healthcareUse.recordedBy))
    .where(eq(healthcareUse.referralId, referralId))
    .limit(1);
  return row ?? null;
}

/** Inserts or replaces the one row of a referral. */
export async function upsertHealthcareUse(
  db: DbOrTx,
  values: HealthcareUseInput & { referralId: string; personId: string; recordedBy: string; recordedAt: Date },
): Promise<void> {
  const { referralId, personId, ...figures } = values;
  await db
    .insert(healthcareUse)
    .values({ referralId, personId, ...figures })
    .onConflictDoUpdate({ target: healthcareUse.referralId, set: figures });
}
