import { and, asc, count, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../db/paging.ts';
import { memberships, organisations, users, vcsePcnLinks, workforcePosts } from '../../db/schema/index.ts';

export type PostRow = typeof workforcePosts.$inferSelect;
export type PostValues = Omit<typeof workforcePosts.$inferInsert, 'id' | 'createdAt'>;

const holder = alias(users, 'holder');
const lineManager = alias(users, 'line_manager');
const supervisor = alias(users, 'clinical_supervisor');

function selectNamedPosts(db: DbOrTx) {
  return db
    .select({
      post: workforcePosts,
      employerName: organisations.name,
      holderUserName: holder.displayName,
      lineManagerName: lineManager.displayName,
      clinicalSupervisorName: supervisor.displayName,
    })
    .from(workforcePosts)
    .innerJoin(organisations, eq(organisations.id, workforcePosts.employerId))
    .leftJoin(holder, eq(holder.id, workforcePosts.holderUserId))
    .leftJoin(lineManager, eq(lineManager.id, workforcePosts.lineManagerUserId))
    .leftJoin(supervisor, eq(supervisor.id, workforcePosts.clinicalSupervisorUserId));
}

/** A post with the names of its employer and of the people it names. */
export type NamedPostRow = Awaited<ReturnType<ReturnType<typeof selectNamedPosts>['execute']>>[number];

/** One page of a PCN's posts, ordered as {@link listPosts}. */
export async function listPostsPage(db: DbOrTx, pcnId: string, page: PageRequest): Promise<Page<NamedPostRow>> {
  const where = eq(workforcePosts.pcnId, pcnId);
  const [totalRow] = await db.select({ n: count() }).from(workforcePosts).where(where);
  const rows = await selectNamedPosts(db)
    .where(where)
    .orderBy(asc(workforcePosts.startDate), asc(workforcePosts.title), asc(workforcePosts.id))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  return pageResult(rows, totalRow?.n ?? 0, page);
}

/** Every post of the given PCNs (the funding plan costs them all), by start date then title. */
export async function listPosts(db: DbOrTx, pcnIds: string[]): Promise<NamedPostRow[]> {
  if (pcnIds.length === 0) return [];
  return selectNamedPosts(db)
    .where(inArray(workforcePosts.pcnId, pcnIds))
    .orderBy(asc(workforcePosts.startDate), asc(workforcePosts.title), asc(workforcePosts.id));
}

export async function findPost(db: DbOrTx, id: string): Promise<NamedPostRow | undefined> {
  const [row] = await selectNamedPosts(db).where(eq(workforcePosts.id, id)).limit(1);
  return row;
}

export async function insertPost(db: DbOrTx, values: PostValues): Promise<string> {
  const [row] = await db.insert(workforcePosts).values(values).returning({ id: workforcePosts.id });
  if (!row) throw new Error('insert returned no post');
  return row.id;
}

export async function updatePost(db: DbOrTx, id: string, values: PostValues): Promise<void> {
  await db.update(workforcePosts).set(values).where(eq(workforcePosts.id, id));
}

/** The organisation's kind and parent, or undefined. */
export async function findOrganisationKind(
  db: DbOrTx,
  id: string,
): Promise<{ id: string; name: string; kind: string; parentId: string | null } | undefined> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, parentId: organisations.parentId })
    .from(organisations)
    .where(eq(organisations.id, id))
    .limit(1);
  return row;
}

/** Employers a PCN's post may have: its practices (lead practice model) and the VCSE organisations serving it. */
export async function listEmployers(
  db: DbOrTx,
  pcnId: string,
): Promise<{ id: string; name: string; employmentModel: 'pcn_lead_practice' | 'vcse_subcontract' }[]> {
  const practices = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.parentId, pcnId), eq(organisations.kind, 'gp_practice'), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
  const vcses = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(vcsePcnLinks)
    .innerJoin(organisations, eq(organisations.id, vcsePcnLinks.vcseId))
    .where(and(eq(vcsePcnLinks.pcnId, pcnId), eq(organisations.active, true)))
    .orderBy(asc(organisations.name));
  return [
    ...practices.map((p) => ({ ...p, employmentModel: 'pcn_lead_practice' as const })),
    ...vcses.map((v) => ({ ...v, employmentModel: 'vcse_subcontract' as const })),
  ];
}

/** Active users with a membership in any of the organisations (the PCN's tree and its employers). */
export async function listPeopleIn(db: DbOrTx, organisationIds: string[]): Promise<{ id: string; name: string }[]> {
  if (organisationIds.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(inArray(memberships.organisationId, organisationIds), eq(users.active, true)))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** Which of `userIds` have a membership in any of the organisations. */
export async function usersWithMembershipIn(db: DbOrTx, userIds: string[], organisationIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0 || organisationIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.userId, userIds), inArray(memberships.organisationId, organisationIds)));
  return new Set(rows.map((r) => r.id));
}

/** PCNs among the organisation ids, by name. */
export async function listPcnsIn(db: DbOrTx, organisationIds: string[]): Promise<{ id: string; name: string }[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(inArray(organisations.id, organisationIds), eq(organisations.kind, 'pcn')))
    .orderBy(asc(organisations.name));
}

/** Posts of every PCN under the same ICB as `pcnId`, with their employment model, for the local pay comparison. */
export async function listPostsInSameIcb(
  db: DbOrTx,
  pcnId: string,
): Promise<{ icbName: string | null; pcnCount: number; posts: PostRow[] }> {
  const pcn = await findOrganisationKind(db, pcnId);
  if (!pcn?.parentId)
    return { icbName: null, pcnCount: 1, posts: await db.select().from(workforcePosts).where(eq(workforcePosts.pcnId, pcnId)) };
  const icb = await findOrganisationKind(db, pcn.parentId);
  const pcns = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.parentId, pcn.parentId), eq(organisations.kind, 'pcn')));
  const ids = pcns.map((p) => p.id);
  const posts = await db
    .select()
    .from(workforcePosts)
    .where(or(inArray(workforcePosts.pcnId, ids), eq(workforcePosts.pcnId, pcnId)));
  return { icbName: icb?.name ?? null, pcnCount: ids.length, posts };
}
