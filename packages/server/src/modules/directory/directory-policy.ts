import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { forbidden, notFound, validationError } from '../../errors.ts';

/**
 * Who may curate the community directory, decided here only:
 * - directory administrators (`directory:manage`) curate every organisation and service — the
 *   directory is shared across the whole system, not owned by a tenant;
 * - VCSE provider users (`directory:edit-own`) curate the services of directory organisations
 *   linked (`kith_organisation_id`) to a Kith organisation in their scope;
 * - everyone else is refused (403). A provider asking for a service they do not curate gets
 *   404, so other providers' records are not probed through the curation routes.
 */
export type Curator =
  | { kind: 'admin'; via: ActorMembership }
  | { kind: 'provider'; via: ActorMembership; kithOrganisationIds: string[] };

/** Any signed-in user with a directory role may search and read it (no database round trip). */
export function requireDirectoryReader(ctx: RequestContext): ActorMembership {
  const [via] = grantingMemberships(requireActor(ctx), 'directory:read');
  if (!via) throw forbidden();
  return via;
}

/** The caller as a curator, or null when they may not curate anything (for `canEdit`). */
export async function curatorIfAny(db: DbOrTx, ctx: RequestContext): Promise<Curator | null> {
  const actor = requireActor(ctx);
  if (grantingMemberships(actor, 'directory:manage').length > 0) {
    const scope = await scopeFor(db, ctx, 'directory:manage');
    return { kind: 'admin', via: scope.via };
  }
  if (grantingMemberships(actor, 'directory:edit-own').length > 0) {
    const scope = await scopeFor(db, ctx, 'directory:edit-own');
    return { kind: 'provider', via: scope.via, kithOrganisationIds: scope.organisationIds };
  }
  return null;
}

/** The caller as a curator; 403 for those who may not curate at all. */
export async function requireCurator(db: DbOrTx, ctx: RequestContext): Promise<Curator> {
  const curator = await curatorIfAny(db, ctx);
  if (!curator) throw forbidden('Only directory administrators and service providers can change the directory');
  return curator;
}

/** Directory administrators only (organisations and taxonomy terms); 403 otherwise. */
export async function requireDirectoryAdmin(db: DbOrTx, ctx: RequestContext): Promise<ActorMembership> {
  return (await scopeFor(db, ctx, 'directory:manage')).via;
}

/** Whether the curator may change services of a directory organisation with this Kith link. */
export function mayCurate(curator: Curator | null, kithOrganisationId: string | null): boolean {
  if (!curator) return false;
  if (curator.kind === 'admin') return true;
  return kithOrganisationId !== null && curator.kithOrganisationIds.includes(kithOrganisationId);
}

/** A service the curator may not change is "not found" to them (see above). */
export function assertMayCurateService(curator: Curator, kithOrganisationId: string | null): void {
  if (!mayCurate(curator, kithOrganisationId)) throw notFound('Service');
}

/** Placing a service under an organisation: the organisation must be one the curator curates. */
export function assertMayPlaceUnder(curator: Curator, kithOrganisationId: string | null): void {
  if (!mayCurate(curator, kithOrganisationId)) {
    throw validationError('organisationId', 'Choose an organisation whose services you look after');
  }
}

/** The SQL filter a curation list needs: null for admins (everything), else the Kith organisations. */
export function curatedKithOrganisations(curator: Curator): string[] | null {
  return curator.kind === 'admin' ? null : curator.kithOrganisationIds;
}
