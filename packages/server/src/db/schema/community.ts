import {
  COMMUNITY_EVENT_KINDS,
  COMMUNITY_EVENT_STATUSES,
  COMMUNITY_RESOURCE_KINDS,
  COMMUNITY_RSVP_STATUSES,
  POST_KINDS,
  POST_STATUSES,
  POST_VISIBILITIES,
} from '@kith/shared';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { httpUrlCheck } from './url-checks.ts';
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

/**
 * Comments on posts, threaded one level: a reply's parent is always a top-level comment (the
 * service attaches a reply-to-a-reply to its top-level comment). Plain text, never HTML.
 * A moderator's hide keeps the text (for the author and moderators) but not for anyone else;
 * `moderatedAt` is the last moderator decision, so reports made before it are dealt with.
 */
export const communityComments = pgTable(
  'community_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPosts.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => communityComments.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    hiddenAt: timestamp('hidden_at', { withTimezone: true }),
    hiddenByUserId: uuid('hidden_by_user_id').references(() => users.id),
    hiddenReason: text('hidden_reason'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
  },
  (t) => [
    index('community_comments_post_idx').on(t.postId, t.createdAt),
    index('community_comments_parent_idx').on(t.parentId),
    // The rate limit and duplicate guard count a member's recent comments.
    index('community_comments_author_idx').on(t.authorUserId, t.createdAt),
    check('community_comments_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
  ],
);

/** A member's report of a comment for moderation: once per member per comment (the primary key). */
export const communityCommentReports = pgTable(
  'community_comment_reports',
  {
    commentId: uuid('comment_id')
      .notNull()
      .references(() => communityComments.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index('community_comment_reports_created_idx').on(t.createdAt)],
);

export const communityResourceKind = pgEnum('community_resource_kind', COMMUNITY_RESOURCE_KINDS);

/** The resources library: guides, checklists, toolkits and links, kept by editors. Archived ones are hidden from readers. */
export const communityResources = pgTable(
  'community_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    kind: communityResourceKind('kind').notNull(),
    category: text('category').notNull(),
    summary: text('summary').notNull().default(''),
    /** http or https only (checked by the request schema and here). */
    url: text('url').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_resources_category_idx').on(t.category),
    index('community_resources_tags_idx').using('gin', t.tags),
    check('community_resources_url_scheme', sql`${t.url} ~* '^https?://'`),
  ],
);

export const communityEventKind = pgEnum('community_event_kind', COMMUNITY_EVENT_KINDS);
export const communityEventStatus = pgEnum('community_event_status', COMMUNITY_EVENT_STATUSES);
export const communityRsvpStatus = pgEnum('community_rsvp_status', COMMUNITY_RSVP_STATUSES);

/**
 * Webinars (online link) and in-person network meetings. Times are instants (UTC in the
 * database), shown in Europe/London. `sequence` counts changes that matter to a calendar
 * (RFC 5545 SEQUENCE), so a downloaded .ics updates the copy already in someone's calendar.
 */
export const communityEvents = pgTable(
  'community_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: communityEventKind('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place'),
    onlineUrl: text('online_url'),
    /** Null: no limit. */
    capacity: integer('capacity'),
    audience: text('audience').notNull().default(''),
    status: communityEventStatus('status').notNull().default('scheduled'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    sequence: integer('sequence').notNull().default(0),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_events_starts_idx').on(t.startsAt),
    index('community_events_ends_idx').on(t.endsAt),
    check('community_events_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('community_events_capacity', sql`${t.capacity} IS NULL OR ${t.capacity} > 0`),
    httpUrlCheck('community_events_online_url_http', t.onlineUrl),
  ],
);

/** Who was invited to an event (expanded from members, roles and organisations at invite time). */
export const communityEventInvitations = pgTable(
  'community_event_invitations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => communityEvents.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    invitedByUserId: uuid('invited_by_user_id').references(() => users.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('community_event_invitations_user_idx').on(t.userId)],
);

/**
 * One RSVP per member per event (the primary key): answering again changes it. A "yes" beyond
 * capacity is `waitlisted`, queued by `waitlistedAt`; the first is promoted when a place frees.
 */
export const communityEventRsvps = pgTable(
  'community_event_rsvps',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => communityEvents.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    status: communityRsvpStatus('status').notNull(),
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.userId] }),
    index('community_event_rsvps_status_idx').on(t.eventId, t.status, t.waitlistedAt),
    index('community_event_rsvps_user_idx').on(t.userId),
    check('community_event_rsvps_waitlisted_at', sql`${t.status} <> 'waitlisted' OR ${t.waitlistedAt} IS NOT NULL`),
  ],
);
