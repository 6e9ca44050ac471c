import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';

/** Active primary care networks by name, ids and names only. */
export async function activePcnNames(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.kind, 'pcn'), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
}

const pcns = alias(organisations, 'pcns');

/**
 * Active GP practices whose primary care network is active, ids and names only: the practices a
 * person can name on the public form, each leading to a PCN that can take the referral.
 */
export async function activePracticeNames(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .innerJoin(pcns, and(eq(pcns.id, organisations.parentId), eq(pcns.kind, 'pcn'), eq(pcns.active, true)))
    .where(and(eq(organisations.kind, 'gp_practice'), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
}

/** The active PCN of an active GP practice, or null when the id names no such practice. */
export async function findPracticePcnId(db: DbOrTx, practiceId: string): Promise<string | null> {
  const [row] = await db
    .select({ pcnId: pcns.id })
    .from(organisations)
    .innerJoin(pcns, and(eq(pcns.id, organisations.parentId), eq(pcns.kind, 'pcn'), eq(pcns.active, true)))
    .where(and(eq(organisations.id, practiceId), eq(organisations.kind, 'gp_practice'), eq(organisations.active, true)));
  return row?.pcnId ?? null;
}
