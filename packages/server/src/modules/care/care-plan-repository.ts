import type { SaveCarePlanRequest } from '@kith/shared';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { carePlans, carePlanVersions, users } from '../../db/schema/index.ts';

/** What an editor saves: the plan without the version it was based on. */
export type CarePlanContent = Omit<SaveCarePlanRequest, 'baseVersion'>;
export type CarePlanRow = typeof carePlans.$inferSelect;

/** One save of a plan: which referral's, its content, and who saved it. */
export interface CarePlanSave {
  referralId: string;
  content: CarePlanContent;
  userId: string;
}

/** The saved plan with the display name of whoever saved it last. */
export async function findCarePlan(
  db: DbOrTx,
  referralId: string,
): Promise<{ plan: CarePlanRow; updatedByName: string | null } | undefined> {
  const [row] = await db
    .select({ plan: carePlans, updatedByName: users.displayName })
    .from(carePlans)
    .leftJoin(users, eq(users.id, carePlans.updatedBy))
    .where(eq(carePlans.referralId, referralId))
    .limit(1);
  return row;
}

/**
 * Saves version 1 unless a plan already exists. The primary key makes this atomic: of two
 * concurrent first saves, the second waits for the first and then inserts nothing.
 */
export async function insertFirstVersion(db: DbOrTx, save: CarePlanSave): Promise<CarePlanRow | undefined> {
  const { referralId, content, userId } = save;
  const [row] = await db
    .insert(carePlans)
    .values({ referralId, version: 1, ...carePlanContent(content), updatedBy: userId, updatedAt: new Date() })
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
  save: CarePlanSave & { baseVersion: number },
): Promise<CarePlanRow | undefined> {
  const { referralId, baseVersion, content, userId } = save;
  const [row] = await db
    .update(carePlans)
    .set({ ...carePlanContent(content), version: baseVersion + 1, updatedBy: userId, updatedAt: new Date() })
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

/** Exactly the plan's own fields, so no stray key of a request or row is stored or returned. */
export function carePlanContent(content: CarePlanContent): CarePlanContent {
  return {
    whatMatters: content.whatMatters,
    goals: content.goals.map(({ id, text }) => ({ id, text })),
    actions: content.actions.map(({ id, text, owner, dueDate, done }) => ({ id, text, owner, dueDate, done })),
    reviewDate: content.reviewDate,
  };
}
