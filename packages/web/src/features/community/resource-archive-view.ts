/**
 * Editors can see archived resources in the library too. The choice lives in the query string
 * (`?archived=show`) so a refresh, Back or a page link keeps it.
 */
const ARCHIVED_PARAM = 'archived';
const SHOW = 'show';

export function readShowArchived(search: URLSearchParams): boolean {
  return search.get(ARCHIVED_PARAM) === SHOW;
}

/** A library link (from `resourceSearchHref`) with the archived view turned on or off. */
export function withArchivedView(href: string, show: boolean): string {
  const [path = '', query = ''] = href.split('?', 2);
  const search = new URLSearchParams(query);
  if (show) search.set(ARCHIVED_PARAM, SHOW);
  else search.delete(ARCHIVED_PARAM);
  const next = search.toString();
  return next ? `${path}?${next}` : path;
}
