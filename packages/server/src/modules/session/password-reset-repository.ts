import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { passwordResetTokens, users } from '../../db/schema/index.ts';

/** The account a reset link may be sent for: only an active one gets an email. */
export async function findUserForPasswordReset(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName, active: users.active })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return row;
}

export interface NewResetToken {
  tokenHash: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

export async function insertResetToken(db: DbOrTx, row: NewResetToken): Promise<void> {
  await db.insert(passwordResetTokens).values(row);
}

/** Reset links sent to the user since `since`: the per-account limit counts them. */
export async function countResetTokensSince(db: DbOrTx, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, userId), gt(passwordResetTokens.createdAt, since)));
  return Number(row?.n ?? 0);
}

/**
 * Uses up the token in one statement, only if it is unused, unexpired and its user still active,
 * so two requests with the same link cannot both succeed. Returns the user, or undefined.
 */
export async function claimResetToken(
  db: DbOrTx,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string; email: string } | undefined> {
  const [claimed] = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .returning({ userId: passwordResetTokens.userId });
  if (!claimed) return undefined;
  const [user] = await db
    .select({ userId: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.id, claimed.userId), eq(users.active, true)))
    .limit(1);
  return user;
}

/** Uses up every other open link of the user, so an older email cannot reset the new password. */
export async function useOpenResetTokens(db: DbOrTx, userId: string, now: Date): Promise<void> {
  await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}
