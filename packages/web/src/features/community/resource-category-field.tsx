import type { Control } from 'react-hook-form';
import { useBoundField } from '../../components/form/bound-fields.tsx';
import { LabelledField } from '../../components/labelled-field.tsx';
import { categorySuggestions, type ResourceFormValues } from './resource-form-values.ts';
import { useResourceCategories } from './resource-queries.ts';

interface ResourceCategoryFieldProps {
  /** The resource form's `control`: the field is its `category`. */
  control: Control<ResourceFormValues>;
  /** The category the resource was saved with (empty when adding one): offered even if no other resource uses it. */
  saved: string;
}

/**
 * The category: free text, offering the categories already in use as the editor types (a
 * `<datalist>`, which browsers and screen readers present as suggestions), so the library does
 * not grow "Outcomes" and "outcomes" side by side. If the list cannot be loaded, typing still works.
 */
export function ResourceCategoryField({ control, saved }: ResourceCategoryFieldProps) {
  const { id, value, onChange, error } = useBoundField({ control, name: 'category' });
  const categories = useResourceCategories();
  const suggestions = categorySuggestions(categories.data?.items.map((item) => item.category) ?? [], saved);
  const hint =
    suggestions.length > 0
      ? 'Choose one already in use, or type a new one. For example: Implementation, Outcomes.'
      : 'For example: Implementation, Outcomes.';

  return (
    <LabelledField id={id} label="Category" hint={hint} error={error}>
      {(aria) => (
        <>
          <input
            className={['nhsuk-input', 'nhsuk-input--width-30', error ? 'nhsuk-input--error' : ''].filter(Boolean).join(' ')}
            id={id}
            name="category"
            type="text"
            list="category-suggestions"
            autoComplete="off"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            {...aria}
          />
          <datalist id="category-suggestions">
            {suggestions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
    </LabelledField>
  );
}
