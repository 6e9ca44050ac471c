import {
  ArrsCapInput,
  ArrsCapRow,
  IdParams,
  OnCostRateInput,
  OnCostRateParams,
  OnCostRateRow,
  PayPointInput,
  PayPointRow,
  ReferenceData,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import {
  addCap,
  addOnCostRate,
  addPayPoint,
  editCap,
  editOnCostRate,
  editPayPoint,
  getReferenceData,
} from './reference-data-service.ts';

/** ARRS caps, AfC pay points and employer on-cost rates, each with its source and a verified flag. */
export async function referenceDataRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['workforce reference data'];
  const base = '/api/workforce/reference-data';

  app.get(
    base,
    { schema: { tags, summary: 'All workforce reference data', response: { 200: ReferenceData } } },
    async (request) => getReferenceData(db, request.ctx),
  );

  app.post(
    `${base}/arrs-caps`,
    { schema: { tags, summary: 'Add an ARRS maximum for a year and role', body: ArrsCapInput, response: { 201: ArrsCapRow } } },
    async (request, reply) => reply.status(201).send(await addCap(db, request.ctx, request.body)),
  );
  app.put(
    `${base}/arrs-caps/:id`,
    { schema: { tags, summary: 'Correct an ARRS maximum', params: IdParams, body: ArrsCapInput, response: { 200: ArrsCapRow } } },
    async (request) => editCap(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    `${base}/pay-points`,
    { schema: { tags, summary: 'Add an Agenda for Change pay point', body: PayPointInput, response: { 201: PayPointRow } } },
    async (request, reply) => reply.status(201).send(await addPayPoint(db, request.ctx, request.body)),
  );
  app.put(
    `${base}/pay-points/:id`,
    { schema: { tags, summary: 'Correct a pay point', params: IdParams, body: PayPointInput, response: { 200: PayPointRow } } },
    async (request) => editPayPoint(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    `${base}/on-cost-rates`,
    { schema: { tags, summary: "Add a year's employer on-cost rates", body: OnCostRateInput, response: { 201: OnCostRateRow } } },
    async (request, reply) => reply.status(201).send(await addOnCostRate(db, request.ctx, request.body)),
  );
  app.put(
    `${base}/on-cost-rates/:id`,
    {
      schema: {
        tags,
        summary: "Correct a year's employer on-cost rates (the id is the year, URL-encoded: 2025%2F26)",
        params: OnCostRateParams,
        body: OnCostRateInput,
        response: { 200: OnCostRateRow },
      },
    },
    async (request) => editOnCostRate(db, request.ctx, request.params.id, request.body),
  );
}
