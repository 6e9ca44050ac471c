import {
  CarePlan,
  DischargeRequest,
  IdParams,
  MessageBack,
  OutcomeMeasure,
  OutcomeSummary,
  RecordMeasureRequest,
  SaveCarePlanRequest,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { getCarePlan, saveCarePlan } from './care-plan-service.ts';
import { dischargeReferral, getMessageBack } from './discharge-service.ts';
import { getOutcomeSummary, recordMeasure } from './outcome-measure-service.ts';

/** Care after allocation: the care plan, outcome measures, discharge and the message back. */
export async function careRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['care'];

  app.get(
    '/api/referrals/:id/care-plan',
    {
      schema: {
        tags,
        summary: "The referral's care plan (version 0 if none yet)",
        params: IdParams,
        response: { 200: CarePlan },
      },
    },
    async (request) => getCarePlan(db, request.ctx, request.params.id),
  );

  app.put(
    '/api/referrals/:id/care-plan',
    {
      schema: {
        tags,
        summary: 'Save the care plan; 409 if someone else saved since baseVersion',
        params: IdParams,
        body: SaveCarePlanRequest,
        response: { 200: CarePlan },
      },
    },
    async (request) => saveCarePlan(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/referrals/:id/outcome-measures',
    {
      schema: {
        tags,
        summary: 'Outcome measures, oldest first, with change from baseline',
        params: IdParams,
        response: { 200: OutcomeSummary },
      },
    },
    async (request) => getOutcomeSummary(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/referrals/:id/outcome-measures',
    {
      schema: {
        tags,
        summary: 'Record an ONS4, SWEMWBS or UCLA 3-item measure',
        params: IdParams,
        body: RecordMeasureRequest,
        response: { 201: OutcomeMeasure },
      },
    },
    async (request, reply) => reply.status(201).send(await recordMeasure(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/referrals/:id/discharge',
    {
      schema: {
        tags,
        summary: 'Discharge the person and produce the message back',
        params: IdParams,
        body: DischargeRequest,
        response: { 200: MessageBack },
      },
    },
    async (request) => dischargeReferral(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/referrals/:id/message-back',
    {
      schema: {
        tags,
        summary: 'The message back to the referrer, once discharged',
        params: IdParams,
        response: { 200: MessageBack },
      },
    },
    async (request) => getMessageBack(db, request.ctx, request.params.id),
  );
}
