import type { CreateOnwardReferralNoteRequest, OnwardReferralNote, OnwardReferralNoteList } from '@kith/shared';
import type { ActorMembership, RequestContext } from '../../access/actor.ts';
import { requireActor } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { notesClosedMessage } from './onward-note-window.ts';
import { insertOnwardNote, listOnwardNotes, type NoteSide } from './onward-referral-notes-repository.ts';
import { type SideNames, toNoteView } from './onward-referral-notes-view.ts';
import { notifyNote } from './onward-referral-notifications.ts';
import { loadForCareTeam, loadForProvider, maySendFor } from './onward-referral-policy.ts';
import { type NamedOnwardReferral, organisationName } from './onward-referral-repository.ts';

/**
 * The conversation on an onward referral between the care team and the provider. Each side
 * reaches it through its own gate (the care team's PCN scope, the provider's linked
 * organisations), so another organisation's referral is a 404. A note is text one side writes
 * for the other: it never carries anything of the person's record beyond what its writer typed,
 * and each note tells the other side, in the same transaction.
 */

async function sideNames(db: Db, referral: NamedOnwardReferral): Promise<SideNames> {
  return { requester: await organisationName(db, referral.row.organisationId), provider: referral.providerName };
}

async function noteList(
  db: Db,
  ctx: RequestContext,
  { referral, via, side, mayWrite }: { referral: NamedOnwardReferral; via: ActorMembership; side: NoteSide; mayWrite: boolean },
): Promise<OnwardReferralNoteList> {
  const names = await sideNames(db, referral);
  const items = (await listOnwardNotes(db, referral.row.id)).map((note) => toNoteView(note, names));
  const closedMessage = notesClosedMessage(referral.row, new Date());
  await recordAudit(db, ctx, {
    action: 'list',
    recordType: 'onward_referral_note',
    recordId: referral.row.id,
    via,
    detail: { side, count: items.length },
  });
  return { items, canWrite: mayWrite && closedMessage === null, closedMessage };
}

async function addNote(
  db: Db,
  ctx: RequestContext,
  {
    referral,
    via,
    side,
    input,
  }: { referral: NamedOnwardReferral; via: ActorMembership; side: NoteSide; input: CreateOnwardReferralNoteRequest },
): Promise<OnwardReferralNote> {
  const actor = requireActor(ctx);
  const now = new Date();
  const closed = notesClosedMessage(referral.row, now);
  if (closed) throw new AppError('conflict', closed, { allowed: [] });
  const row = await db.transaction(async (tx) => {
    const inserted = await insertOnwardNote(tx, {
      onwardReferralId: referral.row.id,
      side,
      authorUserId: actor.userId,
      body: input.body,
      createdAt: now,
    });
    await notifyNote(tx, referral.row, { id: inserted.id, side }, actor.userId, now);
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'onward_referral_note',
      recordId: inserted.id,
      via,
      detail: { onwardReferralId: referral.row.id, side },
    });
    return inserted;
  });
  return toNoteView({ note: row, authorName: actor.displayName }, await sideNames(db, referral));
}

/** The conversation as the care team sees it; those who may send onward referrals may write in it. */
export async function listNotesForCareTeam(db: Db, ctx: RequestContext, id: string): Promise<OnwardReferralNoteList> {
  const { referral, via } = await loadForCareTeam(db, ctx, id, 'onward:read');
  const mayWrite = await maySendFor(db, ctx, referral.row.organisationId);
  return noteList(db, ctx, { referral, via, side: 'requester', mayWrite });
}

export async function addNoteAsCareTeam(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: CreateOnwardReferralNoteRequest,
): Promise<OnwardReferralNote> {
  const { referral, via } = await loadForCareTeam(db, ctx, id, 'onward:send');
  return addNote(db, ctx, { referral, via, side: 'requester', input });
}

/** The conversation as the provider sees it. */
export async function listNotesForProvider(db: Db, ctx: RequestContext, id: string): Promise<OnwardReferralNoteList> {
  const { referral, via } = await loadForProvider(db, ctx, id);
  return noteList(db, ctx, { referral, via, side: 'provider', mayWrite: true });
}

export async function addNoteAsProvider(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: CreateOnwardReferralNoteRequest,
): Promise<OnwardReferralNote> {
  const { referral, via } = await loadForProvider(db, ctx, id);
  return addNote(db, ctx, { referral, via, side: 'provider', input });
}
