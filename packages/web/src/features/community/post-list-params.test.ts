import { describe, expect, it } from 'vitest';
import { postListHref, postListQuery, readPostListParams } from './post-list-params.ts';

describe('posts list filters in the query string', () => {
  it('reads a tag, a kind, drafts and the page, ignoring what it does not know', () => {
    expect(readPostListParams(new URLSearchParams('tag=%20Safeguarding%20&kind=guest_blog&status=draft&page=3'))).toEqual({
      tag: 'safeguarding',
      kind: 'guest_blog',
      drafts: true,
      page: 3,
    });
    expect(readPostListParams(new URLSearchParams('kind=poem&page=-2'))).toEqual({ tag: '', kind: '', drafts: false, page: 1 });
  });

  it('writes short links: no blanks, no page 1', () => {
    expect(postListHref({})).toBe('/community/posts');
    expect(postListHref({ tag: 'Care Planning', page: 1 })).toBe('/community/posts?tag=care+planning');
    expect(postListHref({ kind: 'discussion', drafts: true, page: 2 })).toBe(
      '/community/posts?kind=discussion&status=draft&page=2',
    );
  });

  it('asks the API for drafts only when drafts are wanted', () => {
    expect(postListQuery({ tag: 'pcn', kind: '', drafts: false, page: 1 })).toMatchObject({ tag: 'pcn', status: undefined });
    expect(postListQuery({ tag: '', kind: 'blog', drafts: true, page: 2 })).toMatchObject({
      kind: 'blog',
      status: 'draft',
      page: 2,
    });
  });
});
