import { ImportReferralsReport, ImportReferralsRequest } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { importReferrals } from './referral-import-service.ts';

export async function referralImportRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  app.post(
    '/api/referrals/import',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Bulk referrals from CSV (dry run by default; all or nothing)',
        body: ImportReferralsRequest,
        response: { 200: ImportReferralsReport },
      },
    },
    async (request) => importReferrals(db, request.ctx, request.body),
  );
}
