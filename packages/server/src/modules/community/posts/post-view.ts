import { type CommunityPostDetail, type CommunityPostSummary, formatRatingText } from '@kith/shared';
import { renderMarkdown } from './markdown-renderer.ts';
import type { PostWithAuthor } from './post-repository.ts';

/** A post as lists show it: no body, with its rating in words. */
export function toPostSummary({ post, authorName, rating }: PostWithAuthor): CommunityPostSummary {
  return {
    id: post.id,
    kind: post.kind,
    title: post.title,
    authorName,
    guestAuthor: post.guestAuthor,
    tags: post.tags,
    summary: post.summary,
    status: post.status,
    visibility: post.visibility,
    publishedAt: post.publishedAt?.toISOString() ?? null,
    rating,
    ratingText: formatRatingText(rating),
  };
}

/** What the reader has done with the post: their own rating and whether they saved it. */
export interface ReaderOfPost {
  myRating: number | null;
  isFavourite: boolean;
}

/** One post with its Markdown body rendered as inert HTML, and the reader's own rating and favourite. */
export function toPostDetail(found: PostWithAuthor, reader: ReaderOfPost): CommunityPostDetail {
  const { post } = found;
  return {
    ...toPostSummary(found),
    authorUserId: post.authorUserId,
    bodyMarkdown: post.bodyMarkdown,
    bodyHtml: renderMarkdown(post.bodyMarkdown),
    myRating: reader.myRating,
    isFavourite: reader.isFavourite,
    createdAt: post.createdAt.toISOString(),
    updatedAt: post.updatedAt.toISOString(),
  };
}
