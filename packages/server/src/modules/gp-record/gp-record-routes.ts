import { GpDocument, GpDocumentPage, GpDocumentQuery, IdParams } from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import {
  getReferralGpDocument,
  getReferralGpDocumentBundle,
  listGpDocumentDeliveries,
  resendGpDocument,
} from './gp-document-service.ts';

/** The message back as a FHIR document in the GP record: a referral's document, the deliveries, resending. */
export async function gpRecordRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['gp record'];

  app.get(
    '/api/referrals/:id/gp-document',
    {
      schema: {
        tags,
        summary: "The referral's document for the GP record and where its delivery by MESH stands, once it has ended",
        params: IdParams,
        response: { 200: GpDocument },
      },
    },
    async (request) => getReferralGpDocument(db, request.ctx, request.params.id),
  );

  app.get(
    '/api/referrals/:id/gp-document/bundle',
    {
      schema: {
        tags,
        summary: 'Download the FHIR R4 document Bundle sent (or to be sent) to the GP practice',
        params: IdParams,
        produces: ['application/fhir+json'],
      },
    },
    async (request, reply) => {
      const { filename, bundle } = await getReferralGpDocumentBundle(db, request.ctx, request.params.id);
      return reply
        .type('application/fhir+json')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(JSON.stringify(bundle));
    },
  );

  app.get(
    '/api/gp-documents',
    {
      schema: {
        tags,
        summary: 'Documents for GP records and their delivery, newest first (administrators)',
        querystring: GpDocumentQuery,
        response: { 200: GpDocumentPage },
      },
    },
    async (request) => listGpDocumentDeliveries(db, request.ctx, request.query),
  );

  app.post(
    '/api/gp-documents/:id/resend',
    {
      schema: {
        tags,
        summary: 'Prepare and send again a document that did not reach the practice (no practice, no mailbox, failed)',
        params: IdParams,
        response: { 200: GpDocument },
      },
    },
    async (request) => resendGpDocument(db, request.ctx, request.params.id),
  );
}
