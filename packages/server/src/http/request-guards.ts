import { findIllFormedText, ILL_FORMED_TEXT_MESSAGE } from '@kith/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.ts';
import { sendError } from './error-handler.ts';
import type { KithApp } from './kith-app.ts';

/**
 * Server-wide request rules that no route may miss:
 * - every string in the params, query and body must be storable text (no NUL, no unpaired
 *   surrogate — PostgreSQL refuses both, which would otherwise surface as a 500). Route schemas
 *   built on the shared `text()` say the same; this hook covers every other string field.
 * - every `/api` response is `Cache-Control: no-store`: they carry personal data and, for
 *   `/api/me`, the CSRF token, so no browser or proxy may keep a copy — errors included.
 */
export const requestGuards = fp(async (app: KithApp) => {
  app.addHook('preValidation', async (request) => {
    for (const [where, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const path = findIllFormedText(value);
      if (path !== null) {
        throw new AppError('validation', 'Check the highlighted fields', {
          issues: [{ path: path === '' ? where : path, message: ILL_FORMED_TEXT_MESSAGE }],
        });
      }
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') || request.url === '/api') reply.header('cache-control', 'no-store');
    return payload;
  });
});

/**
 * Fastify's own refusals before routing (`frameworkErrors`), in Kith's error shape with a
 * request id: a URL with broken percent-encoding, a path parameter longer than
 * `maxParamLength`, a failed route constraint.
 */
export function frameworkErrors(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id).header('cache-control', 'no-store');
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return sendError(
        request,
        reply,
        new AppError('validation', 'The address is not valid: check its percent-encoding', {
          issues: [{ path: 'url', message: 'Contains a malformed percent-encoded character' }],
        }),
      );
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return sendError(request, reply, new AppError('uri_too_long', 'A part of the address is too long'));
    default:
      request.log.error({ err: error }, 'request refused before routing');
      return sendError(
        request,
        reply,
        new AppError('internal', 'Something went wrong on our side. Quote the request id if you report it.'),
      );
  }
}
