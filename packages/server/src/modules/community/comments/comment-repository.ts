import { and, asc, count, desc, eq, gte, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { communityCommentReports, communityComments, communityPosts, users } from '../../../db/schema/index.ts';

export type CommentRow = typeof communityComments.$inferSelect;
export interface CommentWithAuthor {
  comment: CommentRow;
  authorName: string;
}

export async function insertComment(db: DbOrTx, values: typeof communityComments.$inferInsert): Promise<CommentRow> {
  const [row] = await db.insert(communityComments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateCommentRow(
  db: DbOrTx,
  id: string,
  values: Partial<Omit<typeof communityComments.$inferInsert, 'id' | 'postId' | 'authorUserId'>>,
): Promise<void> {
  await db.update(communityComments).set(values).where(eq(communityComments.id, id));
}

export async function findComment(db: DbOrTx, id: string): Promise<CommentWithAuthor | undefined> {
  const [row] = await db
    .select({ comment: communityComments, authorName: users.displayName })
    .from(communityComments)
    .innerJoin(users, eq(users.id, communityComments.authorUserId))
    .where(eq(communityComments.id, id))
    .limit(1);
  return row;
}

/** The member's comments since `since` (for the rate limit and the duplicate guard). */
export async function recentCommentsBy(db: DbOrTx, userId: string, since: Date) {
  return db
    .select({ body: communityComments.body, createdAt: communityComments.createdAt })
    .from(communityComments)
    .where(and(eq(communityComments.authorUserId, userId), gte(communityComments.createdAt, since)));
}

/** A page of a post's top-level comments (oldest first) with all their replies, and the counts. */
export async function listThreadRows(db: DbOrTx, postId: string, page: { page: number; pageSize: number }) {
  const topLevel = and(eq(communityComments.postId, postId), isNull(communityComments.parentId));
  const [parents, [topTotal], [allTotal]] = await Promise.all([
    db
      .select({ comment: communityComments, authorName: users.displayName })
      .from(communityComments)
      .innerJoin(users, eq(users.id, communityComments.authorUserId))
      .where(topLevel)
      .orderBy(asc(communityComments.createdAt), asc(communityComments.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(communityComments).where(topLevel),
    db.select({ n: count() }).from(communityComments).where(eq(communityComments.postId, postId)),
  ]);
  const parentIds = parents.map((p) => p.comment.id);
  const replies =
    parentIds.length === 0
      ? []
      : await db
          .select({ comment: communityComments, authorName: users.displayName })
          .from(communityComments)
          .innerJoin(users, eq(users.id, communityComments.authorUserId))
          .where(inArray(communityComments.parentId, parentIds))
          .orderBy(asc(communityComments.createdAt), asc(communityComments.id));
  return { parents, replies, total: topTotal?.n ?? 0, commentCount: allTotal?.n ?? 0 };
}

/** Which of these comments the member has reported. */
export async function reportedBy(db: DbOrTx, userId: string, commentIds: string[]): Promise<Set<string>> {
  if (commentIds.length === 0) return new Set();
  const rows = await db
    .select({ commentId: communityCommentReports.commentId })
    .from(communityCommentReports)
    .where(and(eq(communityCommentReports.userId, userId), inArray(communityCommentReports.commentId, commentIds)));
  return new Set(rows.map((r) => r.commentId));
}

/** Returns false when the member had already reported the comment (one report per member). */
export async function insertReport(
  db: DbOrTx,
  { commentId, userId, reason, now }: { commentId: string; userId: string; reason: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .insert(communityCommentReports)
    .values({ commentId, userId, reason, createdAt: now })
    .onConflictDoNothing()
    .returning({ commentId: communityCommentReports.commentId });
  return rows.length === 1;
}

// The outer comment's columns are written with the table name: Drizzle leaves columns
// unqualified in a one-table query, where inside a subquery they could mean the inner table.
/** Reports made since the comment's last moderator decision. */
const pendingReports = sql<number>`(
  SELECT count(*)::int FROM ${communityCommentReports} r
  WHERE r.comment_id = "community_comments"."id"
    AND ("community_comments"."moderated_at" IS NULL OR r.created_at > "community_comments"."moderated_at")
)`.mapWith(Number);
const lastReportedAt = sql`(
  SELECT max(r.created_at) FROM ${communityCommentReports} r WHERE r.comment_id = "community_comments"."id"
)`;
const anyReport = sql`EXISTS (SELECT 1 FROM ${communityCommentReports} r WHERE r.comment_id = "community_comments"."id")`;

export type ModerationFilter = 'pending' | 'hidden' | 'reported';

/** Comments for moderators: pending review, hidden, or ever reported; most recently reported first. */
export async function listModerationRows(db: DbOrTx, filter: ModerationFilter, page: { page: number; pageSize: number }) {
  const where: SQL =
    filter === 'pending'
      ? sql`${pendingReports} > 0`
      : filter === 'hidden'
        ? sql`${communityComments.hiddenAt} IS NOT NULL`
        : anyReport;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        comment: communityComments,
        authorName: users.displayName,
        postTitle: communityPosts.title,
        pendingReportCount: pendingReports,
      })
      .from(communityComments)
      .innerJoin(users, eq(users.id, communityComments.authorUserId))
      .innerJoin(communityPosts, eq(communityPosts.id, communityComments.postId))
      .where(where)
      .orderBy(sql`${lastReportedAt} DESC NULLS LAST`, desc(communityComments.hiddenAt), desc(communityComments.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ n: count() }).from(communityComments).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The reports on these comments, newest first. */
export async function reportsFor(db: DbOrTx, commentIds: string[]) {
  if (commentIds.length === 0) return [];
  return db
    .select({
      commentId: communityCommentReports.commentId,
      reason: communityCommentReports.reason,
      createdAt: communityCommentReports.createdAt,
    })
    .from(communityCommentReports)
    .where(inArray(communityCommentReports.commentId, commentIds))
    .orderBy(desc(communityCommentReports.createdAt));
}

/** The post title for a comment (moderation answers). */
export async function postTitleOf(db: DbOrTx, postId: string): Promise<string> {
  const [row] = await db.select({ title: communityPosts.title }).from(communityPosts).where(eq(communityPosts.id, postId));
  return row?.title ?? '';
}
