import type { ManagedServiceParams } from './directory-queries.ts';

/** Reads the curation list's search from the query string, ignoring anything malformed. */
export function readManagedParams(search: URLSearchParams): ManagedServiceParams {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    q: (search.get('q') ?? '').trim(),
    staleOnly: search.get('staleOnly') === 'true',
    includeArchived: search.get('includeArchived') === 'true',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The curation list's address for a search; blanks, unticked boxes and page 1 are left out. */
export function managedListHref(base: string, params: ManagedServiceParams): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.staleOnly) search.set('staleOnly', 'true');
  if (params.includeArchived) search.set('includeArchived', 'true');
  if (params.page > 1) search.set('page', String(params.page));
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}
