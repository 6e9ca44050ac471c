import { describe, expect, it } from 'vitest';
import { pageWindow } from './oruk-page-window.ts';

/** Positions a window covers, ascending, in a list of `total`. */
function positions(total: number, page: number, perPage: number): number[] {
  const window = pageWindow(total, page, perPage);
  if (!window) return [];
  const walked = Array.from({ length: window.limit }, (_, i) => window.offset + i);
  return window.from === 'start' ? walked : walked.map((fromEnd) => total - 1 - fromEnd).reverse();
}

describe('pageWindow', () => {
  it('covers exactly the positions OFFSET paging covers, for every page of every size', () => {
    for (let total = 0; total <= 12; total++) {
      for (let perPage = 1; perPage <= 5; perPage++) {
        for (let page = 1; page <= Math.ceil(total / perPage) + 2; page++) {
          const expected = Array.from({ length: total }, (_, i) => i).slice((page - 1) * perPage, page * perPage);
          expect(positions(total, page, perPage), `${total} rows, page ${page} of ${perPage}`).toEqual(expected);
        }
      }
    }
  });

  it('never walks more than half the list', () => {
    expect(pageWindow(20_000, 400, 50)).toEqual({ from: 'end', limit: 50, offset: 0 });
    expect(pageWindow(20_000, 1, 50)).toEqual({ from: 'start', limit: 50, offset: 0 });
    expect(pageWindow(20_001, 401, 50)).toEqual({ from: 'end', limit: 1, offset: 0 });
    for (let page = 1; page <= 400; page++) expect(pageWindow(20_000, page, 50)?.offset).toBeLessThanOrEqual(10_000);
  });
});
