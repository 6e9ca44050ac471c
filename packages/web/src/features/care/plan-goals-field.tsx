import { type FormIssue, fieldId, messageFor } from '../../api/form-issues.ts';
import { newUuid } from '../../api/new-uuid.ts';
import { Button } from '../../components/button.tsx';
import { TextareaField } from '../../components/textarea-field.tsx';
import { type GoalRow, newGoal } from './care-plan-values.ts';

interface PlanGoalsFieldProps {
  goals: readonly GoalRow[];
  onChange: (goals: GoalRow[]) => void;
  issues: readonly FormIssue[];
  /** Asks the editor to move focus to a control once it has rendered (after add or remove). */
  focusLater: (id: string) => void;
}

/** The person's goals, in their own words: add and remove. */
export function PlanGoalsField({ goals, onChange, issues, focusLater }: PlanGoalsFieldProps) {
  const add = () => {
    const goal = newGoal(newUuid());
    onChange([...goals, goal]);
    focusLater(fieldId(`goals.${goals.length}.text`));
  };
  const remove = (id: string) => {
    onChange(goals.filter((goal) => goal.id !== id));
    focusLater('add-goal');
  };

  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">Goals</h2>
      <p className="nhsuk-body">In the person's own words, what they want to achieve.</p>
      {goals.length === 0 ? <p className="nhsuk-body">No goals yet.</p> : null}
      {goals.map((goal, index) => (
        <div className="kith-plan-row" key={goal.id}>
          <TextareaField
            id={fieldId(`goals.${index}.text`)}
            label={`Goal ${index + 1}`}
            value={goal.text}
            onChange={(text) => onChange(goals.map((existing) => (existing.id === goal.id ? { ...existing, text } : existing)))}
            rows={2}
            error={messageFor(issues, `goals.${index}.text`)}
          />
          <Button type="button" variant="secondary" small onClick={() => remove(goal.id)}>
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
