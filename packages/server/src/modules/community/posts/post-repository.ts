import type { CommunityPostRating, PostKind, PostStatus, PostVisibility } from '@kith/shared';
import { and, arrayContains, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { offsetOf, type Page, type PageRequest, pageResult } from '../../../db/paging.ts';
import { communityFavourites, communityPosts, communityRatings, users } from '../../../db/schema/index.ts';

export type PostRow = typeof communityPosts.$inferSelect;
export interface PostWithAuthor {
  post: PostRow;
  authorName: string;
  rating: CommunityPostRating;
}

/** Per-post vote count and mean to two decimals, computed in SQL so the arithmetic is the database's. */
function ratingColumns() {
  return {
    count: sql<number>`count(${communityRatings.stars})::int`.as('rating_count'),
    average: sql<string | null>`round(avg(${communityRatings.stars}), 2)`.as('rating_average'),
  };
}

function toRating(row: { count: number | null; average: string | null }): CommunityPostRating {
  const votes = row.count ?? 0;
  return { count: votes, average: votes > 0 && row.average !== null ? Number(row.average) : null };
}

function ratingsByPost(db: DbOrTx) {
  return db
    .select({ postId: communityRatings.postId, ...ratingColumns() })
    .from(communityRatings)
    .groupBy(communityRatings.postId)
    .as('ratings_by_post');
}

export async function insertPost(db: DbOrTx, values: typeof communityPosts.$inferInsert): Promise<string> {
  const [row] = await db.insert(communityPosts).values(values).returning({ id: communityPosts.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updatePostRow(
  db: DbOrTx,
  id: string,
  values: Partial<Omit<typeof communityPosts.$inferInsert, 'id'>>,
): Promise<void> {
  await db
    .update(communityPosts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(communityPosts.id, id));
}

export async function findPost(db: DbOrTx, id: string): Promise<PostWithAuthor | undefined> {
  const [row] = await db
    .select({ post: communityPosts, authorName: users.displayName })
    .from(communityPosts)
    .innerJoin(users, eq(users.id, communityPosts.authorUserId))
    .where(eq(communityPosts.id, id))
    .limit(1);
  if (!row) return undefined;
  return { ...row, rating: await ratingOf(db, id) };
}

export async function ratingOf(db: DbOrTx, postId: string): Promise<CommunityPostRating> {
  const [row] = await db
    .select({
      count: sql<number>`count(${communityRatings.stars})::int`,
      average: sql<string | null>`round(avg(${communityRatings.stars}), 2)`,
    })
    .from(communityRatings)
    .where(eq(communityRatings.postId, postId));
  return toRating(row ?? { count: 0, average: null });
}

export interface PostFilter {
  status: PostStatus;
  visibilities: PostVisibility[];
  kinds?: PostKind[];
  tag?: string | undefined;
}

/** A page of posts, newest first (by publication, then creation), with their ratings. */
export async function listPostRows(
  db: DbOrTx,
  filter: PostFilter,
  page: { page: number; pageSize: number },
): Promise<{ rows: PostWithAuthor[]; total: number }> {
  const conditions: SQL[] = [eq(communityPosts.status, filter.status), inArray(communityPosts.visibility, filter.visibilities)];
  if (filter.kinds) conditions.push(inArray(communityPosts.kind, filter.kinds));
  if (filter.tag) conditions.push(arrayContains(communityPosts.tags, [filter.tag]));
  const where = and(...conditions);
  const ratings = ratingsByPost(db);
  const [rows, totals] = await Promise.all([
    db
      .select({ post: communityPosts, authorName: users.displayName, count: ratings.count, average: ratings.average })
      .from(communityPosts)
      .innerJoin(users, eq(users.id, communityPosts.authorUserId))
      .leftJoin(ratings, eq(ratings.postId, communityPosts.id))
      .where(where)
      .orderBy(desc(sql`coalesce(${communityPosts.publishedAt}, ${communityPosts.createdAt})`), desc(communityPosts.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(communityPosts).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ post: r.post, authorName: r.authorName, rating: toRating(r) })),
    total: totals[0]?.total ?? 0,
  };
}

/** The member's favourites, most recently saved first, with their ratings. */
/**
 * One page of the user's favourite posts, most recently saved first: published ones, and their
 * own whatever the status (a favourite of someone else's post that was unpublished drops out).
 */
export async function listFavouriteRows(db: DbOrTx, userId: string, page: PageRequest): Promise<Page<PostWithAuthor>> {
  const ratings = ratingsByPost(db);
  const where = and(
    eq(communityFavourites.userId, userId),
    or(eq(communityPosts.status, 'published'), eq(communityPosts.authorUserId, userId)),
  );
  const [totalRow] = await db
    .select({ n: count() })
    .from(communityFavourites)
    .innerJoin(communityPosts, eq(communityPosts.id, communityFavourites.postId))
    .where(where);
  const rows = await db
    .select({ post: communityPosts, authorName: users.displayName, count: ratings.count, average: ratings.average })
    .from(communityFavourites)
    .innerJoin(communityPosts, eq(communityPosts.id, communityFavourites.postId))
    .innerJoin(users, eq(users.id, communityPosts.authorUserId))
    .leftJoin(ratings, eq(ratings.postId, communityPosts.id))
    .where(where)
    .orderBy(desc(communityFavourites.createdAt), desc(communityFavourites.postId))
    .limit(page.pageSize)
    .offset(offsetOf(page));
  const items = rows.map((r) => ({ post: r.post, authorName: r.authorName, rating: toRating(r) }));
  return pageResult(items, totalRow?.n ?? 0, page);
}

export async function findMyRating(db: DbOrTx, postId: string, userId: string): Promise<number | null> {
  const [row] = await db
    .select({ stars: communityRatings.stars })
    .from(communityRatings)
    .where(and(eq(communityRatings.postId, postId), eq(communityRatings.userId, userId)))
    .limit(1);
  return row?.stars ?? null;
}

export async function isFavourite(db: DbOrTx, postId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ postId: communityFavourites.postId })
    .from(communityFavourites)
    .where(and(eq(communityFavourites.postId, postId), eq(communityFavourites.userId, userId)))
    .limit(1);
  return Boolean(row);
}

/** One rating per member per post: the primary key makes a second rating an update. */
export async function upsertRating(
  db: DbOrTx,
  { postId, userId, stars, now }: { postId: string; userId: string; stars: number; now: Date },
): Promise<void> {
  await db
    .insert(communityRatings)
    .values({ postId, userId, stars, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [communityRatings.postId, communityRatings.userId], set: { stars, updatedAt: now } });
}

/** Returns false when the post was already a favourite. */
export async function insertFavourite(db: DbOrTx, postId: string, userId: string): Promise<boolean> {
  const rows = await db
    .insert(communityFavourites)
    .values({ postId, userId })
    .onConflictDoNothing()
    .returning({ postId: communityFavourites.postId });
  return rows.length === 1;
}

/** Returns false when the post was not a favourite. */
export async function deleteFavourite(db: DbOrTx, postId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(communityFavourites)
    .where(and(eq(communityFavourites.postId, postId), eq(communityFavourites.userId, userId)))
    .returning({ postId: communityFavourites.postId });
  return rows.length === 1;
}
