import { LabelledField } from './labelled-field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectFieldProps {
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
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClass={labelClass}>
      {(aria) => (
        <select
          className={error ? 'nhsuk-select nhsuk-select--error' : 'nhsuk-select'}
          id={id}
          name={name ?? id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...aria}
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
      )}
    </LabelledField>
  );
}
