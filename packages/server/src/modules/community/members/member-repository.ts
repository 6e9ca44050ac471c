import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { communityProfiles, users } from '../../../db/schema/index.ts';

export type ProfileRow = typeof communityProfiles.$inferSelect;

export async function findProfile(db: DbOrTx, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(communityProfiles).where(eq(communityProfiles.userId, userId)).limit(1);
  return row;
}

export async function findProfileByTokenHash(db: DbOrTx, tokenHash: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(communityProfiles).where(eq(communityProfiles.verificationTokenHash, tokenHash)).limit(1);
  return row;
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row;
}

export async function insertProfile(db: DbOrTx, values: typeof communityProfiles.$inferInsert): Promise<void> {
  await db.insert(communityProfiles).values(values);
}

export async function updateProfile(
  db: DbOrTx,
  userId: string,
  values: Partial<Omit<typeof communityProfiles.$inferInsert, 'userId'>>,
): Promise<void> {
  await db
    .update(communityProfiles)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(communityProfiles.userId, userId));
}
