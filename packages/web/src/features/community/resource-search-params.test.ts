import { describe, expect, it } from 'vitest';
import { hasResourceFilters, readResourceSearch, resourceQuery, resourceSearchHref } from './resource-search-params.ts';

describe('the resources search in the query string', () => {
  it('reads words, a category, a kind and a page; an unknown kind is ignored', () => {
    const params = readResourceSearch(new URLSearchParams('q=care+plan&category=Personalised+care&kind=toolkit&page=2'));
    expect(params).toEqual({ q: 'care plan', category: 'Personalised care', kind: 'toolkit', page: 2 });
    expect(readResourceSearch(new URLSearchParams('kind=video'))).toEqual({ q: '', category: '', kind: '', page: 1 });
  });

  it('writes short links', () => {
    expect(resourceSearchHref({ q: '  ' })).toBe('/community/resources');
    expect(resourceSearchHref({ q: ' outcomes ', kind: 'guide', page: 1 })).toBe('/community/resources?q=outcomes&kind=guide');
    expect(resourceSearchHref({ category: 'Implementation', page: 3 })).toBe(
      '/community/resources?category=Implementation&page=3',
    );
  });

  it('knows when a search is filtered, and sends trimmed words', () => {
    expect(hasResourceFilters({ q: ' ', category: '', kind: '', page: 1 })).toBe(false);
    expect(hasResourceFilters({ q: '', category: '', kind: 'link', page: 1 })).toBe(true);
    expect(resourceQuery({ q: ' pcn ', category: '', kind: '', page: 1 })).toMatchObject({ q: 'pcn', page: 1 });
  });
});
