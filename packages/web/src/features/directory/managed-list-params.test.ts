import { describe, expect, it } from 'vitest';
import { managedListHref, readManagedParams } from './managed-list-params.ts';

describe('the curation list in the query string', () => {
  it('round-trips the search, leaving out blanks, unticked boxes and page 1', () => {
    const params = readManagedParams(new URLSearchParams('q=walk&staleOnly=true&page=2'));
    expect(params).toEqual({ q: 'walk', staleOnly: true, includeArchived: false, page: 2 });
    expect(managedListHref('/admin/directory', params)).toBe('/admin/directory?q=walk&staleOnly=true&page=2');
    expect(managedListHref('/admin/directory', { ...params, q: '', staleOnly: false, page: 1 })).toBe('/admin/directory');
  });

  it('falls back to page 1 for a page that is not a positive number', () => {
    expect(readManagedParams(new URLSearchParams('page=zero')).page).toBe(1);
    expect(readManagedParams(new URLSearchParams('includeArchived=yes')).includeArchived).toBe(false);
  });
});
