import type { TaskItem } from '@kith/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { todayIso } from '../../components/date-parts.ts';
import { PaginationNav } from '../../components/pagination-nav.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageParam } from '../../components/use-page-param.ts';
import { usePageTitle } from '../../components/use-page-title.ts';
import { AddTaskForm } from './add-task-form.tsx';
import { TaskListItem } from './task-list-item.tsx';
import { useMyTasks, useTaskAction } from './task-queries.ts';
import { dayAfter } from './tasks-values.ts';
import './tasks.css';

const GROUPS = [
  { key: 'overdue', heading: 'Overdue' },
  { key: 'today', heading: 'Due today' },
  { key: 'upcoming', heading: 'Coming up' },
] as const;

/** Which heading a task sits under: the server says what is overdue; today is the user's own day. */
function groupOf(task: TaskItem, today: string): (typeof GROUPS)[number]['key'] {
  if (task.overdue) return 'overdue';
  return task.dueOn <= today ? 'today' : 'upcoming';
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `/tasks`: my open tasks by when they are due (or, `?status=done`, what I have done), and adding one. */
export function TasksPage() {
  const [searchParams] = useSearchParams();
  const status = searchParams.get('status') === 'done' ? 'done' : 'open';
  const { page, hrefFor } = usePageParam();
  const tasks = useMyTasks(status, page);
  const action = useTaskAction();
  const [announcement, setAnnouncement] = useState('');
  usePageTitle(status === 'done' ? 'Your done tasks' : 'Your tasks');
  const today = todayIso();

  const act = (task: TaskItem, kind: 'complete' | 'snooze' | 'reopen') => {
    const said = { complete: 'marked as done', snooze: 'snoozed until tomorrow', reopen: 'reopened' }[kind];
    action.mutate(
      { task, action: kind, ...(kind === 'snooze' ? { until: dayAfter(today) } : {}) },
      {
        onSuccess: () => setAnnouncement(`“${task.title}” ${said}.`),
        onError: () => setAnnouncement(`“${task.title}” could not be changed. Reload the page and try again.`),
      },
    );
  };
  const isPending = (task: TaskItem) =>
    action.isPending && (action.variables?.task.id ?? action.variables?.task.sourceKey) === (task.id ?? task.sourceKey);
  const itemFor = (task: TaskItem) => (
    <TaskListItem
      key={task.id ?? task.sourceKey}
      task={task}
      pending={isPending(task)}
      onComplete={() => act(task, 'complete')}
      onSnooze={() => act(task, 'snooze')}
      onReopen={() => act(task, 'reopen')}
    />
  );

  return (
    <>
      <h1>{status === 'done' ? 'Your done tasks' : 'Your tasks'}</h1>
      {tasks.data ? (
        <p className="nhsuk-body-l">
          {tasks.data.summary.overdue} overdue, {tasks.data.summary.dueToday} due today,{' '}
          {plural(tasks.data.summary.open, 'open task', 'open tasks')} in all
        </p>
      ) : null}
      <p className="nhsuk-body">
        {status === 'done' ? <Link to="/tasks">Show open tasks</Link> : <Link to="/tasks?status=done">Show done tasks</Link>}
      </p>
      <p className="nhsuk-body" role="status">
        {announcement}
      </p>
      <QueryState query={tasks} what="your tasks">
        {(data) =>
          data.items.length === 0 ? (
            <p className="nhsuk-body">{status === 'done' ? 'You have not marked any tasks as done yet.' : 'No tasks due.'}</p>
          ) : (
            <>
              {status === 'done' ? (
                <ul className="kith-task-list">{data.items.map(itemFor)}</ul>
              ) : (
                GROUPS.map(({ key, heading }) => {
                  const inGroup = data.items.filter((task) => groupOf(task, today) === key);
                  return inGroup.length === 0 ? null : (
                    <section key={key} aria-labelledby={`tasks-${key}`}>
                      <h2 id={`tasks-${key}`}>{heading}</h2>
                      <ul className="kith-task-list">{inGroup.map(itemFor)}</ul>
                    </section>
                  );
                })
              )}
              <PaginationNav of={data} noun="tasks" hrefFor={hrefFor} />
            </>
          )
        }
      </QueryState>
      {status === 'open' ? (
        <section aria-labelledby="add-task">
          <h2 id="add-task">Add a task</h2>
          <AddTaskForm onAdded={(title) => setAnnouncement(`“${title}” added.`)} />
        </section>
      ) : null}
    </>
  );
}
