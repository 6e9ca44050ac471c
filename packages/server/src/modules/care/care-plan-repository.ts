import type { CarePlan, SaveCarePlanRequest } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { carePlans, carePlanVersions, users } from '../../db/schema/index.ts';

/** What an editor saves: the plan without the version it was based on. */
export type CarePlanContent = Omit<SaveCarePlanRequest, 'baseVersion'>;
type CarePlanRow = typeof carePlans.$inferSelect;

export async function findCarePlan(db: DbOrTx, referralId: string): Promise<CarePlan | undefined> {
  const [row] = await db
    .select({ plan: carePlans, updatedByName: users.displayName })
    .from(carePlans)
    .leftJoin(users, eq(users.id, carePlans.updatedBy))
    .where(eq(carePlans.referralId, referralId))
    .limit(1);
  return row ? toCarePlan(row.plan, row.updatedByName) : undefined;
}

/** A referral without a saved plan reads as version 0 with nothing filled in. */
export function emptyCarePlan(referralId: string): CarePlan {
  return {
    referralId,
    version: 0,
    whatMatters: '',
    goals: [],
    actions: [],
    reviewDate: null,
    updatedAt: null,
    updatedByName: null,
  };
}

/**
 * Saves version 1 unless a plan already exists. The primary key makes this atomic: of two
 * concurrent first saves, the second waits for the first and then inserts nothing.
 */
export async function insertFirstVersion(
  db: DbOrTx,
  referralId: string,
  content: CarePlanContent,
  userId: string,
): Promise<CarePlanRow | undefined> {
  const [row] = await db
    .insert(carePlans)
    .values({ referralId, version: 1, ...columnsOf(content), updatedBy: userId, updatedAt: new Date() })
    .onConflictDoNothing({ target: carePlans.referralId })
    .returning();
  return row;
}

/**
 * Compare-and-set: replaces the plan only while it is still at `baseVersion`. Of two concurrent
 * saves on the same base, the second blocks on the row lock, re-checks the version after the
 * first commits, and updates nothing.
 */
export async function replaceAtVersion(
  db: DbOrTx,
  referralId: string,
  baseVersion: number,
  content: CarePlanContent,
  userId: string,
): Promise<CarePlanRow | undefined> {
  const [row] = await db
    .update(carePlans)
    .set({ ...columnsOf(content), version: baseVersion + 1, updatedBy: userId, updatedAt: new Date() })
    .where(and(eq(carePlans.referralId, referralId), eq(carePlans.version, baseVersion)))
    .returning();
  return row;
}

/** Keeps every saved version, unchanged, so no edit is ever lost. */
export async function insertVersionSnapshot(db: DbOrTx, row: CarePlanRow): Promise<void> {
  const snapshot: CarePlanContent = {
    whatMatters: row.whatMatters,
    goals: row.goals,
    actions: row.actions,
    reviewDate: row.reviewDate,
  };
  await db.insert(carePlanVersions).values({
    referralId: row.referralId,
    version: row.version,
    snapshot,
    savedBy: row.updatedBy,
    savedAt: row.updatedAt,
  });
}

export function toCarePlan(row: CarePlanRow, updatedByName: string | null): CarePlan {
  return {
    referralId: row.referralId,
    version: row.version,
    ...columnsOf(row),
    updatedAt: row.updatedAt.toISOString(),
    updatedByName,
  };
}

function columnsOf(content: CarePlanContent): CarePlanContent {
  return {
    whatMatters: content.whatMatters,
    goals: content.goals.map(({ id, text }) => ({ id, text })),
    actions: content.actions.map(({ id, text, owner, dueDate, done }) => ({ id, text, owner, dueDate, done })),
    reviewDate: content.reviewDate,
  };
}
