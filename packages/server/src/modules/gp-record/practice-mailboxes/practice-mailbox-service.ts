import type {
  CreatePracticeMailboxRequest,
  PracticeMailbox,
  PracticeMailboxPage,
  PracticeMailboxQuery,
  UpdatePracticeMailboxRequest,
} from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import { requireActor, scopeFor } from '../../../access/org-scope.ts';
import type { Db } from '../../../db/client.ts';
import { conflict, notFound } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import {
  deletePracticeMailbox,
  findPracticeMailbox,
  insertPracticeMailbox,
  listPracticeMailboxes,
  updatePracticeMailbox,
} from './practice-mailbox-repository.ts';
import { toPracticeMailbox } from './practice-mailbox-view.ts';

/**
 * The practice mailbox directory (admins, `gp-record:manage`): which MESH mailbox receives GP
 * documents for an ODS code. It is national reference data, not any one PCN's, so the scope is
 * the permission itself; an ODS code need not be a practice in Kith yet.
 */
export async function getPracticeMailboxes(
  db: Db,
  ctx: RequestContext,
  query: PracticeMailboxQuery,
): Promise<PracticeMailboxPage> {
  await scopeFor(db, ctx, 'gp-record:manage');
  const { items, total } = await listPracticeMailboxes(db, query);
  return { items: items.map(toPracticeMailbox), total, page: query.page, pageSize: query.pageSize };
}

/** One practice's mailbox (404 when the ODS code has none). */
export async function getPracticeMailbox(db: Db, ctx: RequestContext, odsCode: string): Promise<PracticeMailbox> {
  await scopeFor(db, ctx, 'gp-record:manage');
  const row = await findPracticeMailbox(db, odsCode);
  if (!row) throw notFound('Practice mailbox');
  return toPracticeMailbox(row);
}

export async function addPracticeMailbox(
  db: Db,
  ctx: RequestContext,
  input: CreatePracticeMailboxRequest,
): Promise<PracticeMailbox> {
  const scope = await scopeFor(db, ctx, 'gp-record:manage');
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const inserted = await insertPracticeMailbox(tx, {
      odsCode: input.odsCode,
      mailboxId: input.mailboxId,
      note: input.note ?? null,
      updatedBy: actor.userId,
    });
    if (!inserted) throw conflict(`The practice ${input.odsCode} already has a mailbox: edit it instead`);
    await recordAudit(tx, ctx, { action: 'create', recordType: 'practice_mailbox', recordId: input.odsCode, via: scope.via });
    return toPracticeMailbox(await reread(tx, input.odsCode));
  });
}

export async function editPracticeMailbox(
  db: Db,
  ctx: RequestContext,
  odsCode: string,
  input: UpdatePracticeMailboxRequest,
): Promise<PracticeMailbox> {
  const scope = await scopeFor(db, ctx, 'gp-record:manage');
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const changes = {
      ...(input.mailboxId !== undefined ? { mailboxId: input.mailboxId } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    const updated = await updatePracticeMailbox(tx, odsCode, { ...changes, updatedBy: actor.userId });
    if (!updated) throw notFound('Practice mailbox');
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'practice_mailbox',
      recordId: odsCode,
      via: scope.via,
      detail: { fields: Object.keys(changes), active: updated.active },
    });
    return toPracticeMailbox(await reread(tx, odsCode));
  });
}

/** Documents already addressed keep their mailbox; new ones for this practice wait as `no_mailbox`. */
export async function removePracticeMailbox(db: Db, ctx: RequestContext, odsCode: string): Promise<void> {
  const scope = await scopeFor(db, ctx, 'gp-record:manage');
  await db.transaction(async (tx) => {
    if (!(await deletePracticeMailbox(tx, odsCode))) throw notFound('Practice mailbox');
    await recordAudit(tx, ctx, { action: 'delete', recordType: 'practice_mailbox', recordId: odsCode, via: scope.via });
  });
}

async function reread(tx: Parameters<typeof findPracticeMailbox>[0], odsCode: string) {
  const row = await findPracticeMailbox(tx, odsCode);
  if (!row) throw new Error('a practice mailbox just written was not found');
  return row;
}
