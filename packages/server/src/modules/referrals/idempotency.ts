import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema/index.ts';
import { AppError, validationError } from '../../errors.ts';

export interface StoredResponse<T> {
  statusCode: number;
  body: T;
  replayed: boolean;
}

/**
 * Runs `work` at most once per (caller, Idempotency-Key): a retry with the same key and the same
 * body gets the first response back; the same key with a different body is a 409. The key is
 * stored in the same transaction as the work, so a crash leaves neither.
 */
export async function onceForKey<T>(
  db: Db,
  scope: string,
  key: string | undefined,
  request: unknown,
  work: (tx: Tx) => Promise<{ statusCode: number; body: T }>,
): Promise<StoredResponse<T>> {
  if (key === undefined) return { ...(await db.transaction(work)), replayed: false };
  if (!/^[\w-]{8,200}$/.test(key))
    throw validationError('Idempotency-Key', 'Use 8 to 200 letters, digits, - or _ (a UUID is ideal)');
  const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
  const earlier = await find<T>(db, scope, key, requestHash);
  if (earlier) return earlier;
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      await tx
        .insert(idempotencyKeys)
        .values({ scope, key, requestHash, statusCode: result.statusCode, responseBody: result.body as object });
      return { ...result, replayed: false };
    });
  } catch (error) {
    // A concurrent retry won the race: its transaction committed the key first.
    const winner = await find<T>(db, scope, key, requestHash);
    if (winner) return winner;
    throw error;
  }
}

async function find<T>(db: Db, scope: string, key: string, requestHash: string): Promise<StoredResponse<T> | null> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
    .limit(1);
  if (!row) return null;
  if (row.requestHash !== requestHash) {
    throw new AppError('conflict', 'This Idempotency-Key was already used for a different request');
  }
  return { statusCode: row.statusCode, body: row.responseBody as T, replayed: true };
}
