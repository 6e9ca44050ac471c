import { useState } from 'react';
import type { Control } from 'react-hook-form';
import { Button } from '../../components/button.tsx';
import { FormCheckboxesField, useBoundField } from '../../components/form/bound-fields.tsx';
import { KithFormFrame } from '../../components/form/kith-form-frame.tsx';
import { useKithForm } from '../../components/form/use-kith-form.ts';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import {
  buildReferenceRow,
  type ParsingSchema,
  type ReferenceField,
  type ReferenceRowValues,
  referenceRowValues,
} from './reference-row-values.ts';
import { type ReferenceTables, useSaveReferenceRow } from './workforce-queries.ts';

interface ReferenceRowFormProps<T extends keyof ReferenceTables> {
  table: T;
  /** The row to correct; left out to add a row. */
  rowId?: string;
  /** Unique on the page, so every field id is too. */
  idPrefix: string;
  fields: readonly ReferenceField[];
  initial: Record<string, string>;
  initialVerified: boolean;
  schema: ParsingSchema<ReferenceTables[T]['input']>;
  submitLabel: string;
  onSaved?: () => void;
}

/** Adds or corrects one reference row: its figures, source and verified flag (admins only; every save is audited). */
export function ReferenceRowForm<T extends keyof ReferenceTables>({
  table,
  rowId,
  idPrefix,
  fields,
  initial,
  initialVerified,
  schema,
  submitLabel,
  onSaved,
}: ReferenceRowFormProps<T>) {
  const save = useSaveReferenceRow(table, rowId);
  const [saved, setSaved] = useState(false);
  const kith = useKithForm({
    defaultValues: referenceRowValues(initial, initialVerified),
    toRequest: (values) => buildReferenceRow(schema, fields, values),
    fieldOrder: fields.map((field) => field.key),
    onSubmit: async (input) => {
      setSaved(false);
      await save.mutateAsync(input);
      setSaved(true);
      onSaved?.();
    },
  });

  return (
    // Many of these forms share a page: the error summary names the problems without linking to ids of other rows.
    <KithFormFrame kith={kith} linkablePaths={[]} className="kith-reference-form">
      {fields.map((field) => (
        <ReferenceInput key={field.key} control={kith.form.control} field={field} id={`${idPrefix}-${field.key}`} />
      ))}
      <FormCheckboxesField
        control={kith.form.control}
        name="verified"
        issuePath={`${idPrefix}-verified`}
        legend="Checked against the published source"
        items={[{ value: 'verified', label: 'Verified' }]}
      />
      <Button variant="secondary" className="nhsuk-u-margin-bottom-2" type="submit" pending={kith.pending} pendingLabel="Saving…">
        {submitLabel}
      </Button>
      {/* Said once, until something is changed or goes wrong. */}
      {saved && !kith.dirty && kith.issues.length === 0 ? (
        <p className="nhsuk-body-s" role="status">
          Saved.
        </p>
      ) : null}
    </KithFormFrame>
  );
}

interface ReferenceInputProps {
  control: Control<ReferenceRowValues>;
  field: ReferenceField;
  /** The page-unique id; the schema names the problem by the column's key alone. */
  id: string;
}

function ReferenceInput({ control, field, id }: ReferenceInputProps) {
  const bound = useBoundField({ control, name: `row.${field.key}`, issuePath: field.key });
  const value = String(bound.value ?? '');
  return field.kind === 'select' ? (
    <SelectField
      id={id}
      label={field.label}
      value={value}
      onChange={bound.onChange}
      options={field.options ?? []}
      error={bound.error}
    />
  ) : (
    <TextField
      id={id}
      label={field.label}
      hint={field.hint}
      value={value}
      onChange={bound.onChange}
      inputMode={field.kind === 'number' ? 'decimal' : undefined}
      widthClass={field.kind === 'number' ? 'nhsuk-input--width-10' : undefined}
      error={bound.error}
    />
  );
}
