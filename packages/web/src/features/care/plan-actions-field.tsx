import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { newUuid } from '../../api/new-uuid.ts';
import { Button } from '../../components/button.tsx';
import { DateInputField } from '../../components/date-input-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { type ActionRow, newAction } from './care-plan-values.ts';

interface PlanActionsFieldProps {
  actions: readonly ActionRow[];
  onChange: (actions: ActionRow[]) => void;
  issues: readonly FormIssue[];
  focusLater: (id: string) => void;
}

/** Actions towards the goals: what, who, by when, and whether it is done. */
export function PlanActionsField({ actions, onChange, issues, focusLater }: PlanActionsFieldProps) {
  const update = (id: string, change: Partial<ActionRow>) =>
    onChange(actions.map((action) => (action.id === id ? { ...action, ...change } : action)));
  const add = () => {
    onChange([...actions, newAction(newUuid())]);
    focusLater(fieldId(`actions.${actions.length}.text`));
  };
  const remove = (id: string) => {
    onChange(actions.filter((action) => action.id !== id));
    focusLater('add-action');
  };

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      {actions.length === 0 ? <p className="nhsuk-body">No actions yet.</p> : null}
      {actions.map((action, index) => {
        const path = `actions.${index}`;
        const doneId = fieldId(`${path}.done`);
        return (
          <fieldset className="nhsuk-fieldset kith-plan-row" key={action.id}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Action {index + 1}</legend>
            <TextField
              id={fieldId(`${path}.text`)}
              label="What will happen"
              value={action.text}
              onChange={(text) => update(action.id, { text })}
              error={messageFor(issues, `${path}.text`)}
            />
            <TextField
              id={fieldId(`${path}.owner`)}
              label="Who will do it"
              hint="For example, the person, their daughter, or you"
              value={action.owner}
              onChange={(owner) => update(action.id, { owner })}
              widthClass="nhsuk-input--width-20"
              error={messageFor(issues, `${path}.owner`)}
            />
            <DateInputField
              id={fieldId(`${path}.dueDate`)}
              legend="Due by (optional)"
              value={action.dueDate}
              onChange={(dueDate) => update(action.id, { dueDate })}
              error={messageFor(issues, `${path}.dueDate`)}
            />
            <div className="nhsuk-form-group">
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={doneId}
                    name={doneId}
                    type="checkbox"
                    checked={action.done}
                    onChange={(event) => update(action.id, { done: event.target.checked })}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={doneId}>
                    Done<span className="nhsuk-u-visually-hidden"> (action {index + 1})</span>
                  </label>
                </div>
              </div>
            </div>
            <Button type="button" variant="secondary" small onClick={() => remove(action.id)}>
              Remove<span className="nhsuk-u-visually-hidden"> action {index + 1}</span>
            </Button>
          </fieldset>
        );
      })}
      <Button type="button" id="add-action" variant="secondary" onClick={add}>
        Add an action
      </Button>
    </section>
  );
}
