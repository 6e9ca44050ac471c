import {
  AllocateRequest,
  AllocationSuggestions,
  Contact,
  ContactPage,
  CreateContactRequest,
  CreateReferralReasonRequest,
  CreateReferralRequest,
  IdParams,
  PageQuery,
  Referral,
  ReferralDetail,
  ReferralList,
  ReferralListQuery,
  ReferralReason,
  ReferralReasonList,
  TransitionRequest,
  TriageRequest,
} from '@kith/shared';
import { IdempotencyKeyHeader, idempotent } from '../../http/idempotency.ts';
import type { KithApp } from '../../http/kith-app.ts';
import { listContacts, recordContact } from './contact-service.ts';
import { addReason, listReasons } from './referral-reason-service.ts';
import { createReferral, getReferral, listReferrals } from './referral-service.ts';
import { allocateReferral, allocationSuggestions, transitionReferral, triageReferral } from './triage-service.ts';

export async function referralRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const policy = app.kith.config.pathway;
  const tags = ['referrals'];

  app.get('/api/referral-reasons', { schema: { tags, response: { 200: ReferralReasonList } } }, async (request) => ({
    items: await listReasons(db, request.ctx),
  }));
  app.post(
    '/api/referral-reasons',
    { schema: { tags, body: CreateReferralReasonRequest, response: { 201: ReferralReason } } },
    async (request, reply) => reply.status(201).send(await addReason(db, request.ctx, request.body)),
  );

  app.post(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: 'Refer a person. Send an Idempotency-Key header: a retry with the same key returns the first result.',
        headers: IdempotencyKeyHeader,
        body: CreateReferralRequest,
        response: { 201: ReferralDetail },
      },
    },
    async (request, reply) => {
      // The server decides a referral's source, so a retry with or without `source` is the same request.
      const { source: _ignored, ...referral } = request.body;
      return idempotent(
        reply,
        { db, request, status: 201, scope: `referral:${request.ctx.actor?.userId ?? 'anonymous'}`, fingerprint: referral },
        (tx) => createReferral(tx, request.ctx, referral),
      );
    },
  );

  app.get(
    '/api/referrals',
    { schema: { tags, querystring: ReferralListQuery, response: { 200: ReferralList } } },
    async (request) => listReferrals(db, request.ctx, request.query),
  );

  app.get(
    '/api/referrals/:id',
    {
      schema: {
        tags,
        summary: "The referral: the team's view, or for its referrer status, dates and the message back only",
        params: IdParams,
        response: { 200: ReferralDetail },
      },
    },
    async (request) => getReferral(db, request.ctx, request.params.id),
  );

  app.post(
    '/api/referrals/:id/triage',
    { schema: { tags, params: IdParams, body: TriageRequest, response: { 200: Referral } } },
    async (request) => triageReferral(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/referrals/:id/allocation-suggestions',
    { schema: { tags, params: IdParams, response: { 200: AllocationSuggestions } } },
    async (request) => ({ items: await allocationSuggestions(db, request.ctx, request.params.id, policy) }),
  );

  app.post(
    '/api/referrals/:id/allocate',
    { schema: { tags, params: IdParams, body: AllocateRequest, response: { 200: Referral } } },
    async (request) => allocateReferral(db, request.ctx, request.params.id, { input: request.body, policy }),
  );

  app.post(
    '/api/referrals/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Decline, withdraw, close in error…',
        params: IdParams,
        body: TransitionRequest,
        response: { 200: Referral },
      },
    },
    async (request) => transitionReferral(db, request.ctx, request.params.id, request.body),
  );

  app.get(
    '/api/referrals/:id/contacts',
    {
      schema: {
        tags,
        summary: "The episode's contacts and attempts, oldest first, a page at a time",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: ContactPage },
      },
    },
    async (request) => listContacts(db, request.ctx, request.params.id, request.query),
  );

  app.post(
    '/api/referrals/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Log a contact or a failed attempt',
        params: IdParams,
        body: CreateContactRequest,
        response: { 201: Contact },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordContact(db, request.ctx, request.params.id, { input: request.body, policy })),
  );
}
