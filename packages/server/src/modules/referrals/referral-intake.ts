import type { ReferralSource } from '@kith/shared';
import type { Actor, ActorMembership, RequestContext } from '../../access/actor.ts';
import type { Tx } from '../../db/client.ts';
import { validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { notifyReferralQueued } from '../notifications/notification-events.ts';
import type { ReferralRow } from './referral-access.ts';
import { activeReasonCodesAmong } from './referral-reason-repository.ts';
import { findOrganisationKind, insertReferral, type NewReferral } from './referral-repository.ts';
import { recordTransition } from './referral-status.ts';

/*
 * The steps every intake takes, in this order: a referral from a signed-in referrer or the CSV
 * import (`referral-service.ts`) and a self-referral from the public form
 * (`self-referral-service.ts`). The person is found or created in between (`intake-person.ts`).
 */

/** 400 naming `organisationId` unless it is an active primary care network. */
export async function assertActivePcn(tx: Tx, organisationId: string, message: string): Promise<void> {
  const target = await findOrganisationKind(tx, organisationId);
  if (target?.kind !== 'pcn' || !target.active) throw validationError('organisationId', message);
}

/**
 * 400 naming the first of `codes` that is not an active referral reason (`reasons.<index>`),
 * worded by `message`: the public form does not echo the code back.
 */
export async function assertKnownReasons(tx: Tx, codes: string[], message: (code: string) => string): Promise<void> {
  const known = await activeReasonCodesAmong(tx, codes);
  const unknown = codes.findIndex((code) => !known.has(code));
  if (unknown >= 0) throw validationError(`reasons.${unknown}`, message(codes[unknown] ?? ''));
}

/**
 * Where a referral made by a signed-in user comes from, decided by who they are rather than
 * taken from the request: a referrer in a GP practice refers from the practice; anyone else (a
 * VCSE partner, or a link worker referring on someone's behalf) as another agency. The CSV
 * import and the public self-referral form are sources of their own.
 */
export function referralSourceOf(actor: Actor): Extract<ReferralSource, 'gp_practice' | 'agency'> {
  return actor.memberships.some((m) => m.role === 'referrer' && m.organisationKind === 'gp_practice') ? 'gp_practice' : 'agency';
}

/**
 * The intake itself, shared by every route in: the referral is written as received, its creation
 * audited with its source, and the first status row recorded, all in the caller's transaction.
 */
export async function receiveReferral(
  tx: Tx,
  ctx: RequestContext,
  referral: Omit<NewReferral, 'status'> & { source: ReferralSource },
  received: { note: string; via?: ActorMembership | undefined },
): Promise<ReferralRow> {
  const row = await insertReferral(tx, referral);
  await recordAudit(tx, ctx, {
    action: 'create',
    recordType: 'referral',
    recordId: row.id,
    via: received.via,
    detail: { source: referral.source },
  });
  await recordTransition(tx, ctx, { referral: row, to: 'received', reason: received.note, via: received.via, first: true });
  await notifyReferralQueued(tx, ctx, row);
  return row;
}
