import { allowedTransitions, type CreateReferralRequest, isClosedStatus, type Referral, type ReferralDetail } from '@kith/shared';
import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Page } from '../../db/paging.ts';
import { organisations, referralReasons, referrals, vcsePcnLinks } from '../../db/schema/index.ts';
import { AppError, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findPerson } from '../people/person-repository.ts';
import { resolveIntakePerson } from './intake-person.ts';
import { accessTo, loadReferralFor, readScopeOf } from './referral-access.ts';
import { type PersonAsSent, presentReferral } from './referral-presenter.ts';
import { recordTransition } from './referral-status.ts';
import { referralView, referralViewPage } from './referral-view-repository.ts';

/**
 * Creates a referral into a PCN's queue with the person (existing, matched by NHS number with
 * the same surname and date of birth, or new) and the consent given, in one transaction. Run it
 * inside `onceForKey` for retries. The answer is shaped for how the caller may see the referral:
 * a referrer gets the referrer's view, with the person as they sent them.
 */
export async function createReferral(tx: Tx, ctx: RequestContext, input: CreateReferralRequest): Promise<ReferralDetail> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(tx, ctx, 'referrals:create');
  const pcn = await referringPcn(tx, input.organisationId, scope.organisationIds);
  await assertKnownReasons(tx, input.reasons);
  const { personId, asSent } = await resolvePerson(tx, ctx, pcn, input);
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
  const access = accessTo(row, actor, await readScopeOf(tx, ctx, actor)) ?? 'referrer';
  return presentReferral(await referralView(tx, row.id), access, asSent);
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

/**
 * An existing record chosen by id (only for callers who may read the PCN's people: anyone else
 * gets the same answer as for an unknown id), or the details given (see `resolveIntakePerson`).
 */
async function resolvePerson(
  tx: Tx,
  ctx: RequestContext,
  pcn: string,
  input: CreateReferralRequest,
): Promise<{ personId: string; asSent?: PersonAsSent }> {
  if (input.personId) {
    const canReadPeople = grantingMemberships(requireActor(ctx), 'people:read').length > 0;
    const peopleScope = canReadPeople ? await scopeFor(tx, ctx, 'people:read') : null;
    const person = await findPerson(tx, input.personId);
    if (!person || person.organisationId !== pcn || !peopleScope?.organisationIds.includes(pcn))
      throw validationError('personId', 'That person is not known to this primary care network');
    return { personId: person.id };
  }
  if (!input.person) throw validationError('person', 'Give the person’s details');
  const { personId } = await resolveIntakePerson(tx, ctx, pcn, input.person, 'refuse');
  const { givenName, familyName, nhsNumber, dateOfBirth } = input.person;
  return { personId, asSent: { givenName, familyName, nhsNumber: nhsNumber ?? null, dateOfBirth: dateOfBirth ?? null } };
}

/** Referrals the caller may see: their PCN's (link workers, supervisors) or the ones they made. */
export async function listReferrals(
  db: Db,
  ctx: RequestContext,
  query: { status?: Referral['status']; mine?: 'made' | 'assigned'; page: number; pageSize: number },
): Promise<Page<ReferralDetail>> {
  const actor = requireActor(ctx);
  const canReadQueue = grantingMemberships(actor, 'referrals:read').length > 0;
  const statusFilter = query.status ? eq(referrals.status, query.status) : undefined;
  let result: Page<Referral>;
  if (query.mine === 'made' || !canReadQueue) {
    result = await referralViewPage(db, and(eq(referrals.referrerUserId, actor.userId), statusFilter), query, 'newest');
  } else {
    const scope = await scopeFor(db, ctx, 'referrals:read');
    result = await referralViewPage(
      db,
      and(
        inArray(referrals.organisationId, scope.organisationIds),
        statusFilter,
        query.mine === 'assigned' ? eq(referrals.assignedWorkerId, actor.userId) : undefined,
      ),
      query,
      'queue',
    );
  }
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'referral',
    detail: { count: result.items.length, total: result.total, page: result.page },
  });
  // Each referral as this caller may see it: the ones they only made, in the referrer's view.
  const readScope = await readScopeOf(db, ctx, actor);
  return { ...result, items: result.items.map((item) => presentReferral(item, accessTo(item, actor, readScope) ?? 'referrer')) };
}

export async function getReferral(db: Db, ctx: RequestContext, id: string): Promise<ReferralDetail> {
  const { referral, scope, access } = await loadReferralFor(db, ctx, id, 'referrals:read');
  await recordAudit(db, ctx, { action: 'read', recordType: 'referral', recordId: referral.id, via: scope?.via });
  return presentReferral(await referralView(db, referral.id), access);
}

export function assertOpen(status: Referral['status']): void {
  if (isClosedStatus(status)) {
    throw new AppError('conflict', 'This referral is closed', { allowed: [...allowedTransitions(status)] });
  }
}
