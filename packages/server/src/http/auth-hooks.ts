import { CSRF_HEADER } from '@kith/shared';
import fp from 'fastify-plugin';
import { AppError } from '../errors.ts';
import { resolveActor } from '../modules/session/session-service.ts';
import type { KithApp } from './kith-app.ts';
import { clearSessionCookie, SESSION_COOKIE } from './session-cookie.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Writes that need no CSRF token because no session exists yet. */
const CSRF_EXEMPT = new Set(['POST /api/session']);

/**
 * Resolves the session cookie into `request.ctx.actor` for every API request, and enforces the
 * CSRF synchronizer token on cookie-authenticated writes. Whether a route needs an actor at all
 * is decided by its use case (`requireActor` / `scopeFor`), not here.
 */
export const authHooks = fp(async (app: KithApp) => {
  app.decorateRequest('ctx', null as never);

  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { actor: null, requestId: request.id };
    reply.header('x-request-id', request.id);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.ctx.actor = await resolveActor(app.kith.database.db, token, app.kith.sessionPolicy);
    if (!request.ctx.actor) clearSessionCookie(request, reply);
  });

  app.addHook('preHandler', async (request) => {
    const actor = request.ctx.actor;
    if (!actor || SAFE_METHODS.has(request.method)) return;
    if (CSRF_EXEMPT.has(`${request.method} ${request.routeOptions.url}`)) return;
    if (request.headers[CSRF_HEADER] !== actor.csrfToken) {
      throw new AppError('csrf', `Missing or wrong ${CSRF_HEADER} header: reload the page and try again`);
    }
  });
});
