import { COMMUNITY_COMMENT_DUPLICATE_MINUTES, COMMUNITY_COMMENT_MAX_LINKS, COMMUNITY_COMMENTS_PER_MINUTE } from '@kith/shared';
import { AppError, validationError } from '../../../errors.ts';

/**
 * The spam guards on comments, as pure rules over the member's recent comments: a rate limit
 * per member, no identical comment twice in a short window, and a cap on links. (The honeypot
 * is checked by the service.) Rate limits by IP address would punish a shared office network;
 * these are per member, counted from the comments themselves.
 */
export const RATE_WINDOW_MS = 60_000;
export const DUPLICATE_WINDOW_MS = COMMUNITY_COMMENT_DUPLICATE_MINUTES * 60_000;

/** How many web links a comment has: http(s):// addresses and bare www. ones. */
export function countLinks(body: string): number {
  return body.match(/\bhttps?:\/\/|\bwww\./gi)?.length ?? 0;
}

/** The same words with different spacing or capitals are the same comment. */
function normalise(body: string): string {
  return body.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface RecentComment {
  body: string;
  createdAt: Date;
}

/** Refuses a comment with too many links (400 naming `body`). */
export function assertFewLinks(body: string): void {
  if (countLinks(body) > COMMUNITY_COMMENT_MAX_LINKS) {
    throw validationError('body', `Use no more than ${COMMUNITY_COMMENT_MAX_LINKS} web links in a comment`);
  }
}

/**
 * Refuses a new comment when the member has posted the maximum in the last minute (429, with
 * how long until the oldest of them leaves the window) or posted the same text recently (400).
 * `recent` holds the member's comments of the last {@link DUPLICATE_WINDOW_MS}.
 */
export function assertMayComment(body: string, recent: RecentComment[], now: Date): void {
  const inWindow = recent
    .filter((c) => now.getTime() - c.createdAt.getTime() < RATE_WINDOW_MS)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  if (inWindow.length >= COMMUNITY_COMMENTS_PER_MINUTE) {
    const oldest = inWindow[inWindow.length - COMMUNITY_COMMENTS_PER_MINUTE] ?? inWindow[0];
    const waitMs = (oldest?.createdAt.getTime() ?? now.getTime()) + RATE_WINDOW_MS - now.getTime();
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new AppError('rate_limited', `You are commenting too quickly. Wait ${retryAfterSeconds} seconds and try again.`, {
      retryAfterSeconds,
    });
  }
  const text = normalise(body);
  const repeated = recent.some((c) => now.getTime() - c.createdAt.getTime() < DUPLICATE_WINDOW_MS && normalise(c.body) === text);
  if (repeated) throw validationError('body', 'You have already posted this comment');
}
