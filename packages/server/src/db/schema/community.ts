import { POST_KINDS, POST_STATUSES, POST_VISIBILITIES } from '@kith/shared';
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const communityPostKind = pgEnum('community_post_kind', POST_KINDS);
export const communityPostStatus = pgEnum('community_post_status', POST_STATUSES);
export const communityPostVisibility = pgEnum('community_post_visibility', POST_VISIBILITIES);

/**
 * A self-registered community member's profile (and the community roles of anyone). A user with
 * a profile whose email is not verified cannot sign in; users without a profile are staff,
 * members already. The verification token is kept only as a SHA-256 hash.
 */
export const communityProfiles = pgTable('community_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  verificationTokenHash: text('verification_token_hash').unique(),
  verificationExpiresAt: timestamp('verification_expires_at', { withTimezone: true }),
  isEditor: boolean('is_editor').notNull().default(false),
  isModerator: boolean('is_moderator').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Blog posts, guest blog posts and discussions, written in Markdown (rendered safely on read). */
export const communityPosts = pgTable(
  'community_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: communityPostKind('kind').notNull(),
    title: text('title').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    /** "By …" for a guest blog post, shown instead of the editor who posted it. */
    guestAuthor: text('guest_author'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    summary: text('summary').notNull().default(''),
    bodyMarkdown: text('body_markdown').notNull(),
    status: communityPostStatus('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    visibility: communityPostVisibility('visibility').notNull().default('public'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_posts_published_idx').on(t.status, t.publishedAt),
    index('community_posts_tags_idx').using('gin', t.tags),
    check('community_posts_published_at', sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
  ],
);

/** One rating per member per post (the primary key), changed in place when they rate again. */
export const communityRatings = pgTable(
  'community_ratings',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPosts.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    stars: smallint('stars').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), check('community_ratings_stars', sql`${t.stars} BETWEEN 1 AND 5`)],
);

/** A member's saved posts. */
export const communityFavourites = pgTable(
  'community_favourites',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPosts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.postId] })],
);

/**
 * Every email Kith sends, kept: written in the change's transaction, sent by a job when SMTP is
 * configured (`sentAt`), otherwise left here for an admin to read, so nothing is silently lost.
 */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [index('outbox_emails_created_idx').on(t.createdAt)],
);
