import {
  IdParams,
  PublicGpPracticeList,
  PublicPcnList,
  PublicReferralReasonList,
  Referral,
  SelfReferralAccepted,
  SelfReferralRequest,
} from '@kith/shared';
import { IdempotencyKeyHeader, idempotent } from '../../http/idempotency.ts';
import type { KithApp } from '../../http/kith-app.ts';
import { createSelfReferral, listPublicPcns, listPublicPractices, listPublicReasons } from './self-referral-service.ts';
import { screenSelfReferral } from './self-referral-spam-guard.ts';
import { decoyAnswer } from './self-referral-view.ts';
import { verifyReferral } from './verify-service.ts';

/**
 * Self-referrals per IP address per window. Low, because each one lands in a real queue; a
 * household or a library computer still has room for a few genuine referrals.
 */
export const SELF_REFERRAL_RATE_LIMIT = { max: 5, timeWindow: 10 * 60_000 } as const;

/** The public self-referral form's API (no sign-in) and the link worker's "verify" action. */
export async function selfReferralRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;
  const tags = ['self-referral'];

  app.get(
    '/api/public/pcns',
    {
      schema: {
        tags,
        summary: 'Active primary care networks (names only), for the public form',
        response: { 200: PublicPcnList },
      },
    },
    async () => ({ items: await listPublicPcns(db) }),
  );

  app.get(
    '/api/public/gp-practices',
    {
      schema: {
        tags,
        summary: 'Active GP practices (names only), for the public form: the server refers to the practice’s PCN',
        response: { 200: PublicGpPracticeList },
      },
    },
    async () => ({ items: await listPublicPractices(db) }),
  );

  app.get(
    '/api/public/referral-reasons',
    { schema: { tags, summary: 'What a person can ask for help with', response: { 200: PublicReferralReasonList } } },
    async () => ({ items: await listPublicReasons(db) }),
  );

  app.post(
    '/api/public/self-referrals',
    {
      config: { rateLimit: SELF_REFERRAL_RATE_LIMIT },
      schema: {
        tags,
        summary:
          'Refer yourself (no sign-in). Rate-limited per IP. Send an Idempotency-Key header so a retry is not a second referral.',
        headers: IdempotencyKeyHeader,
        body: SelfReferralRequest,
        response: { 202: SelfReferralAccepted },
      },
    },
    async (request, reply) => {
      if (screenSelfReferral(request.body) === 'drop') {
        request.log.info({ spamGuard: 'honeypot' }, 'self-referral dropped');
        return reply.status(202).send(decoyAnswer());
      }
      // At most one referral per Idempotency-Key from this client.
      return idempotent(reply, { db, request, status: 202, scope: `self-referral:${request.ip}` }, (tx) =>
        createSelfReferral(tx, request.id, request.body),
      );
    },
  );

  app.post(
    '/api/referrals/:id/verify',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Mark a self-referral as checked with the person (link worker or supervisor in the PCN)',
        params: IdParams,
        response: { 200: Referral },
      },
    },
    async (request) => verifyReferral(db, request.ctx, request.params.id),
  );
}
