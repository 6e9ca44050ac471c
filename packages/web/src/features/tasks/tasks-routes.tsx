import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { lazyPage } from '../../routes/lazy-page.ts';
import { RequirePermission } from '../../routes/require-permission.tsx';

const TasksPage = lazyPage(() => import('./tasks-page.tsx'), 'TasksPage');

/** "My tasks", for whoever holds a task list (`tasks:work`: link workers and supervisors). */
export function tasksRoutes(): ReactNode {
  return (
    <Route path="tasks" element={<RequirePermission permission="tasks:work" />}>
      <Route index element={<TasksPage />} />
    </Route>
  );
}
