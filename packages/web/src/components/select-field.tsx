import { describedBy, FieldErrorMessage, formGroupClass } from './field-error-message.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Flat options, or groups rendered as `<optgroup>`. */
  options: readonly (SelectOption | SelectOptionGroup)[];
  name?: string;
  hint?: string;
  error?: string | undefined;
  /** Text of a first, empty option such as "Choose a role". */
  placeholder?: string;
  labelClass?: string;
}

function isGroup(option: SelectOption | SelectOptionGroup): option is SelectOptionGroup {
  return 'options' in option;
}

/** A labelled NHS select with optional hint and error message. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  name,
  hint,
  error,
  placeholder,
  labelClass,
}: SelectFieldProps) {
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
      <select
        className={error ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
        id={id}
        name={name ?? id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) =>
          isGroup(option) ? (
            <optgroup key={option.label} label={option.label}>
              {option.options.map((item) => (
                <option key={item.value} value={item.value}>
                  {item.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ),
        )}
      </select>
    </div>
  );
}
