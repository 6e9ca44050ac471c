import { Report, ReportFilterOptions, ReportParams, ReportQuery, ReportTableParams } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { reportFilterOptions } from './report-scope.ts';
import { reportTableCsv, runReport } from './report-service.ts';

/**
 * Impact and pressure reports: one route shape for all of them (`/api/reports/:reportId`), and
 * every table of every report as CSV with the same filters and the same suppression.
 */
export async function reportRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['reports'];

  app.get(
    '/api/reports/filter-options',
    {
      schema: {
        tags,
        summary: 'The PCNs, practices and link workers the caller can filter reports by',
        response: { 200: ReportFilterOptions },
      },
    },
    async (request) => reportFilterOptions(db, request.ctx),
  );

  app.get(
    '/api/reports/:reportId',
    {
      schema: {
        tags,
        summary: 'A report: headlines, tables (each with an optional chart) and notes; suppressed for commissioners',
        params: ReportParams,
        querystring: ReportQuery,
        response: { 200: Report },
      },
    },
    async (request) => runReport(db, request.ctx, { reportId: request.params.reportId, query: request.query }),
  );

  app.get(
    '/api/reports/:reportId/tables/:tableId.csv',
    {
      schema: {
        tags,
        summary: 'One table of a report as CSV, with the same filters and suppression as the screen',
        params: ReportTableParams,
        querystring: ReportQuery,
      },
    },
    async (request, reply) => {
      const { reportId, tableId } = request.params;
      const { filename, csv } = await reportTableCsv(db, request.ctx, { reportId, tableId, query: request.query });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
    },
  );
}
