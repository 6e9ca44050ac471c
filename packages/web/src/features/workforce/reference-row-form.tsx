import { type FormEvent, useState } from 'react';
import { type FormIssue, issuesFromError, messageFor, validateWith } from '../../api/form-issues.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxesField } from '../../components/checkboxes-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, type SelectOption } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { type ReferenceTables, useSaveReferenceRow } from './workforce-queries.ts';

/** One editable column of a reference row. */
export interface ReferenceField {
  key: string;
  label: string;
  /** Numbers are sent as numbers; selects offer `options`. */
  kind: 'text' | 'number' | 'select';
  options?: readonly SelectOption[];
  hint?: string;
}

interface ParsingSchema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

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
  const [values, setValues] = useState(initial);
  const [verified, setVerified] = useState(initialVerified);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [saved, setSaved] = useState(false);
  const id = (key: string) => `${idPrefix}-${key}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const body: Record<string, unknown> = { verified };
    for (const field of fields) {
      const text = (values[field.key] ?? '').trim();
      body[field.key] = field.kind === 'number' && text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
    }
    const checked = validateWith(schema, body);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    save.mutate(checked.data, {
      onSuccess: () => {
        setSaved(true);
        onSaved?.();
      },
      onError: (failure) => setIssues(issuesFromError(failure)),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="kith-reference-form">
      <ErrorSummary issues={issues} linkablePaths={[]} />
      {fields.map((field) =>
        field.kind === 'select' ? (
          <SelectField
            key={field.key}
            id={id(field.key)}
            label={field.label}
            value={values[field.key] ?? ''}
            onChange={(value) => setValues({ ...values, [field.key]: value })}
            options={field.options ?? []}
            error={messageFor(issues, field.key)}
          />
        ) : (
          <TextField
            key={field.key}
            id={id(field.key)}
            label={field.label}
            hint={field.hint}
            value={values[field.key] ?? ''}
            onChange={(value) => setValues({ ...values, [field.key]: value })}
            inputMode={field.kind === 'number' ? 'decimal' : undefined}
            widthClass={field.kind === 'number' ? 'nhsuk-input--width-10' : undefined}
            error={messageFor(issues, field.key)}
          />
        ),
      )}
      <CheckboxesField
        id={id('verified')}
        legend="Checked against the published source"
        values={verified ? ['verified'] : []}
        onChange={(checked) => setVerified(checked.includes('verified'))}
        items={[{ value: 'verified', label: 'Verified' }]}
      />
      <Button
        variant="secondary"
        className="nhsuk-u-margin-bottom-2"
        type="submit"
        pending={save.isPending}
        pendingLabel="Saving…"
      >
        {submitLabel}
      </Button>
      {saved ? (
        <p className="nhsuk-body-s" role="status">
          Saved.
        </p>
      ) : null}
    </form>
  );
}
