import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { AppError } from '../errors.ts';
import type { KithApp } from './kith-app.ts';
import { routePattern } from './log-safety.ts';
import { databaseGauges } from './metrics-database.ts';

/**
 * Prometheus metrics (docs/operations.md#metrics), off unless configured. Each app has its own
 * registry, never prom-client's global one, so tests and benchmarks can build many apps in one
 * process. Requests are labelled by route pattern (`/api/referrals/:id`), never by URL, so no
 * id or query value reaches a label, and the number of series stays bounded.
 */

/** What serves the metrics text: the `/metrics` route and the loopback port (metrics-server.ts). */
export interface MetricsEndpoint {
  contentType: string;
  render(): Promise<string>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Null when metrics are off (neither KITH_METRICS_TOKEN nor KITH_METRICS_PORT set). */
    metrics: MetricsEndpoint | null;
  }
}

export const metrics = fp(async (app: KithApp) => {
  const { token, port } = app.kith.config.metrics;
  if (!token && !port) {
    app.decorate('metrics', null);
    return;
  }
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'kith_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    registers: [registry],
  });
  const fromDatabase = databaseGauges(registry, app.kith.database);
  const endpoint: MetricsEndpoint = {
    contentType: registry.contentType,
    async render() {
      await fromDatabase.refresh();
      return registry.metrics();
    },
  };
  app.decorate('metrics', endpoint);

  app.addHook('onResponse', async (request, reply) => {
    requestDuration.observe(
      { method: request.method, route: routePattern(request) ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  // On the main port only with a token; the loopback port (main.ts) needs none.
  if (!token) return;
  const expected = digest(token);
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!presentsToken(request, expected)) {
      reply.header('www-authenticate', 'Bearer realm="kith-metrics"');
      throw new AppError('unauthenticated', 'Send the metrics token as Authorization: Bearer <token>');
    }
    return reply
      .type(endpoint.contentType)
      .header('cache-control', 'no-store')
      .send(await endpoint.render());
  });
});

/** Compares digests, which always have the same length, so the time taken says nothing about the token. */
function presentsToken(request: FastifyRequest, expected: Buffer): boolean {
  const match = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
