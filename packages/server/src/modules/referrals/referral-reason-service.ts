import type { CreateReferralReasonRequest, ReferralReason } from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor, scopeFor } from '../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { conflict, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { findSnomedCode } from '../gp-record/snomed-codes/snomed-code-repository.ts';
import { activeReasons, findReason, insertReason } from './referral-reason-repository.ts';
import { toReferralReason } from './referral-reason-view.ts';

export async function listReasons(db: Db, ctx: RequestContext): Promise<ReferralReason[]> {
  requireActor(ctx);
  return (await activeReasons(db)).map(toReferralReason);
}

/** Admins extend the coded list; codes are permanent (retire, never rename). */
export async function addReason(db: Db, ctx: RequestContext, input: CreateReferralReasonRequest): Promise<ReferralReason> {
  const scope = await scopeFor(db, ctx, 'reasons:manage');
  return db.transaction(async (tx) => {
    if (await findReason(tx, input.code)) throw conflict(`The reason code ${input.code} already exists`);
    if (input.snomedCode) await requireKnownSnomedCode(tx, input.snomedCode);
    const reason = await insertReason(tx, { code: input.code, label: input.label, snomedCode: input.snomedCode ?? null });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'referral_reason', recordId: input.code, via: scope.via });
    return toReferralReason(reason);
  });
}

/**
 * A reason's SNOMED CT code must be one of Kith's codes (the foreign key would refuse it with no
 * word of which field), so the admin adds and checks the code in the code table first.
 */
async function requireKnownSnomedCode(tx: DbOrTx, code: string): Promise<void> {
  const known = await findSnomedCode(tx, code);
  if (!known) {
    throw validationError(
      'snomedCode',
      `The SNOMED CT code ${code} is not in Kith's code list: add it under SNOMED CT codes first, then choose it here`,
    );
  }
  if (!known.active) throw validationError('snomedCode', `The SNOMED CT code ${code} has been retired: choose an active code`);
}
