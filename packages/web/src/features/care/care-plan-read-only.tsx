import type { CarePlan } from '@kith/shared';
import { formatCalendarDate } from '../../components/date-format.ts';
import { SummaryList } from '../../components/summary-list.tsx';

const NONE = <span className="nhsuk-u-secondary-text-colour">None recorded</span>;

/**
 * A closed case's care plan, shown as the record it has become: the server refuses changes
 * (409) once the episode is closed, so no editor is offered.
 */
export function CarePlanReadOnly({ plan }: { plan: CarePlan }) {
  return (
    <>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>This case is closed, so its care plan can be read but no longer changed.</p>
      </div>
      <SummaryList
        rows={[
          {
            key: 'What matters to me',
            value: plan.whatMatters ? <span className="kith-pre-line">{plan.whatMatters}</span> : NONE,
          },
          {
            key: 'Goals',
            value:
              plan.goals.length > 0 ? (
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {plan.goals.map((goal) => (
                    <li key={goal.id}>{goal.text}</li>
                  ))}
                </ul>
              ) : (
                NONE
              ),
          },
          {
            key: 'Actions',
            value:
              plan.actions.length > 0 ? (
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {plan.actions.map((action) => (
                    <li key={action.id}>
                      {action.text} ({action.owner}
                      {action.dueDate ? `, by ${formatCalendarDate(action.dueDate)}` : ''}){action.done ? ' – done' : ''}
                    </li>
                  ))}
                </ul>
              ) : (
                NONE
              ),
          },
          { key: 'Review date', value: plan.reviewDate ? formatCalendarDate(plan.reviewDate) : NONE },
        ]}
      />
    </>
  );
}
