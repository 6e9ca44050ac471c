import type { HTMLAttributes, HTMLInputAutoCompleteAttribute, HTMLInputTypeAttribute } from 'react';
import { LabelledField } from './labelled-field.tsx';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  name?: string;
  hint?: string;
  error?: string | undefined;
  type?: HTMLInputTypeAttribute;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  /** NHS input width class, e.g. `nhsuk-input--width-20`; full width when left out. */
  widthClass?: string;
  spellCheck?: boolean;
  labelClass?: string;
  /** `numeric` brings up the number keypad on phones without the quirks of `type="number"`. */
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
}

/** A labelled NHS text input with optional hint and error message. */
export function TextField({
  id,
  label,
  value,
  onChange,
  name,
  hint,
  error,
  type = 'text',
  autoComplete,
  widthClass,
  spellCheck,
  labelClass,
  inputMode,
}: TextFieldProps) {
  const inputClass = ['nhsuk-input', widthClass ?? '', error ? 'nhsuk-input--error' : ''].filter(Boolean).join(' ');

  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelClass={labelClass}>
      {(aria) => (
        <input
          className={inputClass}
          id={id}
          name={name ?? id}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          inputMode={inputMode}
          {...aria}
        />
      )}
    </LabelledField>
  );
}
