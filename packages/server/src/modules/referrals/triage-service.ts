import {
  type AllocateRequest,
  type AllocationSuggestion,
  allowedTransitions,
  COMPLEXITY_WEIGHTS,
  OPEN_CASE_STATUSES,
  type Referral,
  type TransitionRequest,
  type TriageRequest,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { withDescendants } from '../../access/org-scope.ts';
import type { PathwayPolicy } from '../../config.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { AppError, validationError } from '../../errors.ts';
import { notifyReferralAllocated } from '../notifications/notification-events.ts';
import { loadReferralFor } from './referral-access.ts';
import { activeLinkWorkers, assignedCases, updateReferralIfUnchanged } from './referral-repository.ts';
import { changedMeanwhile, changeStatus, recordTransition } from './referral-status.ts';
import { referralView } from './referral-view-repository.ts';

export async function triageReferral(db: Db, ctx: RequestContext, id: string, input: TriageRequest): Promise<Referral> {
  const { referral, scope } = await loadReferralFor(db, ctx, id, 'referrals:triage');
  await db.transaction(async (tx) => {
    await changeStatus(tx, ctx, {
      referral,
      to: 'triaged',
      reason: input.note || 'Triaged',
      set: { urgency: input.urgency, complexity: input.complexity, riskFlags: input.riskFlags },
      via: scope?.via,
    });
  });
  return referralView(db, id);
}

/**
 * Link workers of the referral's PCN with their open cases weighted by complexity (unknown
 * complexity counts as low), most headroom first.
 */
export async function workerLoads(db: DbOrTx, pcnId: string, policy: PathwayPolicy): Promise<AllocationSuggestion[]> {
  const workers = await activeLinkWorkers(db, await withDescendants(db, [pcnId]));
  if (workers.length === 0) return [];
  const open = await assignedCases(
    db,
    workers.map((w) => w.id),
    OPEN_CASE_STATUSES,
  );
  return workers
    .map((w) => {
      const mine = open.filter((o) => o.workerId === w.id);
      const weightedLoad = mine.reduce((sum, o) => sum + COMPLEXITY_WEIGHTS[o.complexity ?? 'low'], 0);
      const capacity = policy.activeCaseCapacity;
      return {
        workerId: w.id,
        name: w.name,
        activeCases: mine.length,
        weightedLoad,
        capacity,
        headroom: capacity - weightedLoad,
      };
    })
    .sort((a, b) => b.headroom - a.headroom || a.name.localeCompare(b.name));
}

export async function allocationSuggestions(
  db: Db,
  ctx: RequestContext,
  id: string,
  policy: PathwayPolicy,
): Promise<AllocationSuggestion[]> {
  const { referral } = await loadReferralFor(db, ctx, id, 'referrals:allocate');
  return workerLoads(db, referral.organisationId, policy);
}

/**
 * Allocates a triaged referral, or reassigns an open one, to a link worker of its PCN. Both are
 * compare-and-set on the status read and the assignee the caller saw (`expectedWorkerId`,
 * absent meaning nobody): of many parallel allocations exactly one wins and the rest get 409
 * with `allowed`; a reassignment that lost a race with a discharge changes nothing.
 */
export async function allocateReferral(
  db: Db,
  ctx: RequestContext,
  id: string,
  { input, policy }: { input: AllocateRequest; policy: PathwayPolicy },
): Promise<Referral> {
  const { referral, scope } = await loadReferralFor(db, ctx, id, 'referrals:allocate');
  const seenWorkerId = input.expectedWorkerId ?? null;
  if (referral.status !== 'triaged' && !OPEN_CASE_STATUSES.includes(referral.status)) {
    // `allowed` always means "the states this referral can move to next".
    throw new AppError('conflict', 'Only a triaged or open referral can be allocated', {
      allowed: [...allowedTransitions(referral.status)],
    });
  }
  if (referral.assignedWorkerId !== seenWorkerId) {
    throw new AppError(
      'conflict',
      referral.assignedWorkerId === null
        ? 'This referral is no longer allocated to the link worker you saw: reload it and try again.'
        : 'Someone else has allocated this referral since you looked at it: reload it and try again.',
      { allowed: [...allowedTransitions(referral.status)] },
    );
  }
  const loads = await workerLoads(db, referral.organisationId, policy);
  const worker = loads.find((l) => l.workerId === input.workerId);
  if (!worker) throw validationError('workerId', 'Choose a link worker of this primary care network');
  if (worker.workerId === referral.assignedWorkerId)
    throw validationError('workerId', `This referral is already allocated to ${worker.name}`);
  await db.transaction(async (tx) => {
    // Rolled back with the allocation if the compare-and-set below loses.
    await notifyReferralAllocated(tx, ctx, referral.id, worker.workerId);
    if (referral.status === 'triaged') {
      await changeStatus(tx, ctx, {
        referral,
        to: 'allocated',
        reason: input.reason || `Allocated to ${worker.name}`,
        set: { assignedWorkerId: worker.workerId },
        via: scope?.via,
      });
      return;
    }
    if (!(await updateReferralIfUnchanged(tx, referral, { assignedWorkerId: worker.workerId }))) {
      throw await changedMeanwhile(tx, referral.id);
    }
    await recordTransition(tx, ctx, {
      referral,
      to: referral.status,
      reason: `Reassigned to ${worker.name}${input.reason ? `: ${input.reason}` : ''}`,
      via: scope?.via,
    });
  });
  return referralView(db, id);
}

/** Any other allowed state change (decline, withdraw, closed in error…) with a reason. */
export async function transitionReferral(
  db: Db,
  ctx: RequestContext,
  id: string,
  { to, reason }: TransitionRequest,
): Promise<Referral> {
  const { referral, scope } = await loadReferralFor(db, ctx, id, 'referrals:work');
  if (to === 'allocated' || to === 'triaged' || to === 'discharged') {
    throw validationError(
      'to',
      `Use the ${to === 'discharged' ? 'discharge' : to === 'triaged' ? 'triage' : 'allocate'} action for this`,
    );
  }
  await db.transaction((tx) => changeStatus(tx, ctx, { referral, to, reason, via: scope?.via }));
  return referralView(db, id);
}
