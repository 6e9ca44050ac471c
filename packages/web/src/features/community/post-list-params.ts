import { POST_KINDS, type PostKind } from '@kith/shared';
import type { QueryParams } from '../../api/api-client.ts';

/** The posts list as held in the page's query string, so a filtered list can be shared and Back returns to it. */
export interface PostListParams {
  tag: string;
  kind: PostKind | '';
  /** Editors only: drafts waiting to be published instead of published posts. */
  drafts: boolean;
  page: number;
}

export const POSTS_PAGE_SIZE = 20;

function isPostKind(value: string | null): value is PostKind {
  return value !== null && (POST_KINDS as readonly string[]).includes(value);
}

/** Tags are compared trimmed and lower-case, as the server stores them. */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase();
}

export function readPostListParams(search: URLSearchParams): PostListParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const kind = search.get('kind');
  return {
    tag: normaliseTag(search.get('tag') ?? ''),
    kind: isPostKind(kind) ? kind : '',
    drafts: search.get('status') === 'draft',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The posts page URL for a set of filters; blanks and page 1 are left out. */
export function postListHref(params: Partial<PostListParams>): string {
  const search = new URLSearchParams();
  const tag = normaliseTag(params.tag ?? '');
  if (tag) search.set('tag', tag);
  if (params.kind) search.set('kind', params.kind);
  if (params.drafts) search.set('status', 'draft');
  if (params.page && params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `/community/posts?${query}` : '/community/posts';
}

/** The `GET /api/community/posts` query for these filters. */
export function postListQuery(params: PostListParams): QueryParams {
  return {
    tag: params.tag,
    kind: params.kind,
    status: params.drafts ? 'draft' : undefined,
    page: params.page,
    pageSize: POSTS_PAGE_SIZE,
  };
}
