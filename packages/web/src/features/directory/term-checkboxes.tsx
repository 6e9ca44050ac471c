import type { TaxonomyTerm } from '@kith/shared';
import type { FieldValues } from 'react-hook-form';
import { describedBy, FieldErrorMessage, formGroupClass } from '../../components/field-error-message.tsx';
import { type Binding, useBoundField } from '../../components/form/bound-fields.tsx';
import './directory.css';

interface TermCheckboxesProps {
  /** Id of the first checkbox, so an error summary link lands on it. */
  id: string;
  legend: string;
  hint?: string;
  terms: readonly TaxonomyTerm[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
  legendClass?: string;
}

const depthClass = (depth: number) => (depth > 0 ? ` kith-term-depth-${Math.min(depth, 3)}` : '');

/**
 * Need terms as NHS checkboxes, indented by their depth in the taxonomy so the tree reads at a
 * glance ("Social connection", then "Befriending" beneath it). Choosing a broad term covers the
 * terms beneath it in search; the hint says so.
 */
export function TermCheckboxes({ id, legend, hint, terms, values, onChange, error, legendClass }: TermCheckboxesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((existing) => existing !== value));

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
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          {terms.map((term, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className={`nhsuk-checkboxes__item${depthClass(term.depth)}`} key={term.id}>
                <input
                  className="nhsuk-checkboxes__input"
                  id={itemId}
                  name={id}
                  type="checkbox"
                  value={term.id}
                  checked={values.includes(term.id)}
                  onChange={(event) => toggle(term.id, event.target.checked)}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={itemId}>
                  {term.name}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** {@link TermCheckboxes} bound to a form value (a list of term ids) through Kith's form mechanism. */
export function FormTermCheckboxes<V extends FieldValues>({
  control,
  name,
  issuePath,
  ...props
}: Binding<V> & Omit<TermCheckboxesProps, 'id' | 'values' | 'onChange' | 'error'>) {
  const field = useBoundField({ control, name, issuePath });
  const values = Array.isArray(field.value) ? (field.value as string[]) : [];
  return <TermCheckboxes {...props} id={field.id} values={values} onChange={field.onChange} error={field.error} />;
}
