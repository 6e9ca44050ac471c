import type { DateParts } from './date-parts.ts';
import { describedBy, FieldErrorMessage, formGroupClass } from './field-error-message.tsx';

export interface DateInputFieldProps {
  /** Id of the day box, so an error summary link lands on it; month and year get `-month`, `-year`. */
  id: string;
  legend: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  hint?: string;
  error?: string | undefined;
  legendClass?: string;
  /** `bday` when the date is the user's own date of birth, so browsers can fill each box in. */
  autoComplete?: 'bday';
}

const BOXES = [
  { part: 'day', label: 'Day', width: 'nhsuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'nhsuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'nhsuk-input--width-4' },
] as const;

/**
 * NHS date input: day, month and year boxes in a fieldset.
 * https://service-manual.nhs.uk/design-system/components/date-input
 */
export function DateInputField({ id, legend, value, onChange, hint, error, legendClass, autoComplete }: DateInputFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={['nhsuk-fieldset__legend', legendClass ?? 'nhsuk-fieldset__legend--s'].join(' ')}>{legend}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <FieldErrorMessage id={`${id}-error`} message={error} />
        <div className="nhsuk-date-input">
          {BOXES.map(({ part, label, width }) => {
            const boxId = part === 'day' ? id : `${id}-${part}`;
            return (
              <div className="nhsuk-date-input__item" key={part}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={boxId}>
                    {label}
                  </label>
                  <input
                    className={['nhsuk-input nhsuk-date-input__input', width, error ? 'nhsuk-input--error' : ''].join(' ').trim()}
                    id={boxId}
                    name={boxId}
                    type="text"
                    inputMode="numeric"
                    autoComplete={autoComplete ? `${autoComplete}-${part}` : undefined}
                    value={value[part]}
                    onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                    aria-invalid={error ? true : undefined}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
