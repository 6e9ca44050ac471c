import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { referralReasons } from '../../db/schema/index.ts';

export type ReferralReasonRow = typeof referralReasons.$inferSelect;

/** The reasons referrers may choose, in the order forms offer them. */
export async function activeReasons(db: DbOrTx): Promise<ReferralReasonRow[]> {
  return db
    .select()
    .from(referralReasons)
    .where(eq(referralReasons.active, true))
    .orderBy(asc(referralReasons.sortOrder), asc(referralReasons.label));
}

/** Which of `codes` are active reasons. */
export async function activeReasonCodesAmong(db: DbOrTx, codes: string[]): Promise<Set<string>> {
  const rows = await db
    .select({ code: referralReasons.code })
    .from(referralReasons)
    .where(and(inArray(referralReasons.code, codes), eq(referralReasons.active, true)));
  return new Set(rows.map((r) => r.code));
}

export async function findReason(db: DbOrTx, code: string): Promise<ReferralReasonRow | undefined> {
  const [row] = await db.select().from(referralReasons).where(eq(referralReasons.code, code));
  return row;
}

export async function insertReason(
  tx: DbOrTx,
  values: { code: string; label: string; snomedCode: string | null },
): Promise<ReferralReasonRow> {
  const [row] = await tx.insert(referralReasons).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
