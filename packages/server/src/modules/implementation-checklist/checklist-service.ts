import {
  type AddChecklistItemRequest,
  type ChecklistItem,
  DEFAULT_CHECKLIST_ITEMS,
  type ImplementationChecklist,
  type UpdateChecklistItemRequest,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import {
  assertInScope,
  grantingMemberships,
  type OrgScope,
  requireActor,
  scopeFor,
  withDescendants,
} from '../../access/org-scope.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { conflict, notFound, validationError } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { ukToday } from '../pulse/uk-date.ts';
import {
  countDefaultItems,
  deleteItem,
  findItem,
  findPcn,
  insertItem,
  listItems,
  listPeopleIn,
  type NamedChecklistItem,
  nextSortOrder,
  seedDefaultItems,
  updateItem,
} from './checklist-repository.ts';
import { checklistProgress, toChecklistItem } from './checklist-view.ts';

async function pcnIn(db: DbOrTx, scope: OrgScope, pcnId: string): Promise<{ id: string; name: string }> {
  assertInScope(scope, pcnId, 'Primary care network');
  const pcn = await findPcn(db, pcnId);
  if (!pcn) throw notFound('Primary care network');
  return pcn;
}

/** People who may own an item: anyone holding a role in the PCN or a practice in it. */
async function ownersOf(db: DbOrTx, pcnId: string) {
  return listPeopleIn(db, await withDescendants(db, [pcnId]));
}

async function assertOwnerAllowed(db: DbOrTx, pcnId: string, ownerUserId: string | null | undefined): Promise<void> {
  if (!ownerUserId) return;
  const owners = await ownersOf(db, pcnId);
  if (!owners.some((owner) => owner.userId === ownerUserId)) {
    throw validationError('ownerUserId', 'Choose someone who works in this primary care network, or type a name');
  }
}

/**
 * A PCN's checklist. The first read seeds Kith's default list, in a transaction and
 * idempotently (see `seedDefaultItems`), so two first reads at once still make one list.
 */
export async function getChecklist(db: Db, ctx: RequestContext, pcnId: string): Promise<ImplementationChecklist> {
  const actor = requireActor(ctx);
  const scope = await scopeFor(db, ctx, 'checklist:read');
  const pcn = await pcnIn(db, scope, pcnId);
  if ((await countDefaultItems(db, pcnId)) < DEFAULT_CHECKLIST_ITEMS.length) {
    await db.transaction(async (tx) => {
      const seeded = await seedDefaultItems(tx, pcnId);
      if (seeded > 0) {
        await recordAudit(tx, ctx, {
          action: 'create',
          recordType: 'implementation_checklist',
          recordId: pcnId,
          via: scope.via,
          detail: { seededDefaultItems: seeded },
        });
      }
    });
  }
  const today = ukToday();
  const items = (await listItems(db, pcnId)).map((item) => toChecklistItem(item, today));
  const canManage =
    grantingMemberships(actor, 'checklist:manage').length > 0 &&
    (await scopeFor(db, ctx, 'checklist:manage')).organisationIds.includes(pcnId);
  return {
    pcnId,
    pcnName: pcn.name,
    items,
    progress: checklistProgress(items),
    owners: await ownersOf(db, pcnId),
    canManage,
  };
}

/** Adds a PCN's own item; these, unlike the default ones, can be deleted later. */
export async function addChecklistItem(db: Db, ctx: RequestContext, input: AddChecklistItemRequest): Promise<ChecklistItem> {
  const scope = await scopeFor(db, ctx, 'checklist:manage');
  await pcnIn(db, scope, input.pcnId);
  await assertOwnerAllowed(db, input.pcnId, input.ownerUserId);
  const id = await db.transaction(async (tx) => {
    const id = await insertItem(tx, {
      pcnId: input.pcnId,
      title: input.title,
      ownerUserId: input.ownerUserId ?? null,
      ownerName: input.ownerUserId ? null : input.ownerName || null,
      dueDate: input.dueDate ?? null,
      status: input.status ?? 'not_started',
      notes: input.notes ?? '',
      sortOrder: await nextSortOrder(tx, input.pcnId),
    });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'implementation_checklist_item', recordId: id, via: scope.via });
    return id;
  });
  return viewOf(db, id);
}

/** Loads an item the caller may manage: 404 when missing or outside their PCNs. */
async function manageableItem(db: Db, ctx: RequestContext, id: string): Promise<{ item: NamedChecklistItem; scope: OrgScope }> {
  const scope = await scopeFor(db, ctx, 'checklist:manage');
  const item = await findItem(db, id);
  if (!item) throw notFound('Checklist item');
  assertInScope(scope, item.row.pcnId, 'Checklist item');
  return { item, scope };
}

/** Replaces an item's title, owner, due date, status and notes. */
export async function updateChecklistItem(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateChecklistItemRequest,
): Promise<ChecklistItem> {
  const { item, scope } = await manageableItem(db, ctx, id);
  await assertOwnerAllowed(db, item.row.pcnId, input.ownerUserId);
  const next = {
    title: input.title,
    ownerUserId: input.ownerUserId ?? null,
    ownerName: input.ownerUserId ? null : input.ownerName || null,
    dueDate: input.dueDate ?? null,
    status: input.status,
    notes: input.notes ?? '',
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== item.row[key]);
  await db.transaction(async (tx) => {
    await updateItem(tx, id, { ...next, updatedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'implementation_checklist_item',
      recordId: id,
      via: scope.via,
      detail: { changed, status: input.status },
    });
  });
  return viewOf(db, id);
}

/** Deletes a PCN's own item. Default items stay (409): they can be marked not applicable instead. */
export async function deleteChecklistItem(db: Db, ctx: RequestContext, id: string): Promise<void> {
  const { item, scope } = await manageableItem(db, ctx, id);
  if (item.row.defaultKey !== null) {
    throw conflict('Items from the default list cannot be deleted. Mark the item as not applicable instead.');
  }
  await db.transaction(async (tx) => {
    await deleteItem(tx, id);
    await recordAudit(tx, ctx, {
      action: 'delete',
      recordType: 'implementation_checklist_item',
      recordId: id,
      via: scope.via,
      detail: { pcnId: item.row.pcnId },
    });
  });
}

async function viewOf(db: Db, id: string): Promise<ChecklistItem> {
  const item = await findItem(db, id);
  if (!item) throw notFound('Checklist item');
  return toChecklistItem(item, ukToday());
}
