import { HealthcareUse, HealthcareUseInput, IdParams } from '@kith/shared';
import type { KithApp } from '../../../http/kith-app.ts';
import { getHealthcareUse, saveHealthcareUse } from './healthcare-use-service.ts';

/** A referral's GP consultations and A&E attendances six months before and after, for the impact reports. */
export async function healthcareUseRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['reports'];

  app.get(
    '/api/referrals/:id/healthcare-use',
    {
      schema: {
        tags,
        summary: 'GP consultations and A&E attendances before and after the referral (null: not recorded)',
        params: IdParams,
        response: { 200: HealthcareUse },
      },
    },
    async (request) => getHealthcareUse(db, request.ctx, request.params.id),
  );

  app.put(
    '/api/referrals/:id/healthcare-use',
    {
      schema: {
        tags,
        summary: 'Record GP consultations and A&E attendances before and after the referral, from the GP record',
        params: IdParams,
        body: HealthcareUseInput,
        response: { 200: HealthcareUse },
      },
    },
    async (request) => saveHealthcareUse(db, request.ctx, request.params.id, request.body),
  );
}
