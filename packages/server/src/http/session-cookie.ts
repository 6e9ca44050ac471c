import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'kith_session';

/**
 * httpOnly so scripts cannot read it, SameSite=Lax so other sites cannot send it on
 * cross-site POSTs, and Secure whenever the request arrived over TLS (directly or, with
 * KITH_TRUST_PROXY, via a proxy).
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}
