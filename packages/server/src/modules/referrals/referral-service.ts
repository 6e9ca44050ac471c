import type { CreateReferralRequest, Referral, ReferralDetail } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db, Tx } from '../../db/client.ts';
import type { Page } from '../../db/paging.ts';
import { validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { resolveReferredPerson } from './intake-person.ts';
import { accessTo, loadReferralFor, readScopeOf } from './referral-access.ts';
import { assertActivePcn, assertKnownReasons, receiveReferral, referralSourceOf } from './referral-intake.ts';
import { referringOrganisationsOf } from './referral-repository.ts';
import { presentReferral } from './referral-view.ts';
import { referralView, referralViewPage } from './referral-view-repository.ts';

/**
 * Creates a referral into a PCN's queue with the person (existing, matched by NHS number with
 * the same surname and date of birth, or new) and the consent given, in one transaction. Run it
 * through `idempotent` for retries. The source is the server's to say: the CSV import says
 * `bulkImport`; otherwise it follows from who the referrer is (`referralSourceOf`), and a
 * `source` older clients still send is ignored. The answer is shaped for how the caller may see
 * the referral: a referrer gets the referrer's view, with the person as they sent them.
 */
export async function createReferral(
  tx: Tx,
  ctx: RequestContext,
  input: CreateReferralRequest,
  { bulkImport = false }: { bulkImport?: boolean } = {},
): Promise<ReferralDetail> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(tx, ctx, 'referrals:create');
  const pcn = await referringPcn(tx, input.organisationId, scope.organisationIds);
  await assertKnownReasons(tx, input.reasons, (code) => `"${code}" is not a referral reason`);
  const { personId, asSent } = await resolveReferredPerson(tx, ctx, pcn, input);
  const row = await receiveReferral(
    tx,
    ctx,
    {
      organisationId: pcn,
      personId,
      source: bulkImport ? 'bulk_import' : referralSourceOf(actor),
      reasons: [...new Set(input.reasons)],
      notes: input.notes || null,
      urgency: input.urgency,
      referrerUserId: actor.userId,
      referrerName: input.referrerName ?? actor.displayName,
      referrerOrganisation: input.referrerOrganisation ?? scope.via.organisationName,
      consentToReferral: input.consent.toReferral,
      consentToDataSharing: input.consent.toDataSharing,
      consentRecordedBy: actor.userId,
    },
    { note: 'Referral received', via: scope.via },
  );
  const access = accessTo(row, actor, await readScopeOf(tx, ctx, actor)) ?? 'referrer';
  return presentReferral(await referralView(tx, row.id), access, asSent);
}

/**
 * The PCN whose queue receives the referral, if the referrer may refer there: from the PCN, one
 * of its practices, or a VCSE organisation that serves it (an agency referral).
 */
async function referringPcn(tx: Tx, organisationId: string, scopeIds: string[]): Promise<string> {
  await assertActivePcn(tx, organisationId, 'Choose the primary care network to refer to');
  const { practiceIds, agencyIds } = await referringOrganisationsOf(tx, organisationId);
  // Practice staff refer to their own PCN; other agencies (VCSE partners) to the PCNs they serve.
  const reachable =
    scopeIds.includes(organisationId) ||
    practiceIds.some((id) => scopeIds.includes(id)) ||
    agencyIds.some((id) => scopeIds.includes(id));
  if (!reachable)
    throw validationError('organisationId', 'You can only refer to the primary care network your practice belongs to');
  return organisationId;
}

/** Referrals the caller may see: their PCN's (link workers, supervisors) or the ones they made. */
export async function listReferrals(
  db: Db,
  ctx: RequestContext,
  query: { status?: Referral['status']; mine?: 'made' | 'assigned'; page: number; pageSize: number },
): Promise<Page<ReferralDetail>> {
  const actor = requireActor(ctx);
  const canReadQueue = grantingMemberships(actor, 'referrals:read').length > 0;
  let result: Page<Referral>;
  if (query.mine === 'made' || !canReadQueue) {
    result = await referralViewPage(db, { referrerUserId: actor.userId, status: query.status }, query, 'newest');
  } else {
    const scope = await scopeFor(db, ctx, 'referrals:read');
    result = await referralViewPage(
      db,
      {
        organisationIds: scope.organisationIds,
        status: query.status,
        ...(query.mine === 'assigned' ? { assignedWorkerId: actor.userId } : {}),
      },
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
