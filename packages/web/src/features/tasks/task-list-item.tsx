import { TASK_KIND_LABELS, type TaskItem } from '@kith/shared';
import { Link } from 'react-router';
import { Button } from '../../components/button.tsx';
import { formatCalendarDate } from '../../components/date-format.ts';

interface TaskListItemProps {
  task: TaskItem;
  /** True while this task's change is on its way. */
  pending: boolean;
  onComplete: () => void;
  onSnooze: () => void;
  onReopen: () => void;
}

/**
 * One task: its title links to the record it is about; the buttons carry the title in visually
 * hidden text, so a screen reader's list of buttons says which task each one changes.
 */
export function TaskListItem({ task, pending, onComplete, onSnooze, onReopen }: TaskListItemProps) {
  const named = <span className="nhsuk-u-visually-hidden">: {task.title}</span>;
  return (
    <li className="kith-task">
      <p className="nhsuk-body nhsuk-u-margin-bottom-1">
        <Link to={task.link}>{task.title}</Link>
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        {task.status === 'done' && task.completedAt
          ? `Done on ${formatCalendarDate(task.completedAt)}`
          : `${task.overdue ? 'Overdue: was due' : 'Due'} ${formatCalendarDate(task.dueOn)}`}
        {' · '}
        {TASK_KIND_LABELS[task.kind]}
      </p>
      <div className="kith-task__actions">
        {task.status === 'open' ? (
          <>
            <Button type="button" variant="secondary" small pending={pending} onClick={onComplete}>
              Mark as done{named}
            </Button>
            <Button type="button" variant="secondary" small pending={pending} onClick={onSnooze}>
              Snooze until tomorrow{named}
            </Button>
          </>
        ) : (
          <Button type="button" variant="secondary" small pending={pending} onClick={onReopen}>
            Reopen{named}
          </Button>
        )}
      </div>
    </li>
  );
}
