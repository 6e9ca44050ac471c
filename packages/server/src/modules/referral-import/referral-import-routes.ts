import { PassThrough } from 'node:stream';
import { ImportReferralsReport, ImportReferralsRequest } from '@kith/shared';
import { AppError } from '../../errors.ts';
import type { KithApp } from '../../http/kith-app.ts';
import { importReferrals } from './referral-import-service.ts';

const NDJSON = 'application/x-ndjson';

export async function referralImportRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  app.post(
    '/api/referrals/import',
    {
      schema: {
        tags: ['referrals'],
        summary: `Bulk referrals from CSV (dry run by default; all or nothing). Send Accept: ${NDJSON} to receive progress lines before the report.`,
        body: ImportReferralsRequest,
        response: { 200: ImportReferralsReport },
      },
    },
    async (request, reply) => {
      if (!request.headers.accept?.includes(NDJSON)) return importReferrals(db, request.ctx, request.body);
      // Streamed: one JSON line per progress step, then the report (or the error) as the last line.
      const stream = new PassThrough();
      const line = (value: object) => stream.write(`${JSON.stringify(value)}\n`);
      void importReferrals(db, request.ctx, request.body, (done, total) => line({ type: 'progress', done, total }))
        .then((report) => line({ type: 'report', report }))
        .catch((error: unknown) => {
          const known = error instanceof AppError;
          if (!known) request.log.error({ err: error }, 'streamed import failed');
          line({
            type: 'error',
            error: known ? error.code : 'internal',
            message: known ? error.message : 'Something went wrong on our side. Nothing was imported.',
            ...(known && error.extra.issues ? { issues: error.extra.issues } : {}),
          });
        })
        .finally(() => stream.end());
      // The route's typed 200 describes the JSON answer; Fastify sends a stream as it is, unserialised.
      return reply.type(NDJSON).send(stream as never);
    },
  );
}
