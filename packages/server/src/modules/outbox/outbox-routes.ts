import { OutboxList, OutboxQuery } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { listOutbox } from './outbox-service.ts';

/** The admin's view of the email outbox. */
export async function outboxRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  app.get(
    '/api/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary: 'Every email Kith has queued, newest first: sent, waiting (no SMTP configured) or failed',
        querystring: OutboxQuery,
        response: { 200: OutboxList },
      },
    },
    async (request) => listOutbox(db, request.ctx, request.query),
  );
}
