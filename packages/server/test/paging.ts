import { expect } from 'vitest';

interface PageBody<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Walks a paged list API from page 1 until a short page, checking each page's `total` and
 * `page`, and returns every item in order. `get` fetches one page's JSON.
 */
export async function walkPages<T = { id: string }>(get: (page: number) => Promise<unknown>, pageSize: number): Promise<T[]> {
  const all: T[] = [];
  const fetchPage = async (page: number) => (await get(page)) as PageBody<T>;
  const first = await fetchPage(1);
  const pages = Math.max(1, Math.ceil(first.total / pageSize));
  for (let page = 1; page <= pages + 1; page++) {
    const body = page === 1 ? first : await fetchPage(page);
    expect(body).toMatchObject({ page, pageSize, total: first.total });
    expect(body.items.length).toBe(Math.max(0, Math.min(pageSize, first.total - (page - 1) * pageSize)));
    all.push(...body.items);
  }
  return all;
}

/** The ids of `items`, checking none repeats. */
export function uniqueIds(items: { id: string }[]): string[] {
  const ids = items.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  return ids;
}
