import { Dashboard } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { taskDuePolicyFrom } from '../tasks/task-due-rules.ts';
import { dashboardFor } from './dashboard-service.ts';

export async function dashboardRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  app.get(
    '/api/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'The signed-in user’s home page: a section of widgets per role they hold',
        response: { 200: Dashboard },
      },
    },
    async (request) =>
      dashboardFor(db, request.ctx, {
        supervision: app.kith.config.supervision,
        taskPolicy: taskDuePolicyFrom(app.kith.config),
      }),
  );
}
