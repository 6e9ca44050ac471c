import { z } from 'zod';
import type { KithApp } from '../../http/kith-app.ts';
import { importReferrals } from './referral-import-service.ts';

const ImportRequest = z.object({
  organisationId: z.uuid({ message: 'Choose the primary care network' }),
  csv: z.string().min(1, { message: 'Choose a CSV file' }),
  dryRun: z.boolean().default(true),
});
const ImportReport = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  valid: z.number().int(),
  created: z.number().int(),
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});

export async function referralImportRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  app.post(
    '/api/referrals/import',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Bulk referrals from CSV (dry run by default; all or nothing)',
        body: ImportRequest,
        response: { 200: ImportReport },
      },
    },
    async (request) => importReferrals(db, request.ctx, request.body),
  );
}
