import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';

interface DateOfBirthFieldProps {
  /** Id of the day box, so an error summary link lands on it. */
  id: string;
  day: string;
  month: string;
  year: string;
  onChange: (part: 'day' | 'month' | 'year', value: string) => void;
  error?: string | undefined;
}

/**
 * NHS date input (day, month, year boxes) for a date of birth.
 * https://service-manual.nhs.uk/design-system/components/date-input
 */
export function DateOfBirthField({ id, day, month, year, onChange, error }: DateOfBirthFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const parts = [
    { part: 'day', label: 'Day', value: day, width: 2, inputId: id, autoComplete: 'bday-day' },
    { part: 'month', label: 'Month', value: month, width: 2, inputId: `${id}-month`, autoComplete: 'bday-month' },
    { part: 'year', label: 'Year', value: year, width: 4, inputId: `${id}-year`, autoComplete: 'bday-year' },
  ] as const;

  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Date of birth</legend>
        <div className="nhsuk-hint" id={hintId}>
          For example, 15 3 1984
        </div>
        <FieldErrorMessage id={`${id}-error`} message={error} />
        <div className="nhsuk-date-input">
          {parts.map((item) => (
            <div className="nhsuk-date-input__item" key={item.part}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={item.inputId}>
                  {item.label}
                </label>
                <input
                  className={[
                    'nhsuk-input',
                    'nhsuk-date-input__input',
                    `nhsuk-input--width-${item.width}`,
                    error ? 'nhsuk-input--error' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  id={item.inputId}
                  name={item.inputId}
                  type="text"
                  inputMode="numeric"
                  autoComplete={item.autoComplete}
                  value={item.value}
                  onChange={(event) => onChange(item.part, event.target.value)}
                  aria-invalid={error ? true : undefined}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
