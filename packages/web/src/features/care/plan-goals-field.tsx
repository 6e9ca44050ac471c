import { type Control, useFieldArray } from 'react-hook-form';
import { fieldId } from '../../api/form-issues.ts';
import { newUuid } from '../../api/new-uuid.ts';
import { Button } from '../../components/button.tsx';
import { FormTextareaField } from '../../components/form/bound-fields.tsx';
import { type CarePlanFormValues, newGoal } from './care-plan-values.ts';

interface PlanGoalsFieldProps {
  control: Control<CarePlanFormValues>;
  /** Asks the editor to move focus to a control once it has rendered (after add or remove). */
  focusLater: (id: string) => void;
}

/** The person's goals, in their own words: add and remove. */
export function PlanGoalsField({ control, focusLater }: PlanGoalsFieldProps) {
  // `key` tells the rows apart on screen; each goal's own `id` stays in the values for the server.
  const { fields, append, remove } = useFieldArray({ control, name: 'goals', keyName: 'key' });
  const add = () => {
    append(newGoal(newUuid()), { shouldFocus: false });
    focusLater(fieldId(`goals.${fields.length}.text`));
  };
  const removeAt = (index: number) => {
    remove(index);
    focusLater('add-goal');
  };

  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">Goals</h2>
      <p className="nhsuk-body">In the person's own words, what they want to achieve.</p>
      {fields.length === 0 ? <p className="nhsuk-body">No goals yet.</p> : null}
      {fields.map((field, index) => (
        <div className="kith-plan-row" key={field.key}>
          <FormTextareaField control={control} name={`goals.${index}.text`} label={`Goal ${index + 1}`} rows={2} />
          <Button type="button" variant="secondary" small onClick={() => removeAt(index)}>
            Remove<span className="nhsuk-u-visually-hidden"> goal {index + 1}</span>
          </Button>
        </div>
      ))}
      <Button type="button" id="add-goal" variant="secondary" onClick={add}>
        Add a goal
      </Button>
    </section>
  );
}
