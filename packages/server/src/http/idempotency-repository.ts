import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { idempotencyKeys } from '../db/schema/index.ts';

export type StoredIdempotencyKey = typeof idempotencyKeys.$inferSelect;

/** The response stored for `key` in `scope`, if a request with that key has committed. */
export async function findIdempotencyKey(db: DbOrTx, scope: string, key: string): Promise<StoredIdempotencyKey | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row;
}

/** Stores the first response for a key; call it in the transaction that did the work. */
export async function insertIdempotencyKey(tx: DbOrTx, row: Omit<StoredIdempotencyKey, 'createdAt'>): Promise<void> {
  await tx.insert(idempotencyKeys).values(row);
}
