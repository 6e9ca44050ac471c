import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { organisations, practiceMailboxes } from '../../../db/schema/index.ts';
import { escapeLike } from '../../organisations/organisation-repository.ts';

export type PracticeMailboxRow = typeof practiceMailboxes.$inferSelect;

/** A directory row with the name of the Kith organisation holding its ODS code, if any. */
export interface PracticeMailboxWithName extends PracticeMailboxRow {
  practiceName: string | null;
}

/**
 * The MESH mailbox that receives documents for a practice, or null when the directory has no
 * active entry for its ODS code (the document then waits as `no_mailbox` and the letter is
 * printed instead). ODS codes are stored upper case, so the lookup is too.
 */
export async function findMailboxForOdsCode(db: DbOrTx, odsCode: string): Promise<{ odsCode: string; mailboxId: string } | null> {
  const [row] = await db
    .select({ odsCode: practiceMailboxes.odsCode, mailboxId: practiceMailboxes.mailboxId })
    .from(practiceMailboxes)
    .where(and(eq(practiceMailboxes.odsCode, odsCode.trim().toUpperCase()), eq(practiceMailboxes.active, true)))
    .limit(1);
  return row ?? null;
}

const withName = {
  odsCode: practiceMailboxes.odsCode,
  mailboxId: practiceMailboxes.mailboxId,
  active: practiceMailboxes.active,
  note: practiceMailboxes.note,
  updatedBy: practiceMailboxes.updatedBy,
  updatedAt: practiceMailboxes.updatedAt,
  practiceName: organisations.name,
};

/** The entry for an ODS code, active or not. */
export async function findPracticeMailbox(db: DbOrTx, odsCode: string): Promise<PracticeMailboxWithName | undefined> {
  const [row] = await db
    .select(withName)
    .from(practiceMailboxes)
    .leftJoin(organisations, eq(organisations.odsCode, practiceMailboxes.odsCode))
    .where(eq(practiceMailboxes.odsCode, odsCode))
    .limit(1);
  return row;
}

/** A page of the directory, by ODS code; `q` matches the ODS code, the mailbox id or the practice's name. */
export async function listPracticeMailboxes(
  db: DbOrTx,
  filter: { q?: string | undefined; page: number; pageSize: number },
): Promise<{ items: PracticeMailboxWithName[]; total: number }> {
  const pattern = filter.q ? `%${escapeLike(filter.q)}%` : null;
  const where = pattern
    ? or(
        ilike(practiceMailboxes.odsCode, pattern),
        ilike(practiceMailboxes.mailboxId, pattern),
        ilike(organisations.name, pattern),
      )
    : undefined;
  const [totalRow] = await db
    .select({ n: count() })
    .from(practiceMailboxes)
    .leftJoin(organisations, eq(organisations.odsCode, practiceMailboxes.odsCode))
    .where(where);
  const items = await db
    .select(withName)
    .from(practiceMailboxes)
    .leftJoin(organisations, eq(organisations.odsCode, practiceMailboxes.odsCode))
    .where(where)
    .orderBy(asc(practiceMailboxes.odsCode))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { items, total: totalRow?.n ?? 0 };
}

/** Inserts an entry; undefined when the ODS code already has one. */
export async function insertPracticeMailbox(
  tx: DbOrTx,
  values: { odsCode: string; mailboxId: string; note: string | null; updatedBy: string | null },
): Promise<PracticeMailboxRow | undefined> {
  const [row] = await tx.insert(practiceMailboxes).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updatePracticeMailbox(
  tx: DbOrTx,
  odsCode: string,
  values: { mailboxId?: string; note?: string | null; active?: boolean; updatedBy: string | null },
): Promise<PracticeMailboxRow | undefined> {
  const [row] = await tx
    .update(practiceMailboxes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(practiceMailboxes.odsCode, odsCode))
    .returning();
  return row;
}

/** True when there was an entry to delete. */
export async function deletePracticeMailbox(tx: DbOrTx, odsCode: string): Promise<boolean> {
  const rows = await tx
    .delete(practiceMailboxes)
    .where(eq(practiceMailboxes.odsCode, odsCode))
    .returning({ odsCode: practiceMailboxes.odsCode });
  return rows.length > 0;
}
