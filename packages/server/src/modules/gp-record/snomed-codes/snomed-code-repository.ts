import type { SnomedCodeUse } from '@kith/shared';
import { and, asc, desc, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { snomedCodes } from '../../../db/schema/index.ts';

export type SnomedCodeRow = typeof snomedCodes.$inferSelect;

/**
 * Uses many codes may share. Every other use is an ending or the take-up, which the message
 * back codes with exactly one concept, so at most one active code each (the database's partial
 * unique index `snomed_codes_one_active_per_ending` says the same).
 */
const SHARED_USES: readonly SnomedCodeUse[] = ['referral_reason', 'other'];

export function isSingleCodeUse(use: SnomedCodeUse): boolean {
  return !SHARED_USES.includes(use);
}

/** Every code: active first, then by use and term. */
export async function listSnomedCodes(db: DbOrTx): Promise<SnomedCodeRow[]> {
  return db.select().from(snomedCodes).orderBy(desc(snomedCodes.active), asc(snomedCodes.use), asc(snomedCodes.term));
}

export async function findSnomedCode(db: DbOrTx, code: string): Promise<SnomedCodeRow | undefined> {
  const [row] = await db.select().from(snomedCodes).where(eq(snomedCodes.code, code)).limit(1);
  return row;
}

/** The active code for a single-code use, other than `exceptCode` (the one being edited). */
export async function activeCodeForUse(db: DbOrTx, use: SnomedCodeUse, exceptCode?: string): Promise<SnomedCodeRow | undefined> {
  const [row] = await db
    .select()
    .from(snomedCodes)
    .where(and(eq(snomedCodes.use, use), eq(snomedCodes.active, true), exceptCode ? ne(snomedCodes.code, exceptCode) : undefined))
    .limit(1);
  return row;
}

/** Inserts a code; undefined when it already exists. */
export async function insertSnomedCode(
  tx: DbOrTx,
  values: { code: string; term: string; use: SnomedCodeUse; verified: boolean; source: string | null; updatedBy: string | null },
): Promise<SnomedCodeRow | undefined> {
  const [row] = await tx.insert(snomedCodes).values(values).onConflictDoNothing({ target: snomedCodes.code }).returning();
  return row;
}

export async function updateSnomedCode(
  tx: DbOrTx,
  code: string,
  values: Partial<Pick<SnomedCodeRow, 'term' | 'use' | 'verified' | 'active' | 'source'>> & { updatedBy: string | null },
): Promise<SnomedCodeRow | undefined> {
  const [row] = await tx
    .update(snomedCodes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(snomedCodes.code, code))
    .returning();
  return row;
}
