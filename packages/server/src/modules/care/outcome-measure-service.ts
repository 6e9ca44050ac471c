import {
  happenedAtProblem,
  itemProblems,
  type OutcomeMeasure,
  type OutcomeSummary,
  type RecordMeasureRequest,
  scoreMeasure,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { loadReferralFor } from '../referrals/referral-access.ts';
import { assertEpisodeOpen, auditVia } from './care-policy.ts';
import { toOutcomeMeasure } from './care-view.ts';
import { lockReferralStatus } from './episode-repository.ts';
import { measureChanges } from './measure-changes.ts';
import { insertMeasure, listMeasures } from './outcome-measure-repository.ts';

/**
 * Records one completed questionnaire. The raw answers are kept; the total and metric score are
 * derived once, here, by the shared scoring rules.
 */
export async function recordMeasure(
  db: Db,
  ctx: RequestContext,
  referralId: string,
  input: RecordMeasureRequest,
): Promise<OutcomeMeasure> {
  const actor = requireActor(ctx);
  const { referral, scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  assertEpisodeOpen(referral.status, 'its outcome measures');
  const problems = itemProblems(input.instrument, input.items);
  if (problems.length > 0) {
    throw new AppError('validation', 'Check the highlighted fields', {
      issues: problems.map((p) => ({ path: p.index === null ? 'items' : `items.${p.index}`, message: p.message })),
    });
  }
  // Taken on paper or at a visit and entered later: `recordedAt` is when it was taken (reports
  // use it), `enteredAt` when it reached Kith.
  const now = new Date();
  const recordedAt = input.recordedAt ? new Date(input.recordedAt) : now;
  const problem = happenedAtProblem('The date the measure was taken', recordedAt, { receivedAt: referral.createdAt, now });
  if (problem) throw validationError('recordedAt', problem);
  const score = scoreMeasure(input.instrument, input.items);
  return db.transaction(async (tx) => {
    const status = await lockReferralStatus(tx, referralId);
    if (!status) throw notFound('Referral');
    assertEpisodeOpen(status, 'its outcome measures');
    const row = await insertMeasure(tx, {
      referralId,
      personId: referral.personId,
      instrument: input.instrument,
      timepoint: input.timepoint,
      items: input.items,
      score,
      recordedBy: actor.userId,
      recordedAt,
      enteredAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'outcome_measure',
      recordId: row.id,
      via: auditVia(ctx, scope),
      detail: { referralId, instrument: input.instrument, timepoint: input.timepoint },
    });
    return toOutcomeMeasure(row);
  });
}

/** Every measure of the referral, oldest first, with the change from baseline per instrument. */
export async function getOutcomeSummary(db: Db, ctx: RequestContext, referralId: string): Promise<OutcomeSummary> {
  const { scope } = await loadReferralFor(db, ctx, referralId, 'referrals:work');
  const measures = (await listMeasures(db, referralId)).map(toOutcomeMeasure);
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'outcome_measures',
    recordId: referralId,
    via: auditVia(ctx, scope),
    detail: { count: measures.length },
  });
  return { measures, changes: measureChanges(measures) };
}
