import { describe, expect, it } from 'vitest';
import { readPage } from './use-page-param.ts';

describe('readPage', () => {
  it('reads a 1-based page number', () => {
    expect(readPage('3')).toBe(3);
  });

  it('treats a missing, malformed or out-of-range page as page 1', () => {
    for (const value of [null, '', 'two', '0', '-4']) expect(readPage(value)).toBe(1);
  });
});
