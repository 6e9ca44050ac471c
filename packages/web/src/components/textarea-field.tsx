import { LabelledField } from './labelled-field.tsx';

export interface TextareaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string | undefined;
  rows?: number;
  labelClass?: string;
}

/** A labelled NHS textarea with optional hint and error message. */
export function TextareaField({ id, label, value, onChange, name, hint, error, rows = 5, labelClass }: TextareaFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClass={labelClass}>
      {(aria) => (
        <textarea
          className={error ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
          id={id}
          name={name ?? id}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...aria}
        />
      )}
    </LabelledField>
  );
}
