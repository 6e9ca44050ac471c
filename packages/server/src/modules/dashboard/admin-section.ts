import type { AdminSection } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { outboxCounts, userCounts } from './admin-repository.ts';

/** The administrator's widgets: emails waiting or failed (`outbox:read`) and the accounts they manage (`users:manage`). */
export async function adminSection(db: DbOrTx, ctx: RequestContext): Promise<AdminSection> {
  await scopeFor(db, ctx, 'outbox:read');
  const outbox = await outboxCounts(db);
  const usersScope = await scopeFor(db, ctx, 'users:manage');
  const users = await userCounts(db, usersScope.organisationIds);
  return { role: 'admin', outbox, users };
}
