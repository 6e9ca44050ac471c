import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { AppError } from '../errors.ts';
import { sendError } from './error-handler.ts';
import type { KithApp } from './kith-app.ts';

const API_PREFIXES = ['/api/', '/health', '/ready'];

/**
 * Serves the built web app and falls back to index.html for client-side routes. API paths and
 * non-HTML requests that match nothing get the JSON 404.
 */
export const webApp = fp(async (app: KithApp) => {
  const dist = app.kith.config.webDist;
  const built = dist !== null && fs.existsSync(path.join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: ['index.html'] });
  } else {
    app.log.warn({ dist }, 'web app not built: serving the API only (run `npm run build -w @kith/web`)');
  }

  app.setNotFoundHandler(async (request, reply) => {
    const isApi = API_PREFIXES.some((prefix) => request.url.startsWith(prefix));
    const wantsHtml = request.headers.accept?.includes('text/html') ?? false;
    if (built && request.method === 'GET' && !isApi && wantsHtml) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendError(request, reply, new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`));
  });
});
