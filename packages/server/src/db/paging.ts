/**
 * Offset paging for every list API: `?page=&pageSize=` (the shared `PageQuery`) in, the shared
 * `pageOf(item)` shape out. Each paged query must order by a unique key last (usually `id`),
 * so that walking the pages returns every row exactly once.
 */
export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Page<T> extends PageRequest {
  items: T[];
  total: number;
}

/** Rows to skip for a 1-based page. */
export function offsetOf(request: PageRequest): number {
  return (request.page - 1) * request.pageSize;
}

export function pageResult<T>(items: T[], total: number, request: PageRequest): Page<T> {
  return { items, total, page: request.page, pageSize: request.pageSize };
}
