import { CreateSnomedCodeRequest, SnomedCode, SnomedCodeList, SnomedCodeParams, UpdateSnomedCodeRequest } from '@kith/shared';
import type { FastifyRequest } from 'fastify';
import type { KithApp } from '../../../http/kith-app.ts';
import { addSnomedCode, editSnomedCode, getSnomedCodes } from './snomed-code-service.ts';

/**
 * The fields a PATCH body really carried, read before validation: the shared schema's defaults
 * (`verified` defaults to false on create) must not fill in fields the admin did not send.
 */
const sentFields = new WeakMap<FastifyRequest, ReadonlySet<string>>();

function recordSentFields(request: FastifyRequest): void {
  const body = request.body;
  sentFields.set(request, new Set(body !== null && typeof body === 'object' ? Object.keys(body) : []));
}

/** The SNOMED CT code table (admins, `gp-record:manage`): list, add, edit. */
export async function registerSnomedCodeRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['gp record'];

  app.get(
    '/api/snomed-codes',
    {
      schema: {
        tags,
        summary: 'The SNOMED CT codes Kith may write into GP records, active first, then by use and term',
        response: { 200: SnomedCodeList },
      },
    },
    async (request) => getSnomedCodes(db, request.ctx),
  );

  app.post(
    '/api/snomed-codes',
    {
      schema: {
        tags,
        summary: 'Add a code (its check digit is checked); 409 when it exists or its ending already has an active code',
        body: CreateSnomedCodeRequest,
        response: { 201: SnomedCode },
      },
    },
    async (request, reply) => reply.status(201).send(await addSnomedCode(db, request.ctx, request.body)),
  );

  app.patch(
    '/api/snomed-codes/:code',
    {
      schema: {
        tags,
        summary: "Change a code's term, use, verified flag, source or whether it is active; the code itself never changes",
        params: SnomedCodeParams,
        body: UpdateSnomedCodeRequest,
        response: { 200: SnomedCode },
      },
      preValidation: async (request) => recordSentFields(request),
    },
    async (request) => {
      const sent = sentFields.get(request) ?? new Set<string>();
      const body = Object.fromEntries(Object.entries(request.body).filter(([field]) => sent.has(field)));
      return editSnomedCode(db, request.ctx, request.params.code, body);
    },
  );
}
