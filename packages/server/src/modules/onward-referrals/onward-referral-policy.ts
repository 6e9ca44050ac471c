import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { directoryOrganisationsOf, findOnwardReferral, type NamedOnwardReferral } from './onward-referral-repository.ts';

/**
 * Who may do what with onward referrals, decided here only:
 * - the care team side (requester): `onward:send` to send and cancel, `onward:read` to follow
 *   them, both over the PCN holding the person's record;
 * - the provider side: `onward:respond` over a VCSE organisation; it reaches the referrals whose
 *   provider (a directory organisation) is linked to that organisation, and nothing else.
 * Out of scope is 404, so a referral's existence is not disclosed.
 */

/** The care team gate: 404 unless the referral's PCN is in the caller's scope for `permission`. */
export async function loadForCareTeam(
  db: DbOrTx,
  ctx: RequestContext,
  id: string,
  permission: 'onward:read' | 'onward:send',
): Promise<{ referral: NamedOnwardReferral; via: ActorMembership }> {
  const scope = await scopeFor(db, ctx, permission);
  const referral = await findOnwardReferral(db, id);
  if (!referral || !scope.organisationIds.includes(referral.row.organisationId)) throw notFound('Onward referral');
  return { referral, via: scope.via };
}

/** Whether the caller may send (and so cancel) onward referrals for people of `organisationId`. */
export async function maySendFor(db: DbOrTx, ctx: RequestContext, organisationId: string): Promise<boolean> {
  if (grantingMemberships(requireActor(ctx), 'onward:send').length === 0) return false;
  const scope = await scopeFor(db, ctx, 'onward:send');
  return scope.organisationIds.includes(organisationId);
}

/** The directory organisations a provider user answers for (403 without a provider role). */
export async function providerScope(
  db: DbOrTx,
  ctx: RequestContext,
): Promise<{ directoryOrganisationIds: string[]; via: ActorMembership }> {
  const scope = await scopeFor(db, ctx, 'onward:respond');
  return { directoryOrganisationIds: await directoryOrganisationsOf(db, scope.organisationIds), via: scope.via };
}

/** The provider gate: another provider's referral is 404, exactly like one that does not exist. */
export async function loadForProvider(
  db: DbOrTx,
  ctx: RequestContext,
  id: string,
): Promise<{ referral: NamedOnwardReferral; via: ActorMembership }> {
  const { directoryOrganisationIds, via } = await providerScope(db, ctx);
  const referral = await findOnwardReferral(db, id);
  if (!referral || !directoryOrganisationIds.includes(referral.row.providerOrganizationId)) {
    throw notFound('Onward referral');
  }
  return { referral, via };
}
