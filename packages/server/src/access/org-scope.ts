import { type Permission, rolesGranting } from '@kith/shared';
import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { organisations } from '../db/schema/index.ts';
import { forbidden, notFound, unauthenticated } from '../errors.ts';
import type { Actor, ActorMembership, RequestContext } from './actor.ts';

/**
 * The organisations an actor may act on for one permission: every organisation where they hold
 * a granting role, and all organisations below those in the tree. Repositories filter by
 * `organisationIds`; nothing else decides what a caller can see.
 */
export interface OrgScope {
  permission: Permission;
  organisationIds: string[];
  /** The membership that granted the permission, recorded in the audit trail. */
  via: ActorMembership;
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** Memberships of the actor that grant `permission`; empty when none do. */
export function grantingMemberships(actor: Actor, permission: Permission): ActorMembership[] {
  const roles = rolesGranting(permission);
  return actor.memberships.filter((m) => roles.includes(m.role));
}

/** Resolves the actor's scope for `permission`, or throws 403 if no membership grants it. */
export async function scopeFor(db: DbOrTx, ctx: RequestContext, permission: Permission): Promise<OrgScope> {
  const actor = requireActor(ctx);
  const granting = grantingMemberships(actor, permission);
  const first = granting[0];
  if (!first) throw forbidden();
  const roots = [...new Set(granting.map((m) => m.organisationId))];
  return { permission, organisationIds: await withDescendants(db, roots), via: first };
}

/** The given organisations and all below them, by walking the tree in one recursive query. */
export async function withDescendants(db: DbOrTx, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  const rows = await db.execute<{ id: string }>(sql`
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM ${organisations} WHERE ${inArray(organisations.id, rootIds)}
      UNION
      SELECT o.id FROM ${organisations} o JOIN tree ON o.parent_id = tree.id
    )
    SELECT id FROM tree`);
  return rows.rows.map((row) => row.id);
}

/** Throws 404 (not 403) when a record is outside scope, so its existence is not disclosed. */
export function assertInScope(scope: OrgScope, organisationId: string | null, what: string): void {
  if (organisationId === null || !scope.organisationIds.includes(organisationId)) throw notFound(what);
}

/** True when every one of `organisationIds` is inside the scope. */
export function coversAll(scope: OrgScope, organisationIds: string[]): boolean {
  return organisationIds.every((id) => scope.organisationIds.includes(id));
}
