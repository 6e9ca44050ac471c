import type { CreateReferralRequest, Referral } from '@kith/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db, Tx } from '../../db/client.ts';
import { organisations, referralReasons, referrals, vcsePcnLinks } from '../../db/schema/index.ts';
import { AppError, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findPerson, insertPerson } from '../people/person-repository.ts';
import { matchesFor } from '../people/person-service.ts';
import { loadReferralFor } from './referral-access.ts';
import { recordTransition } from './referral-status.ts';
import { referralView, referralViews } from './referral-view-repository.ts';

/**
 * Creates a referral into a PCN's queue with the person (existing, matched by NHS number, or
 * new) and the consent given, in one transaction. Run it inside `onceForKey` for retries.
 */
export async function createReferral(tx: Tx, ctx: RequestContext, input: CreateReferralRequest): Promise<Referral> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(tx, ctx, 'referrals:create');
  const pcn = await referringPcn(tx, input.organisationId, scope.organisationIds);
  await assertKnownReasons(tx, input.reasons);
  const personId = await resolvePerson(tx, ctx, pcn, input);
  const [row] = await tx
    .insert(referrals)
    .values({
      organisationId: pcn,
      personId,
      source: input.source,
      reasons: [...new Set(input.reasons)],
      notes: input.notes || null,
      urgency: input.urgency,
      referrerUserId: actor.userId,
      referrerName: input.referrerName ?? actor.displayName,
      referrerOrganisation: input.referrerOrganisation ?? scope.via.organisationName,
      consentToReferral: input.consent.toReferral,
      consentToDataSharing: input.consent.toDataSharing,
      consentRecordedBy: actor.userId,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(tx, ctx, {
    action: 'create',
    recordType: 'referral',
    recordId: row.id,
    via: scope.via,
    detail: { source: input.source },
  });
  await recordTransition(tx, ctx, { ...row, status: 'received' }, 'received', 'Referral received', scope.via);
  return referralView(tx, row.id);
}

/**
 * The PCN whose queue receives the referral, if the referrer may refer there: from the PCN, one
 * of its practices, or a VCSE organisation that serves it (an agency referral).
 */
async function referringPcn(tx: Tx, organisationId: string, scopeIds: string[]): Promise<string> {
  const [target] = await tx.select().from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  if (target?.kind !== 'pcn' || !target.active)
    throw validationError('organisationId', 'Choose the primary care network to refer to');
  const practices = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.parentId, organisationId));
  const servingAgencies = await tx
    .select({ id: vcsePcnLinks.vcseId })
    .from(vcsePcnLinks)
    .where(eq(vcsePcnLinks.pcnId, organisationId));
  // Practice staff refer to their own PCN; other agencies (VCSE partners) to the PCNs they serve.
  const reachable =
    scopeIds.includes(organisationId) ||
    practices.some((p) => scopeIds.includes(p.id)) ||
    servingAgencies.some((a) => scopeIds.includes(a.id));
  if (!reachable)
    throw validationError('organisationId', 'You can only refer to the primary care network your practice belongs to');
  return organisationId;
}

async function assertKnownReasons(tx: Tx, codes: string[]): Promise<void> {
  const rows = await tx
    .select({ code: referralReasons.code })
    .from(referralReasons)
    .where(and(inArray(referralReasons.code, codes), eq(referralReasons.active, true)));
  const known = new Set(rows.map((r) => r.code));
  const unknown = codes.findIndex((code) => !known.has(code));
  if (unknown >= 0) throw validationError(`reasons.${unknown}`, `"${codes[unknown]}" is not a referral reason`);
}

async function resolvePerson(tx: Tx, ctx: RequestContext, pcn: string, input: CreateReferralRequest): Promise<string> {
  if (input.personId) {
    const person = await findPerson(tx, input.personId);
    if (!person || person.organisationId !== pcn)
      throw validationError('personId', 'That person is not known to this primary care network');
    return person.id;
  }
  if (!input.person) throw validationError('person', 'Give the person’s details');
  const sameNumber = (await matchesFor(tx, pcn, input.person)).find((m) => m.reason === 'same_nhs_number');
  if (sameNumber) return sameNumber.person.id;
  const person = await insertPerson(tx, pcn, input.person);
  await recordAudit(tx, ctx, { action: 'create', recordType: 'person', recordId: person.id });
  return person.id;
}

/** Referrals the caller may see: their PCN's (link workers, supervisors) or the ones they made. */
export async function listReferrals(
  db: Db,
  ctx: RequestContext,
  query: { status?: Referral['status']; mine?: 'made' | 'assigned' },
): Promise<Referral[]> {
  const actor = requireActor(ctx);
  const canReadQueue = grantingMemberships(actor, 'referrals:read').length > 0;
  const statusFilter = query.status ? eq(referrals.status, query.status) : undefined;
  let items: Referral[];
  if (query.mine === 'made' || !canReadQueue) {
    items = await referralViews(db, and(eq(referrals.referrerUserId, actor.userId), statusFilter));
  } else {
    const scope = await scopeFor(db, ctx, 'referrals:read');
    items = await referralViews(
      db,
      and(
        inArray(referrals.organisationId, scope.organisationIds),
        statusFilter,
        query.mine === 'assigned' ? eq(referrals.assignedWorkerId, actor.userId) : undefined,
      ),
    );
  }
  await recordAudit(db, ctx, { action: 'list', recordType: 'referral', detail: { count: items.length } });
  return items;
}

export async function getReferral(db: Db, ctx: RequestContext, id: string): Promise<Referral> {
  const { referral, scope } = await loadReferralFor(db, ctx, id, 'referrals:read');
  await recordAudit(db, ctx, { action: 'read', recordType: 'referral', recordId: referral.id, via: scope?.via });
  return referralView(db, referral.id);
}

export function assertOpen(status: Referral['status']): void {
  if (!['received', 'triaged', 'allocated', 'contacted', 'active'].includes(status)) {
    throw new AppError('conflict', 'This referral is closed');
  }
}
