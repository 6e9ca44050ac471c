import { IdParams, PageQuery, ReminderPage } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { dismissReminder, myReminders } from './reminder-service.ts';

/** The signed-in user's reminders, newest first, until they dismiss them. */
export async function reminderRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['reminders'];

  app.get(
    '/api/reminders',
    {
      schema: { tags, summary: 'My reminders not yet dismissed', querystring: PageQuery, response: { 200: ReminderPage } },
    },
    async (request) => myReminders(db, request.ctx, request.query),
  );

  app.post(
    '/api/reminders/:id/dismiss',
    { schema: { tags, summary: 'Dismiss one of my reminders (204)', params: IdParams } },
    async (request, reply) => {
      await dismissReminder(db, request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );
}
