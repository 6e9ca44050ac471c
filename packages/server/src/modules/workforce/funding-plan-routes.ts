import { FundingPlan, FundingPlanCsvQuery, FundingPlanQuery } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { exportFundingPlanCsv, fundingPlan } from './funding-plan-service.ts';

/** The ARRS funding planner and its CSV export. */
export async function fundingPlanRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['workforce'];

  app.get(
    '/api/workforce/funding-plan',
    {
      schema: {
        tags,
        summary: "A PCN's post costs, ARRS claims, shortfall, monthly claim schedule, projection and local pay comparison",
        querystring: FundingPlanQuery,
        response: { 200: FundingPlan },
      },
    },
    async (request) => fundingPlan(db, request.ctx, request.query),
  );

  app.get(
    '/api/workforce/funding-plan.csv',
    {
      schema: {
        tags,
        summary: 'The per-post table (table=posts) or the monthly claim schedule (table=schedule) as CSV',
        querystring: FundingPlanCsvQuery,
      },
    },
    async (request, reply) => {
      const { csv, filename } = await exportFundingPlanCsv(db, request.ctx, request.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(csv);
    },
  );
}
