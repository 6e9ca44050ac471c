import { describedBy, FieldErrorMessage, formGroupClass } from './field-error-message.tsx';
import type { ChoiceItem } from './radios-field.tsx';

export interface CheckboxesFieldProps {
  /** Id of the first checkbox, so an error summary link lands on it. */
  id: string;
  legend: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  items: readonly ChoiceItem[];
  name?: string;
  hint?: string;
  error?: string | undefined;
  /** Shown instead of the checkboxes when there is nothing to choose from. */
  emptyText?: string;
}

/** An NHS checkboxes group in a fieldset with legend, hint and error message. */
export function CheckboxesField({ id, legend, values, onChange, items, name, hint, error, emptyText }: CheckboxesFieldProps) {
  const groupName = name ?? id;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  const toggle = (value: string, checked: boolean) => {
    onChange(checked ? [...values, value] : values.filter((existing) => existing !== value));
  };

  return (
    <div className={formGroupClass(error)}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <FieldErrorMessage id={`${id}-error`} message={error} />
        {items.length === 0 && emptyText ? <p className="nhsuk-body">{emptyText}</p> : null}
        <div className="nhsuk-checkboxes">
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="nhsuk-checkboxes__item" key={item.value}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={itemId}
                  name={groupName}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={itemId}>
                  {item.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
