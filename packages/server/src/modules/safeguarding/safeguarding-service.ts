import {
  allowedSafeguardingTransitions,
  type ConcernTransitionRequest,
  IMMEDIATE_RISK_ADVICE,
  type RaiseConcernRequest,
  type RaisedConcern,
  type SafeguardingConcern,
  type SafeguardingInbox,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import { assertReferralOfPerson, loadPersonFor } from '../../access/person-gate.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { type PageRequest, pageResult } from '../../db/paging.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { notifySafeguardingAcknowledged, notifySafeguardingRaised } from '../notifications/notification-events.ts';
import { findActiveLeads } from './safeguarding-lead-repository.ts';
import { assertCanMove, loadConcernFor, outcomeFor } from './safeguarding-policy.ts';
import {
  findConcern,
  findSupervisorsCovering,
  insertConcern,
  insertEvent,
  insertNotifications,
  listConcernRowsForPerson,
  listInbox,
  markNotificationRead,
  moveConcern,
} from './safeguarding-repository.ts';
import { toConcernViews, toInboxItems } from './safeguarding-view.ts';

/**
 * Raises a concern and, in the same transaction, notifies the PCN's designated safeguarding
 * leads — or its supervisors when no lead is designated — so a concern is never raised unseen.
 */
export async function raiseConcern(
  db: Db,
  ctx: RequestContext,
  personId: string,
  input: RaiseConcernRequest,
): Promise<RaisedConcern> {
  const actor = requireActor(ctx);
  const { person, via } = await loadPersonFor(db, ctx, personId, 'safeguarding:raise');
  await assertReferralOfPerson(db, personId, input.referralId);
  const at = new Date();
  const { row, notified, noLeadDesignated } = await db.transaction(async (tx) => {
    const row = await insertConcern(tx, {
      organisationId: person.organisationId,
      personId,
      referralId: input.referralId ?? null,
      category: input.category,
      description: input.description,
      immediateRisk: input.immediateRisk,
      raisedBy: actor.userId,
      createdAt: at,
      updatedAt: at,
    });
    await insertEvent(tx, { concernId: row.id, fromStatus: null, toStatus: 'raised', actorUserId: actor.userId, at });
    const leads = await findActiveLeads(tx, person.organisationId);
    const recipients = leads.length > 0 ? leads : await findSupervisorsCovering(tx, person.organisationId);
    await insertNotifications(
      tx,
      row.id,
      recipients.map((r) => r.userId),
      at,
    );
    await notifySafeguardingRaised(
      tx,
      ctx,
      row,
      recipients.map((r) => r.userId),
      at,
    );
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'safeguarding_concern',
      recordId: row.id,
      via,
      detail: { immediateRisk: input.immediateRisk, notified: recipients.length, noLeadDesignated: leads.length === 0 },
    });
    return {
      row,
      notified: recipients.map((r) => ({ userId: r.userId, name: r.name })),
      noLeadDesignated: leads.length === 0,
    };
  });
  return {
    concern: await viewOf(db, row.id),
    notified,
    noLeadDesignated,
    urgentAction: input.immediateRisk ? IMMEDIATE_RISK_ADVICE : null,
  };
}

/** Every concern ever raised about the person, newest first; concerns are never removed. */
export async function listPersonConcerns(db: Db, ctx: RequestContext, personId: string): Promise<SafeguardingConcern[]> {
  const { via } = await loadPersonFor(db, ctx, personId, 'people:read');
  const concerns = await toConcernViews(db, await listConcernRowsForPerson(db, personId));
  await recordAudit(db, ctx, {
    action: 'read',
    recordType: 'safeguarding_concerns',
    recordId: personId,
    via,
    detail: { count: concerns.length },
  });
  return concerns;
}

/** One concern with its history; opening it marks the caller's notification as read. */
export async function getConcern(db: Db, ctx: RequestContext, concernId: string): Promise<SafeguardingConcern> {
  const actor = requireActor(ctx);
  const { via, canManage } = await loadConcernFor(db, ctx, concernId, 'read');
  const concern = { ...(await viewOf(db, concernId)), canManage };
  await db.transaction(async (tx) => {
    await markNotificationRead(tx, concernId, actor.userId, new Date());
    await recordAudit(tx, ctx, { action: 'read', recordType: 'safeguarding_concern', recordId: concernId, via });
  });
  return concern;
}

/** Concerns the caller was notified about, unread first. */
export async function safeguardingInbox(db: Db, ctx: RequestContext, page: PageRequest): Promise<SafeguardingInbox> {
  const actor = requireActor(ctx);
  const { rows, total, unread } = await listInbox(db, actor.userId, page);
  const inbox = { ...pageResult(await toInboxItems(db, rows), total, page), unread };
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'safeguarding_concern',
    detail: { count: inbox.items.length, total: inbox.total, page: inbox.page, unread: inbox.unread },
  });
  return inbox;
}

/**
 * The one way a concern changes state: checked against the shared state machine (409 with the
 * allowed next states), recorded in `safeguarding_events` with who/when/note, and audited.
 */
export async function transitionConcern(
  db: Db,
  ctx: RequestContext,
  concernId: string,
  input: ConcernTransitionRequest,
): Promise<SafeguardingConcern> {
  const actor = requireActor(ctx);
  const { concern, via } = await loadConcernFor(db, ctx, concernId, 'manage');
  assertCanMove(concern.status, input.to);
  const outcome = outcomeFor(input);
  const at = new Date();
  await db.transaction(async (tx) => {
    if (!(await moveConcern(tx, { id: concernId, from: concern.status, to: input.to, outcome, at }))) {
      // Someone else moved it since it was read: judge the request against where it is now.
      const now = await findConcern(tx, concernId);
      if (!now) throw notFound('Safeguarding concern');
      assertCanMove(now.status, input.to);
      throw new AppError('conflict', 'The concern changed while you were updating it: reload it and try again.', {
        allowed: [...allowedSafeguardingTransitions(now.status)],
      });
    }
    await insertEvent(tx, {
      concernId,
      fromStatus: concern.status,
      toStatus: input.to,
      note: input.note,
      actorUserId: actor.userId,
      at,
    });
    await markNotificationRead(tx, concernId, actor.userId, at);
    if (input.to === 'acknowledged') await notifyAcknowledged(tx, ctx, concern, at);
    await recordAudit(tx, ctx, {
      action: 'state_change',
      recordType: 'safeguarding_concern',
      recordId: concernId,
      via,
      detail: { from: concern.status, to: input.to },
    });
  });
  return { ...(await viewOf(db, concernId)), canManage: true };
}

/** The raiser and the same people told when it was raised: its leads, or supervisors when none. */
async function notifyAcknowledged(
  tx: DbOrTx,
  ctx: RequestContext,
  concern: { id: string; organisationId: string; raisedBy: string | null },
  at: Date,
): Promise<void> {
  const leads = await findActiveLeads(tx, concern.organisationId);
  const recipients = leads.length > 0 ? leads : await findSupervisorsCovering(tx, concern.organisationId);
  await notifySafeguardingAcknowledged(
    tx,
    ctx,
    concern,
    recipients.map((r) => r.userId),
    at,
  );
}

async function viewOf(db: DbOrTx, concernId: string): Promise<SafeguardingConcern> {
  const row = await findConcern(db, concernId);
  if (!row) throw notFound('Safeguarding concern');
  const [view] = await toConcernViews(db, [row]);
  if (!view) throw notFound('Safeguarding concern');
  return view;
}
