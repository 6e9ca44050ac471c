import type { TaxonomyTerm } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { termOptions } from './term-options.ts';

const term = (id: string, name: string, depth: number): TaxonomyTerm => ({
  id,
  taxonomyId: 't',
  parentId: null,
  code: null,
  name,
  description: '',
  depth,
});

describe('need options', () => {
  it('keeps tree order and indents children under their parents', () => {
    const options = termOptions([
      term('a', 'Health and wellbeing', 0),
      term('b', 'Physical activity', 1),
      term('c', 'Walking', 2),
    ]);
    expect(options.map((option) => option.value)).toEqual(['a', 'b', 'c']);
    expect(options[0]?.label).toBe('Health and wellbeing');
    expect(options[1]?.label).toBe('\u00a0\u00a0\u00a0\u00a0Physical activity');
    expect(options[2]?.label).toBe(`${'\u00a0'.repeat(8)}Walking`);
  });
});
