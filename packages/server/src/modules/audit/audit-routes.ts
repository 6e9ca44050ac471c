import { AuditPage, AuditQuery } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { searchAuditTrail } from './audit-service.ts';

export async function auditRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  app.get(
    '/api/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: 'Search the audit trail (admin)',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => searchAuditTrail(db, request.ctx, request.query),
  );
}
