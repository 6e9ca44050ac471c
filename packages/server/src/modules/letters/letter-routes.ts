import {
  CreateAppointmentLetterRequest,
  CreateReferralLetterRequest,
  IdParams,
  LetterListQuery,
  LetterPage,
  LetterSummary,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { createAppointmentLetter, createReferralLetter, downloadLetter, listPersonLetters } from './letter-service.ts';

/** Letters as PDFs: made from a referral or an appointment, kept on the person's record, downloaded again. */
export async function letterRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['letters'];

  app.post(
    '/api/referrals/:id/letters',
    {
      schema: {
        tags,
        summary: "Make the person's care plan or the discharge letter as a PDF and keep it on their record (care team)",
        params: IdParams,
        body: CreateReferralLetterRequest,
        response: { 201: LetterSummary },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReferralLetter(db, request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/appointments/:id/letters',
    {
      schema: {
        tags,
        summary: 'Make the appointment letter for a booked appointment as a PDF and keep it on the record (care team)',
        params: IdParams,
        body: CreateAppointmentLetterRequest,
        response: { 201: LetterSummary },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAppointmentLetter(db, request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/people/:id/letters',
    {
      schema: {
        tags,
        summary: "The letters kept on a person's record, newest first",
        params: IdParams,
        querystring: LetterListQuery,
        response: { 200: LetterPage },
      },
    },
    async (request) => listPersonLetters(db, request.ctx, request.params.id, request.query),
  );

  app.get(
    '/api/letters/:id.pdf',
    {
      schema: {
        tags,
        summary: 'Download a kept letter: the PDF exactly as it was made',
        params: IdParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { filename, pdf } = await downloadLetter(db, request.ctx, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
