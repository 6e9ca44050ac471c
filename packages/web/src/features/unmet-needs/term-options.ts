import type { TaxonomyTerm } from '@kith/shared';
import type { SelectOption } from '../../components/select-field.tsx';

/** Four no-break spaces per level: an <option> holds only text, so indenting is done with it. */
const INDENT = '\u00a0\u00a0\u00a0\u00a0';

/** Need terms as select options in tree order, children indented under their parents. */
export function termOptions(terms: readonly TaxonomyTerm[]): SelectOption[] {
  return terms.map((term) => ({ value: term.id, label: `${INDENT.repeat(Math.max(0, term.depth))}${term.name}` }));
}
