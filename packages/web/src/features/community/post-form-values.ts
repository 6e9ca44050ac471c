import type { CommunityMe, CommunityPostDetail, PostKind, PostVisibility } from '@kith/shared';

/** What the post form holds: plain strings, tags as typed ("safeguarding, supervision"). */
export interface PostFormValues {
  kind: PostKind;
  title: string;
  guestAuthor: string;
  tags: string;
  summary: string;
  bodyMarkdown: string;
  visibility: PostVisibility;
}

/** The form's fields in page order, for the error summary. */
export const POST_FIELD_ORDER = ['kind', 'title', 'guestAuthor', 'summary', 'tags', 'bodyMarkdown', 'visibility'] as const;

/** Kinds of post as words for screens. */
export const POST_KIND_LABELS: Record<PostKind, string> = {
  blog: 'Blog post',
  guest_blog: 'Guest blog post',
  discussion: 'Discussion',
};

/** What a reader may write: editors any kind of post; other members start discussions. */
export function writableKinds(me: CommunityMe | undefined): PostKind[] {
  if (!me?.isMember) return [];
  return me.isEditor ? ['blog', 'guest_blog', 'discussion'] : ['discussion'];
}

/** Tags typed with commas (or on separate lines): trimmed, lower-case, each once, in the order typed. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,\n]/)
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

export function emptyPostValues(kind: PostKind): PostFormValues {
  return { kind, title: '', guestAuthor: '', tags: '', summary: '', bodyMarkdown: '', visibility: 'public' };
}

export function valuesFromPost(post: CommunityPostDetail): PostFormValues {
  return {
    kind: post.kind,
    title: post.title,
    guestAuthor: post.guestAuthor ?? '',
    tags: post.tags.join(', '),
    summary: post.summary,
    bodyMarkdown: post.bodyMarkdown,
    visibility: post.visibility,
  };
}

/** The body of `POST /api/community/posts` (checked against the shared schema before it is sent). */
export function toCreatePostRequest(values: PostFormValues) {
  return {
    kind: values.kind,
    title: values.title,
    guestAuthor: values.kind === 'guest_blog' ? values.guestAuthor : null,
    tags: parseTags(values.tags),
    summary: values.summary,
    bodyMarkdown: values.bodyMarkdown,
    visibility: values.visibility,
  };
}

/** The body of `PATCH /api/community/posts/:id`: only what changed, so nothing is rewritten by accident. */
export function toUpdatePostRequest(initial: PostFormValues, values: PostFormValues) {
  const changes: Record<string, unknown> = {};
  if (values.title !== initial.title) changes.title = values.title;
  if (values.kind === 'guest_blog' && values.guestAuthor !== initial.guestAuthor) changes.guestAuthor = values.guestAuthor;
  const tags = parseTags(values.tags);
  if (tags.join('\n') !== parseTags(initial.tags).join('\n')) changes.tags = tags;
  if (values.summary !== initial.summary) changes.summary = values.summary;
  if (values.bodyMarkdown !== initial.bodyMarkdown) changes.bodyMarkdown = values.bodyMarkdown;
  if (values.visibility !== initial.visibility) changes.visibility = values.visibility;
  return changes;
}
