import { HealthResponse } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';

/** Liveness (`/health`: the process answers) and readiness (`/ready`: the database answers). */
export async function healthRoutes(app: KithApp): Promise<void> {
  const { database } = app.kith;

  app.get('/health', { schema: { tags: ['health'], response: { 200: HealthResponse } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/ready',
    { schema: { tags: ['health'], response: { 200: HealthResponse, 503: HealthResponse } } },
    async (_request, reply) => {
      try {
        await database.queryRaw('SELECT 1');
        return { status: 'ok' as const, database: database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: database.kind });
      }
    },
  );
}
