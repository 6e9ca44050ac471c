import { z } from 'zod';
import { Email, Id, PageQuery, pageOf, text } from './common.ts';
import { CommunityTags } from './community-tags.ts';
import { NewPassword } from './user.ts';

export * from './community-comments.ts';
export * from './community-events.ts';
export * from './community-resources.ts';
export * from './community-tags.ts';

/**
 * The community of practice: link workers, PCNs and voluntary-sector partners sharing practice
 * through blog posts and discussions. Anyone may register as a member (email verified) without
 * any access to people's records; existing Kith users are members already.
 */

/** What a visitor sees when they try to rate without being signed in as a member. */
export const RATE_NEEDS_MEMBER_MESSAGE = 'You need to be a registered member to rate this post';
/** What a visitor sees when they try to favourite without being signed in as a member. */
export const FAVOURITE_NEEDS_MEMBER_MESSAGE = 'You need to be a registered member to save favourites';
/** Refused sign-in for a member who has not opened the verification link yet. */
export const EMAIL_NOT_VERIFIED_MESSAGE =
  'Confirm your email address first: open the link in the email we sent you, then sign in';
/** How long a verification link works for. */
export const COMMUNITY_VERIFICATION_HOURS = 24;

/** Registering as a community member. `website` is a honeypot people never see. */
export const CommunityRegisterRequest = z.object({
  email: Email,
  displayName: text(100, 'your name'),
  password: NewPassword,
  website: z.string().max(500).optional(),
});
/** Body of `POST /api/community/register`. */
export type CommunityRegisterRequest = z.infer<typeof CommunityRegisterRequest>;

/** The same answer whether or not the email was new, so registration does not reveal accounts. */
export const CommunityMessage = z.object({ message: z.string() });
/** A plain confirmation message. */
export type CommunityMessage = z.infer<typeof CommunityMessage>;

/** The token from the verification link. */
export const CommunityVerifyRequest = z.object({
  token: z.string().trim().min(1, { message: 'The link is not complete: open it from the email again' }).max(200),
});
/** Body of `POST /api/community/verify`. */
export type CommunityVerifyRequest = z.infer<typeof CommunityVerifyRequest>;

/** Community roles: editors write and publish blog posts; moderators look after discussions. */
export const CommunityRoles = z.object({ isEditor: z.boolean(), isModerator: z.boolean() });
/** Body and answer of `PUT /api/community/members/:userId/roles`. */
export type CommunityRoles = z.infer<typeof CommunityRoles>;

/**
 * Who the reader is in the community, for screens to choose between the actions and "You need
 * to be a registered member to …". Visitors get `signedIn: false` and every flag false.
 */
export const CommunityMe = z.object({
  signedIn: z.boolean(),
  userId: Id.nullable(),
  displayName: z.string().nullable(),
  /** Signed in and counted as a member (verified email, or a Kith user with any role). */
  isMember: z.boolean(),
  /** The email address is confirmed (always true for Kith staff). */
  isVerified: z.boolean(),
  isEditor: z.boolean(),
  isModerator: z.boolean(),
  /** Holds a role in an organisation (a Kith user), not only a community registration. */
  isStaff: z.boolean(),
});
/** Answer of `GET /api/community/me`. */
export type CommunityMe = z.infer<typeof CommunityMe>;

/** Path parameters naming a member. */
export const CommunityMemberParams = z.object({ userId: Id });
export type CommunityMemberParams = z.infer<typeof CommunityMemberParams>;

/** Blog posts (by editors), guest blog posts (written by a guest, posted by an editor), discussions (by members). */
export const POST_KINDS = ['blog', 'guest_blog', 'discussion'] as const;
/** One of {@link POST_KINDS}. */
export type PostKind = (typeof POST_KINDS)[number];
/** A post is a draft until published; discussions are published at once. */
export const POST_STATUSES = ['draft', 'published'] as const;
/** One of {@link POST_STATUSES}. */
export type PostStatus = (typeof POST_STATUSES)[number];
/** `public`: anyone, signed in or not; `members`: signed-in members only. */
export const POST_VISIBILITIES = ['public', 'members'] as const;
/** One of {@link POST_VISIBILITIES}. */
export type PostVisibility = (typeof POST_VISIBILITIES)[number];

const Tags = CommunityTags;

/**
 * The guest-author rule: a guest blog post names who wrote it, and no other kind of post names
 * a guest author. Returns the message for the `guestAuthor` field, or null when the pair is
 * fine. Checked by {@link CreateCommunityPostRequest}; an edit, which cannot change the kind,
 * is checked against the stored post's kind.
 */
export function guestAuthorProblem(kind: PostKind, guestAuthor: string | null | undefined): string | null {
  const named = Boolean(guestAuthor?.trim());
  if (kind === 'guest_blog' && !named) return 'Enter who wrote the guest post';
  if (kind !== 'guest_blog' && named) return 'Only guest blog posts have a guest author';
  return null;
}

/** Writing a post. Blog and guest blog posts need an editor; discussions any verified member. */
export const CreateCommunityPostRequest = z
  .object({
    kind: z.enum(POST_KINDS),
    title: text(200, 'a title'),
    guestAuthor: z.string().trim().max(200).nullable().optional(),
    tags: Tags.default([]),
    summary: z.string().trim().max(500).default(''),
    bodyMarkdown: text(100_000, 'the text of the post'),
    visibility: z.enum(POST_VISIBILITIES).default('public'),
  })
  .superRefine((post, ctx) => {
    // Zod runs this even when another field failed, so the form shows every problem at once.
    if (!POST_KINDS.includes(post.kind)) return;
    const problem = guestAuthorProblem(post.kind, post.guestAuthor);
    if (problem) ctx.addIssue({ code: 'custom', path: ['guestAuthor'], message: problem });
  });
/** Body of `POST /api/community/posts`. */
export type CreateCommunityPostRequest = z.infer<typeof CreateCommunityPostRequest>;

/** Editing a post: only the fields sent change. */
export const UpdateCommunityPostRequest = z.object({
  title: text(200, 'a title').optional(),
  guestAuthor: z.string().trim().max(200).nullable().optional(),
  tags: Tags.optional(),
  summary: z.string().trim().max(500).optional(),
  bodyMarkdown: text(100_000, 'the text of the post').optional(),
  visibility: z.enum(POST_VISIBILITIES).optional(),
});
/** Body of `PATCH /api/community/posts/:id`. */
export type UpdateCommunityPostRequest = z.infer<typeof UpdateCommunityPostRequest>;

/** Listing posts: newest published first, optionally those with one tag; editors may ask for drafts. */
export const CommunityPostListQuery = PageQuery.extend({
  tag: z.string().trim().toLowerCase().max(40).optional(),
  kind: z.enum(POST_KINDS).optional(),
  status: z.enum(POST_STATUSES).default('published'),
});
/** Query of `GET /api/community/posts`. */
export type CommunityPostListQuery = z.infer<typeof CommunityPostListQuery>;

/** A post's rating: how many votes and their mean to two decimals (null with no votes). */
export const CommunityPostRating = z.object({ count: z.number().int(), average: z.number().nullable() });
/** See {@link CommunityPostRating}. */
export type CommunityPostRating = z.infer<typeof CommunityPostRating>;

/** A post as listed. */
export const CommunityPostSummary = z.object({
  id: Id,
  kind: z.enum(POST_KINDS),
  title: z.string(),
  authorName: z.string(),
  guestAuthor: z.string().nullable(),
  tags: z.array(z.string()),
  summary: z.string(),
  status: z.enum(POST_STATUSES),
  visibility: z.enum(POST_VISIBILITIES),
  publishedAt: z.iso.datetime().nullable(),
  rating: CommunityPostRating,
  ratingText: z.string(),
});
/** See {@link CommunityPostSummary}. */
export type CommunityPostSummary = z.infer<typeof CommunityPostSummary>;

/** A page of posts. */
export const CommunityPostList = pageOf(CommunityPostSummary);
/** See {@link CommunityPostList}. */
export type CommunityPostList = z.infer<typeof CommunityPostList>;

/** One post: its Markdown and the safe HTML rendered from it, with the reader's own rating and favourite. */
export const CommunityPostDetail = CommunityPostSummary.extend({
  authorUserId: Id,
  bodyMarkdown: z.string(),
  /** Rendered with raw HTML disabled, then sanitised: never contains scripts or script URLs. */
  bodyHtml: z.string(),
  myRating: z.number().int().nullable(),
  isFavourite: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
/** See {@link CommunityPostDetail}. */
export type CommunityPostDetail = z.infer<typeof CommunityPostDetail>;

/** Rating a post, 1 to 5 stars; rating again replaces the member's earlier rating. */
export const RatePostRequest = z.object({
  stars: z
    .number({ message: 'Choose from 1 to 5 stars' })
    .int({ message: 'Choose from 1 to 5 stars' })
    .min(1, { message: 'Choose from 1 to 5 stars' })
    .max(5, { message: 'Choose from 1 to 5 stars' }),
});
/** Body of `PUT /api/community/posts/:id/rating`. */
export type RatePostRequest = z.infer<typeof RatePostRequest>;

/** The member's favourites, newest first. */
export const FavouriteList = pageOf(CommunityPostSummary);
/** See {@link FavouriteList}. */
export type FavouriteList = z.infer<typeof FavouriteList>;

/**
 * The rating as words, the same on every screen: "0 votes", "1 vote, average: 4.00 out of 5",
 * "3 votes, average: 4.33 out of 5".
 */
export function formatRatingText(rating: CommunityPostRating): string {
  if (rating.count === 0 || rating.average === null) return '0 votes';
  const votes = rating.count === 1 ? '1 vote' : `${rating.count} votes`;
  return `${votes}, average: ${rating.average.toFixed(2)} out of 5`;
}

/** One email in the outbox: sent (`sentAt`), waiting, or failed (`error`). */
export const OutboxEmail = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  textBody: z.string(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  error: z.string().nullable(),
});
/** See {@link OutboxEmail}. */
export type OutboxEmail = z.infer<typeof OutboxEmail>;

/** Query of `GET /api/admin/outbox`: all, or only those not sent yet. */
export const OutboxQuery = PageQuery.extend({ unsentOnly: z.enum(['true', 'false']).default('false') });
/** See {@link OutboxQuery}. */
export type OutboxQuery = z.infer<typeof OutboxQuery>;

/** A page of outbox emails, newest first. */
export const OutboxList = pageOf(OutboxEmail);
/** See {@link OutboxList}. */
export type OutboxList = z.infer<typeof OutboxList>;
