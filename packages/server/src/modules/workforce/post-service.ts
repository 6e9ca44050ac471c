import type {
  CreatePostRequest,
  PostFields,
  PostList,
  PostOptions,
  PostPageQuery,
  UpdatePostRequest,
  WorkforcePcnList,
  WorkforcePost,
} from '@kith/shared';
import type { RequestContext } from '../../access/actor.ts';
import { grantingMemberships, requireActor, scopeFor, withDescendants } from '../../access/org-scope.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit-writer.ts';
import { checkPostReferences, loadPcnFor } from './post-policy.ts';
import {
  findPost,
  insertPost,
  listEmployers,
  listPcnsIn,
  listPeopleIn,
  listPostsPage,
  type PostValues,
  updatePost,
} from './post-repository.ts';
import { toPost } from './post-view.ts';

/** PCNs the caller may read the workforce of, saying which they may manage. */
export async function listWorkforcePcns(db: Db, ctx: RequestContext): Promise<WorkforcePcnList> {
  const actor = requireActor(ctx);
  const read = await scopeFor(db, ctx, 'workforce:read');
  const manageRoots = grantingMemberships(actor, 'workforce:manage').map((m) => m.organisationId);
  const manageable = new Set(await withDescendants(db, manageRoots));
  const pcns = await listPcnsIn(db, read.organisationIds);
  return { items: pcns.map((p) => ({ ...p, canManage: manageable.has(p.id) })) };
}

/** One page of a PCN's posts. */
export async function listPcnPosts(db: Db, ctx: RequestContext, query: PostPageQuery): Promise<PostList> {
  await loadPcnFor(db, ctx, query.pcnId, 'workforce:read');
  const canManage = await canManagePcn(db, ctx, query.pcnId);
  const page = await listPostsPage(db, query.pcnId, query);
  return { ...page, items: page.items.map(toPost), canManage };
}

/** The employers and people a post in the PCN may name, for the post form. */
export async function postOptions(db: Db, ctx: RequestContext, pcnId: string): Promise<PostOptions> {
  await loadPcnFor(db, ctx, pcnId, 'workforce:read');
  const employers = await listEmployers(db, pcnId);
  const people = await listPeopleIn(db, [...(await withDescendants(db, [pcnId])), ...employers.map((e) => e.id)]);
  return { employers, people };
}

/** One post, if its PCN is in the caller's scope (404 otherwise). */
export async function getPost(db: Db, ctx: RequestContext, postId: string): Promise<WorkforcePost> {
  const scope = await scopeFor(db, ctx, 'workforce:read');
  const found = await findPost(db, postId);
  if (!found || !scope.organisationIds.includes(found.post.pcnId)) throw notFound('Post');
  return toPost(found);
}

/** Creates a post in a PCN the caller manages; the employer and named people are checked first. */
export async function createPost(db: Db, ctx: RequestContext, input: CreatePostRequest): Promise<WorkforcePost> {
  const { scope } = await loadPcnFor(db, ctx, input.pcnId, 'workforce:manage');
  const { pcnId, ...fields } = input;
  await checkPostReferences(db, pcnId, fields);
  const id = await db.transaction(async (tx) => {
    const id = await insertPost(tx, { pcnId, ...valuesOf(fields), updatedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'create',
      recordType: 'workforce_post',
      recordId: id,
      via: scope.via,
      detail: { pcnId },
    });
    return id;
  });
  return getPost(db, ctx, id);
}

/** Replaces a post's fields (not its PCN), auditing which fields changed. */
export async function updateWorkforcePost(
  db: Db,
  ctx: RequestContext,
  postId: string,
  input: UpdatePostRequest,
): Promise<WorkforcePost> {
  const scope = await scopeFor(db, ctx, 'workforce:manage');
  const before = (await findPost(db, postId))?.post;
  if (!before || !scope.organisationIds.includes(before.pcnId)) throw notFound('Post');
  await checkPostReferences(db, before.pcnId, input);
  const values = valuesOf(input);
  const changed = (Object.keys(values) as (keyof typeof values)[]).filter((key) => values[key] !== before[key]);
  await db.transaction(async (tx) => {
    await updatePost(tx, postId, { pcnId: before.pcnId, ...values, updatedAt: new Date() });
    await recordAudit(tx, ctx, {
      action: 'update',
      recordType: 'workforce_post',
      recordId: postId,
      via: scope.via,
      detail: { changed },
    });
  });
  return getPost(db, ctx, postId);
}

async function canManagePcn(db: Db, ctx: RequestContext, pcnId: string): Promise<boolean> {
  const roots = grantingMemberships(requireActor(ctx), 'workforce:manage').map((m) => m.organisationId);
  return (await withDescendants(db, roots)).includes(pcnId);
}

/** Stored values: the name is kept only when no user is chosen; management costs only for subcontracts. */
function valuesOf(fields: PostFields): Omit<PostValues, 'pcnId' | 'updatedAt'> {
  return {
    title: fields.title,
    role: fields.role,
    employmentModel: fields.employmentModel,
    employerId: fields.employerId,
    holderUserId: fields.holderUserId,
    holderName: fields.holderUserId ? null : fields.holderName || null,
    band: fields.band,
    startingPayPoint: fields.band ? fields.startingPayPoint : null,
    spotSalary: fields.band ? null : fields.spotSalary,
    wte: fields.wte,
    startDate: fields.startDate,
    endDate: fields.endDate,
    contractType: fields.contractType,
    fundingSource: fields.fundingSource,
    managementCostPerWte: fields.employmentModel === 'vcse_subcontract' ? fields.managementCostPerWte : null,
    lineManagerUserId: fields.lineManagerUserId,
    clinicalSupervisorUserId: fields.clinicalSupervisorUserId,
  };
}
