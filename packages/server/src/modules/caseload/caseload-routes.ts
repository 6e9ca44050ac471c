import { Caseload, CaseloadQuery } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { caseloadFor } from './caseload-service.ts';

export async function caseloadRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  app.get(
    '/api/caseload',
    {
      schema: {
        tags: ['caseload'],
        summary: 'My open cases with next action, last contact and reviews',
        querystring: CaseloadQuery,
        response: { 200: Caseload },
      },
    },
    async (request) => caseloadFor(db, request.ctx, request.query),
  );
}
