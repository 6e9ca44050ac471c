import type {
  CommunityResource,
  CommunityResourceCategoryList,
  CommunityResourceList,
  CommunityResourceListQuery,
  CreateCommunityResourceRequest,
  UpdateCommunityResourceRequest,
} from '@kith/shared';
import type { RequestContext } from '../../../access/actor.ts';
import type { Db } from '../../../db/client.ts';
import { notFound } from '../../../errors.ts';
import { recordAudit } from '../../audit/audit-writer.ts';
import { type CommunityStanding, requireEditor, requireMember, standingOf } from '../community-policy.ts';
import { findResource, insertResource, listCategoryRows, listResourceRows, updateResourceRow } from './resource-repository.ts';
import { toResource } from './resource-view.ts';

const EDITOR_NEEDED = 'Sign in as a community editor to change the resources library';

async function requireLibraryEditor(db: Db, ctx: RequestContext): Promise<CommunityStanding> {
  const standing = await requireMember(db, ctx, EDITOR_NEEDED);
  requireEditor(standing, 'change the resources library');
  return standing;
}

/** Anyone searches the library; only editors may include archived resources. */
export async function listResources(
  db: Db,
  ctx: RequestContext,
  query: CommunityResourceListQuery,
): Promise<CommunityResourceList> {
  const includeArchived = query.includeArchived === 'true' && Boolean((await standingOf(db, ctx))?.isEditor);
  const words = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
  const { rows, total } = await listResourceRows(
    db,
    { words, category: query.category || undefined, kind: query.kind, includeArchived },
    query,
  );
  return { items: rows.map(toResource), total, page: query.page, pageSize: query.pageSize };
}

/** One resource; an archived one only for editors. */
export async function getResource(db: Db, ctx: RequestContext, id: string): Promise<CommunityResource> {
  const row = await findResource(db, id);
  if (!row || (row.archivedAt && !(await standingOf(db, ctx))?.isEditor)) throw notFound('Resource');
  return toResource(row);
}

export async function listResourceCategories(db: Db): Promise<CommunityResourceCategoryList> {
  return { items: await listCategoryRows(db) };
}

export async function createResource(
  db: Db,
  ctx: RequestContext,
  input: CreateCommunityResourceRequest,
  now = new Date(),
): Promise<CommunityResource> {
  const standing = await requireLibraryEditor(db, ctx);
  const row = await db.transaction(async (tx) => {
    const created = await insertResource(tx, {
      ...input,
      tags: [...new Set(input.tags)],
      createdByUserId: standing.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, { action: 'create', recordType: 'community_resource', recordId: created.id });
    return created;
  });
  return toResource(row);
}

/** Editors change a resource; only the fields sent change. */
export async function updateResource(
  db: Db,
  ctx: RequestContext,
  { id, input, now = new Date() }: { id: string; input: UpdateCommunityResourceRequest; now?: Date },
): Promise<CommunityResource> {
  await requireLibraryEditor(db, ctx);
  const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  if (changes.tags) changes.tags = [...new Set(changes.tags as string[])];
  const row = await db.transaction(async (tx) => {
    const updated = await updateResourceRow(tx, id, changes, now);
    if (!updated) throw notFound('Resource');
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'community_resource',
      recordId: id,
      detail: { fields: Object.keys(changes) },
    });
    return updated;
  });
  return toResource(row);
}

/** Editors archive a resource (hidden from readers, kept) or bring it back. Doing it twice changes nothing. */
export async function setResourceArchived(
  db: Db,
  ctx: RequestContext,
  { id, archived, now = new Date() }: { id: string; archived: boolean; now?: Date },
): Promise<CommunityResource> {
  await requireLibraryEditor(db, ctx);
  const existing = await findResource(db, id);
  if (!existing) throw notFound('Resource');
  if ((existing.archivedAt !== null) === archived) return toResource(existing);
  const row = await db.transaction(async (tx) => {
    const updated = await updateResourceRow(tx, id, { archivedAt: archived ? now : null }, now);
    if (!updated) throw notFound('Resource');
    await recordAudit(tx, ctx, {
      action: 'state_change',
      recordType: 'community_resource',
      recordId: id,
      detail: { to: archived ? 'archived' : 'active' },
    });
    return updated;
  });
  return toResource(row);
}
