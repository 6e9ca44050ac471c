import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { tileImageSource } from '../config.ts';
import { AppError } from '../errors.ts';
import type { KithApp } from './kith-app.ts';

/**
 * Security headers with a strict Content Security Policy (no inline script or style; the web
 * app is built to need none) and a per-IP rate limit. The API docs UI needs its own inline
 * script, so /api/docs gets a slightly looser policy from @fastify/swagger-ui.
 */
export const security = fp(async (app: KithApp) => {
  const tiles = app.kith.config.directory.mapTiles;
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // The directory map's tiles, when configured, are the one outside source of images.
        imgSrc: ["'self'", 'data:', ...(tiles ? [tileImageSource(tiles)] : [])],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'same-origin' },
  });

  await app.register(rateLimit, {
    max: app.kith.config.rateLimitPerMinute,
    timeWindow: 60_000,
    // Health probes come from load balancers every few seconds and must never be refused.
    allowList: (request) => request.url === '/health' || request.url === '/ready',
    errorResponseBuilder: (_request, context) => {
      const error = new AppError('rate_limited', 'Too many requests: slow down and try again shortly', {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      });
      // @fastify/rate-limit throws what this returns; our error handler shapes it.
      return Object.assign(error, { statusCode: 429 });
    },
  });
});
