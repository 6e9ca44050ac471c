import { type Checked, validateWith } from '../../api/form-issues.ts';
import type { SelectOption } from '../../components/select-field.tsx';

/** One editable column of a reference row. */
export interface ReferenceField {
  key: string;
  label: string;
  /** Numbers are sent as numbers; selects offer `options`. */
  kind: 'text' | 'number' | 'select';
  options?: readonly SelectOption[];
  hint?: string;
}

/** A reference row as typed: each column's text, and the verified box. */
export interface ReferenceRowValues {
  row: Record<string, string>;
  verified: string[];
}

/** What a shared zod schema's `safeParse` returns, described structurally so no zod import is needed. */
export interface ParsingSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export function referenceRowValues(initial: Record<string, string>, verified: boolean): ReferenceRowValues {
  return { row: { ...initial }, verified: verified ? ['verified'] : [] };
}

/** Checks a reference row with its table's shared schema; numbers typed as numbers are sent as numbers. */
export function buildReferenceRow<T>(
  schema: ParsingSchema<T>,
  fields: readonly ReferenceField[],
  values: ReferenceRowValues,
): Checked<T> {
  const body: Record<string, unknown> = { verified: values.verified.includes('verified') };
  for (const field of fields) {
    const text = (values.row[field.key] ?? '').trim();
    body[field.key] = field.kind === 'number' && text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  }
  return validateWith(schema, body);
}
