import { type TaxonomyTerm, TaxonomyTermInput } from '@kith/shared';
import { type Checked, validateWith } from '../../api/form-issues.ts';

/** What the form is doing: adding a top-level term, adding one under a parent, or editing one. */
export type TermFormMode =
  | { kind: 'top'; taxonomyId: string }
  | { kind: 'child'; parent: TaxonomyTerm }
  | { kind: 'edit'; term: TaxonomyTerm };

export interface TermFormValues {
  name: string;
  description: string;
  code: string;
}

export const TERM_FIELD_ORDER = ['name', 'description', 'code'] as const;

export function termFormValues(mode: TermFormMode): TermFormValues {
  const editing = mode.kind === 'edit' ? mode.term : null;
  return { name: editing?.name ?? '', description: editing?.description ?? '', code: editing?.code ?? '' };
}

/** Checks the term with the shared schema; where it sits in the tree comes from the mode, not the form. */
export function buildTermInput(mode: TermFormMode, values: TermFormValues): Checked<TaxonomyTermInput> {
  const placement =
    mode.kind === 'edit'
      ? { taxonomyId: mode.term.taxonomyId, parentId: mode.term.parentId }
      : mode.kind === 'child'
        ? { taxonomyId: mode.parent.taxonomyId, parentId: mode.parent.id }
        : { taxonomyId: mode.taxonomyId, parentId: null };
  return validateWith(TaxonomyTermInput, {
    ...placement,
    name: values.name,
    description: values.description,
    code: values.code.trim() === '' ? null : values.code.trim(),
  });
}
