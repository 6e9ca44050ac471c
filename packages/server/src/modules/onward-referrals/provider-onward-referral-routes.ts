import {
  BusinessStatusChange,
  CreateOnwardReferralNoteRequest,
  IdParams,
  OnwardReferralNote,
  OnwardReferralNoteList,
  OnwardReferralStatusChange,
  ProviderInboxPage,
  ProviderInboxQuery,
  ProviderOnwardReferral,
} from '@kith/shared';
import type { KithApp } from '../../http/kith-app.ts';
import { addNoteAsProvider, listNotesForProvider } from './onward-referral-notes-service.ts';
import {
  changeBusinessStatusAsProvider,
  changeStatusAsProvider,
  getProviderOnwardReferral,
  providerInbox,
} from './provider-onward-referral-service.ts';

/** The VCSE provider's side: their inbox, the shared details, and their answers. */
export async function providerOnwardReferralRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['onward referrals (provider)'];

  app.get(
    '/api/provider/onward-referrals',
    {
      schema: {
        tags,
        summary: "Referrals to my organisation's services",
        querystring: ProviderInboxQuery,
        response: { 200: ProviderInboxPage },
      },
    },
    async (request) => providerInbox(db, request.ctx, request.query),
  );

  app.get(
    '/api/provider/onward-referrals/:id',
    {
      schema: {
        tags,
        summary: 'One referral: only the details the link worker chose to share',
        params: IdParams,
        response: { 200: ProviderOnwardReferral },
      },
    },
    async (request) => getProviderOnwardReferral(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/provider/onward-referrals/:id/status',
    {
      schema: {
        tags,
        summary:
          'Accept, reject, start, pause, complete… (409 lists the allowed moves). A note goes on the change and into the conversation',
        params: IdParams,
        body: OnwardReferralStatusChange,
        response: { 200: ProviderOnwardReferral },
      },
    },
    async (request) => changeStatusAsProvider(db, request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/provider/onward-referrals/:id/business-status',
    {
      schema: {
        tags,
        summary: 'Where the referral is within its state (e.g. on the waiting list)',
        params: IdParams,
        body: BusinessStatusChange,
        response: { 200: ProviderOnwardReferral },
      },
    },
    async (request) => changeBusinessStatusAsProvider(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/provider/onward-referrals/:id/notes',
    {
      schema: {
        tags,
        summary: 'The conversation with the link worker, oldest first, and whether you may add to it',
        params: IdParams,
        response: { 200: OnwardReferralNoteList },
      },
    },
    async (request) => listNotesForProvider(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/provider/onward-referrals/:id/notes',
    {
      schema: {
        tags,
        summary: 'Write a note to the link worker (they are notified). 409 when the referral closed too long ago',
        params: IdParams,
        body: CreateOnwardReferralNoteRequest,
        response: { 201: OnwardReferralNote },
      },
    },
    async (request, reply) => reply.status(201).send(await addNoteAsProvider(db, request.ctx, request.params.id, request.body)),
  );
}
