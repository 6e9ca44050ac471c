/**
 * Where a numbered page lies in an id-ordered list whose total is already known (the feed counts
 * it for `total_items`): OFFSET walks every row it skips, so a page in the back half is read from
 * the far end of the index instead (descending, then reversed). The walk is never more than half
 * the list, and the last page costs what the first does.
 */

export interface PageWindow {
  /** Which end of the id order the walk starts from. */
  from: 'start' | 'end';
  limit: number;
  offset: number;
}

export function pageWindow(total: number, page: number, perPage: number): PageWindow | null {
  const start = (page - 1) * perPage;
  if (start >= total) return null;
  const limit = Math.min(perPage, total - start);
  const fromEnd = total - start - limit;
  return fromEnd < start ? { from: 'end', limit, offset: fromEnd } : { from: 'start', limit, offset: start };
}
