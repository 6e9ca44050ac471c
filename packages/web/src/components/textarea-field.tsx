import { describedBy, FieldErrorMessage, formGroupClass } from './field-error-message.tsx';

interface TextareaFieldProps {
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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  return (
    <div className={formGroupClass(error)}>
      <label className={['nhsuk-label', labelClass ?? ''].filter(Boolean).join(' ')} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <FieldErrorMessage id={`${id}-error`} message={error} />
      <textarea
        className={error ? 'nhsuk-textarea nhsuk-textarea--error' : 'nhsuk-textarea'}
        id={id}
        name={name ?? id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
