import { MeResponse, SignInRequest } from '@kith/shared';
import { requireActor } from '../../access/org-scope.ts';
import type { KithApp } from '../../http/kith-app.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.ts';
import { passwordResetRoutes } from './password-reset-routes.ts';
import { signIn, signOut } from './session-service.ts';
import { toMeResponse } from './session-view.ts';

export async function sessionRoutes(app: KithApp): Promise<void> {
  const { database, sessionPolicy } = app.kith;

  app.post(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Sign in with email and password',
        body: SignInRequest,
        response: { 200: MeResponse },
      },
      // Per-IP limit on top of the per-(email, client) throttling in the use case (ADR 0002).
      config: { rateLimit: { max: 20, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { token, actor } = await signIn(database.db, request.ctx, {
        credentials: request.body,
        policy: sessionPolicy,
        from: { client: request.ip, userAgent: request.headers['user-agent']?.slice(0, 300) ?? null },
      });
      setSessionCookie(request, reply, token, actor.sessionExpiresAt);
      return toMeResponse(actor);
    },
  );

  app.delete('/api/session', { schema: { tags: ['session'], summary: 'Sign out' } }, async (request, reply) => {
    await signOut(database.db, request.ctx);
    clearSessionCookie(request, reply);
    return reply.status(204).send();
  });

  app.get(
    '/api/me',
    { schema: { tags: ['session'], summary: 'Who is signed in, their roles and CSRF token', response: { 200: MeResponse } } },
    async (request) => toMeResponse(requireActor(request.ctx)),
  );

  await passwordResetRoutes(app);
}
