import { type Control, useFieldArray } from 'react-hook-form';
import { fieldId } from '../../api/form-issues.ts';
import { newUuid } from '../../api/new-uuid.ts';
import { Button } from '../../components/button.tsx';
import { FormDateInputField, FormTextField, useBoundField } from '../../components/form/bound-fields.tsx';
import { type CarePlanFormValues, newAction } from './care-plan-values.ts';

interface PlanActionsFieldProps {
  control: Control<CarePlanFormValues>;
  focusLater: (id: string) => void;
}

/** Actions towards the goals: what, who, by when, and whether it is done. */
export function PlanActionsField({ control, focusLater }: PlanActionsFieldProps) {
  // `key` tells the rows apart on screen; each action's own `id` stays in the values for the server.
  const { fields, append, remove } = useFieldArray({ control, name: 'actions', keyName: 'key' });
  const add = () => {
    append(newAction(newUuid()), { shouldFocus: false });
    focusLater(fieldId(`actions.${fields.length}.text`));
  };
  const removeAt = (index: number) => {
    remove(index);
    focusLater('add-action');
  };

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      {fields.length === 0 ? <p className="nhsuk-body">No actions yet.</p> : null}
      {fields.map((field, index) => (
        <fieldset className="nhsuk-fieldset kith-plan-row" key={field.key}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Action {index + 1}</legend>
          <FormTextField control={control} name={`actions.${index}.text`} label="What will happen" />
          <FormTextField
            control={control}
            name={`actions.${index}.owner`}
            label="Who will do it"
            hint="For example, the person, their daughter, or you"
            widthClass="nhsuk-input--width-20"
          />
          <FormDateInputField control={control} name={`actions.${index}.dueDate`} legend="Due by (optional)" />
          <DoneCheckbox control={control} index={index} />
          <Button type="button" variant="secondary" small onClick={() => removeAt(index)}>
            Remove<span className="nhsuk-u-visually-hidden"> action {index + 1}</span>
          </Button>
        </fieldset>
      ))}
      <Button type="button" id="add-action" variant="secondary" onClick={add}>
        Add an action
      </Button>
    </section>
  );
}

/** One small checkbox, labelled "Done" (and which action, for screen readers). */
function DoneCheckbox({ control, index }: { control: Control<CarePlanFormValues>; index: number }) {
  const done = useBoundField({ control, name: `actions.${index}.done` });
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        <div className="nhsuk-checkboxes__item">
          <input
            className="nhsuk-checkboxes__input"
            id={done.id}
            name={done.id}
            type="checkbox"
            checked={done.value === true}
            onChange={(event) => done.onChange(event.target.checked)}
          />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={done.id}>
            Done<span className="nhsuk-u-visually-hidden"> (action {index + 1})</span>
          </label>
        </div>
      </div>
    </div>
  );
}
