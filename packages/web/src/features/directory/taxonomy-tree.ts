import type { TaxonomyTerm } from '@kith/shared';

export interface TermNode {
  term: TaxonomyTerm;
  children: TermNode[];
}

/**
 * The flat, tree-ordered term list as nested nodes, so the page can show it as nested lists that
 * screen readers announce by level. A term whose parent is missing is shown at the top level.
 */
export function nestTerms(terms: readonly TaxonomyTerm[]): TermNode[] {
  const nodes = new Map(terms.map((term) => [term.id, { term, children: [] as TermNode[] }]));
  const roots: TermNode[] = [];
  for (const term of terms) {
    const node = nodes.get(term.id);
    if (!node) continue;
    const parent = term.parentId ? nodes.get(term.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
