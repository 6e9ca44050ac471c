import {
  CreateOnwardReferralNoteRequest,
  CreateOnwardReferralRequest,
  DirectorySearchStart,
  IdParams,
  OnwardReferral,
  OnwardReferralNote,
  OnwardReferralNoteList,
  OnwardReferralStatusChange,
  PersonOnwardReferralList,
} from '@kith/shared';
import { IdempotencyKeyHeader, idempotent } from '../../http/idempotency.ts';
import type { KithApp } from '../../http/kith-app.ts';
import { addNoteAsCareTeam, listNotesForCareTeam } from './onward-referral-notes-service.ts';
import {
  changeStatusAsRequester,
  directorySearchStart,
  getOnwardReferral,
  listPersonOnwardReferrals,
  sendOnwardReferral,
} from './onward-referral-service.ts';
import { providerOnwardReferralRoutes } from './provider-onward-referral-routes.ts';

/** Closed-loop onward referrals: the care team's side here, the provider's side in its own file. */
export async function onwardReferralRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const { acknowledgeWithinBusinessDays } = app.kith.config.directory;
  const tags = ['onward referrals'];

  app.get(
    '/api/people/:id/directory-start',
    {
      schema: {
        tags,
        summary: "Where a service search from this person's record starts: their postcode and needs",
        params: IdParams,
        response: { 200: DirectorySearchStart },
      },
    },
    async (request) => directorySearchStart(db, request.ctx, request.params.id),
  );

  app.get(
    '/api/people/:id/onward-referrals',
    {
      schema: {
        tags,
        summary: "The person's onward referrals, newest first",
        params: IdParams,
        response: { 200: PersonOnwardReferralList },
      },
    },
    async (request) => ({ items: await listPersonOnwardReferrals(db, request.ctx, request.params.id) }),
  );

  app.post(
    '/api/people/:id/onward-referrals',
    {
      schema: {
        tags,
        summary:
          'Refer the person to a directory service, sharing only the chosen details. Send an Idempotency-Key header: a retry with the same key returns the first result.',
        params: IdParams,
        headers: IdempotencyKeyHeader,
        body: CreateOnwardReferralRequest,
        response: { 201: OnwardReferral },
      },
    },
    async (request, reply) =>
      idempotent(
        reply,
        {
          db,
          request,
          status: 201,
          scope: `onward-referral:${request.ctx.actor?.userId ?? 'anonymous'}`,
          fingerprint: { personId: request.params.id, ...request.body },
        },
        (tx) => sendOnwardReferral(tx, request.ctx, request.params.id, { input: request.body, acknowledgeWithinBusinessDays }),
      ),
  );

  app.get(
    '/api/onward-referrals/:id',
    {
      schema: { tags, summary: 'One onward referral with its history', params: IdParams, response: { 200: OnwardReferral } },
    },
    async (request) => getOnwardReferral(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/onward-referrals/:id/status',
    {
      schema: {
        tags,
        summary: 'The referring side may only cancel, with a reason',
        params: IdParams,
        body: OnwardReferralStatusChange,
        response: { 200: OnwardReferral },
      },
    },
    async (request) => changeStatusAsRequester(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/onward-referrals/:id/notes',
    {
      schema: {
        tags,
        summary: 'The conversation with the provider, oldest first, and whether you may add to it',
        params: IdParams,
        response: { 200: OnwardReferralNoteList },
      },
    },
    async (request) => listNotesForCareTeam(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/onward-referrals/:id/notes',
    {
      schema: {
        tags,
        summary: 'Write a note to the provider (they are notified). 409 when the referral closed too long ago',
        params: IdParams,
        body: CreateOnwardReferralNoteRequest,
        response: { 201: OnwardReferralNote },
      },
    },
    async (request, reply) => reply.status(201).send(await addNoteAsCareTeam(db, request.ctx, request.params.id, request.body)),
  );

  await providerOnwardReferralRoutes(app);
}
