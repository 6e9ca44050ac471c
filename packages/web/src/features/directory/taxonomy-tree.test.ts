import type { TaxonomyTerm } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { nestTerms } from './taxonomy-tree.ts';

const term = (id: string, parentId: string | null, depth: number): TaxonomyTerm => ({
  id,
  taxonomyId: 't',
  parentId,
  code: null,
  name: id,
  description: '',
  depth,
});

describe('the needs taxonomy as a tree', () => {
  it('nests each term under its parent, keeping the given order', () => {
    const tree = nestTerms([
      term('social', null, 0),
      term('lonely', 'social', 1),
      term('befriend', 'social', 1),
      term('money', null, 0),
    ]);
    expect(tree.map((node) => [node.term.id, node.children.map((child) => child.term.id)])).toEqual([
      ['social', ['lonely', 'befriend']],
      ['money', []],
    ]);
  });

  it('shows a term whose parent is missing at the top level rather than losing it', () => {
    expect(nestTerms([term('orphan', 'gone', 1)]).map((node) => node.term.id)).toEqual(['orphan']);
  });
});
