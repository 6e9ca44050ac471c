import http from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { MetricsEndpoint } from './metrics.ts';

/**
 * KITH_METRICS_PORT: a second, tiny HTTP server answering `GET /metrics` only, bound to
 * 127.0.0.1 so only a scraper on the same host (or a sidecar) reaches it; hence no token.
 */
export async function startMetricsServer(
  endpoint: MetricsEndpoint,
  port: number,
  log: Pick<FastifyBaseLogger, 'error'>,
): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: try /metrics\n');
      return;
    }
    endpoint.render().then(
      (body) => response.writeHead(200, { 'content-type': endpoint.contentType }).end(body),
      (err: unknown) => {
        log.error({ err }, 'metrics scrape failed');
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Metrics failed: see the log\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
