import { describedBy, FieldErrorMessage, formGroupClass } from './field-error-message.tsx';

export interface ChoiceItem {
  value: string;
  label: string;
  hint?: string;
}

export interface RadiosFieldProps {
  /** Id of the first radio, so an error summary link lands on it. */
  id: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  items: readonly ChoiceItem[];
  name?: string;
  hint?: string;
  error?: string | undefined;
  legendClass?: string;
}

/** An NHS radios group in a fieldset with legend, hint and error message. */
export function RadiosField({ id, legend, value, onChange, items, name, hint, error, legendClass }: RadiosFieldProps) {
  const groupName = name ?? id;
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
        <div className="nhsuk-radios">
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div className="nhsuk-radios__item" key={item.value}>
                <input
                  className="nhsuk-radios__input"
                  id={itemId}
                  name={groupName}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={itemHintId}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint ? (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={itemHintId}>
                    {item.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
