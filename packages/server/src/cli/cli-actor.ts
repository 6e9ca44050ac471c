import { and, asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { memberships, organisations, users } from '../db/schema/index.ts';

export class CliActorError extends Error {}

/**
 * Operator commands act as a named, active user (`--as <email>`) so every change they make is
 * scoped and audited exactly as if that person had done it in the app.
 */
export async function contextForUser(db: Db, email: string): Promise<RequestContext> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.active, true)))
    .limit(1);
  if (!user) throw new CliActorError(`No active user with the email ${email}`);
  const roles = await db
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, and(eq(organisations.id, memberships.organisationId), eq(organisations.active, true)))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(organisations.name));
  return {
    requestId: `cli-${Date.now().toString(36)}`,
    actor: {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      memberships: roles,
      sessionTokenHash: 'cli',
      csrfToken: 'cli',
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
    },
  };
}
