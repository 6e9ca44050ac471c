import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { TextField } from '../../components/text-field.tsx';
import type { NumberField } from './number-fields.ts';

interface NumberFieldInputsProps<Key extends string> {
  fields: readonly NumberField<Key>[];
  values: Partial<Record<Key, string>>;
  onChange: (key: Key, value: string) => void;
  issues: readonly FormIssue[];
  /** Prefix of each field's path, as the server names it (`roi.`); the element id follows from it. */
  pathPrefix?: string;
}

/** A labelled number box per field, each with its hint and its own error. */
export function NumberFieldInputs<Key extends string>({
  fields,
  values,
  onChange,
  issues,
  pathPrefix = '',
}: NumberFieldInputsProps<Key>) {
  return (
    <>
      {fields.map((field) => {
        const path = `${pathPrefix}${field.key}`;
        return (
          <TextField
            key={field.key}
            id={fieldId(path)}
            label={field.label}
            hint={field.hint}
            value={values[field.key] ?? ''}
            onChange={(value) => onChange(field.key, value)}
            inputMode="decimal"
            widthClass="nhsuk-input--width-10"
            error={messageFor(issues, path)}
          />
        );
      })}
    </>
  );
}
