import type { ReactNode } from 'react';
import { describedBy, FieldErrorMessage, formGroupClass } from './field-error-message.tsx';

/** What the control inside a labelled field must carry so screen readers hear its hint and error. */
export interface FieldAria {
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface LabelledFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  labelClass?: string | undefined;
  /** Renders the control (input, textarea, select) with the given aria attributes. */
  children: (aria: FieldAria) => ReactNode;
}

/**
 * The NHS form group around one labelled control: label, optional hint, error message and the
 * red error border, shared by text inputs, textareas and selects.
 */
export function LabelledField({ id, label, hint, error, labelClass, children }: LabelledFieldProps) {
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
      {children({ 'aria-describedby': describedBy(hintId, errorId), 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
