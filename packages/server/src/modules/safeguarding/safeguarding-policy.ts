import {
  allowedSafeguardingTransitions,
  type ConcernTransitionRequest,
  canTransitionConcern,
  SAFEGUARDING_STATUS_LABELS,
  type SafeguardingStatus,
} from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor } from '../../access/org-scope.ts';
import { findPersonAccess } from '../../access/person-gate.ts';
import type { DbOrTx } from '../../db/client.ts';
import { AppError, forbidden, notFound, validationError } from '../../errors.ts';
import { isLeadOf } from './safeguarding-lead-repository.ts';
import { type ConcernRow, findConcern, isNotified } from './safeguarding-repository.ts';

/**
 * Who may do what with safeguarding concerns, decided here only:
 * - raise: a link worker or supervisor with the person's PCN in scope (`safeguarding:raise`);
 * - read a person's concerns: anyone who may read the person (`people:read`);
 * - move a concern: a designated lead of its PCN, or a supervisor with the PCN in scope;
 * - read one concern: those who may move it, read the person, or were notified about it.
 * Whether the caller may raise for or read the person is the person gate's answer
 * (`access/person-gate.ts`). Out of scope is 404, so a concern's existence is not disclosed.
 */

/** The membership through which the caller may move concerns of `organisationId`, if any. */
export async function managingMembership(
  db: DbOrTx,
  ctx: RequestContext,
  organisationId: string,
): Promise<ActorMembership | undefined> {
  const actor = requireActor(ctx);
  if (grantingMemberships(actor, 'safeguarding:manage').length > 0) {
    const scope = await scopeFor(db, ctx, 'safeguarding:manage');
    if (scope.organisationIds.includes(organisationId)) return scope.via;
  }
  if (await isLeadOf(db, organisationId, actor.userId)) {
    // A lead acts as the named lead, whatever their role: record the membership nearest the PCN.
    return actor.memberships.find((m) => m.organisationId === organisationId) ?? actor.memberships[0];
  }
  return undefined;
}

/** The one gate for a concern. `manage` refuses readers with 403 and strangers with 404. */
export async function loadConcernFor(
  db: DbOrTx,
  ctx: RequestContext,
  concernId: string,
  need: 'read' | 'manage',
): Promise<{ concern: ConcernRow; via: ActorMembership | undefined; canManage: boolean }> {
  const actor = requireActor(ctx);
  const concern = await findConcern(db, concernId);
  if (!concern) throw notFound('Safeguarding concern');
  const managing = await managingMembership(db, ctx, concern.organisationId);
  if (managing) return { concern, via: managing, canManage: true };
  const reading =
    (await findPersonAccess(db, ctx, concern.personId, 'people:read'))?.via ??
    ((await isNotified(db, concern.id, actor.userId)) ? actor.memberships[0] : undefined);
  if (!reading) throw notFound('Safeguarding concern');
  if (need === 'manage') {
    throw forbidden('Only a designated safeguarding lead for this PCN or a supervisor can change a concern');
  }
  return { concern, via: reading, canManage: false };
}

/** The state machine check: 409 listing where the concern can go instead. */
export function assertCanMove(from: SafeguardingStatus, to: SafeguardingStatus): void {
  if (canTransitionConcern(from, to)) return;
  const allowed = allowedSafeguardingTransitions(from);
  const label = (s: SafeguardingStatus) => SAFEGUARDING_STATUS_LABELS[s].toLowerCase();
  throw new AppError(
    'conflict',
    `A concern that is ${label(from)} cannot become ${label(to)}` +
      (allowed.length ? `; it can become: ${allowed.map(label).join(', ')}` : '; it is closed'),
    { allowed: [...allowed] },
  );
}

/** A concern is never closed silently: closing records what happened. Other moves keep no outcome. */
export function outcomeFor(input: ConcernTransitionRequest): string | null {
  if (input.to !== 'closed') return null;
  if (!input.outcome) throw validationError('outcome', 'Enter the outcome before closing the concern');
  return input.outcome;
}
