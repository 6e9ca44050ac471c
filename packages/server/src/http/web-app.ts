import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.ts';
import { sendError } from './error-handler.ts';
import type { KithApp } from './kith-app.ts';

const API_PREFIXES = ['/api/', '/health', '/ready'];

/** Vite puts a content hash in every file name under assets/, so a changed file has a new URL. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/**
 * index.html names the current hashed files, and files outside assets/ keep their names across
 * builds: the browser may keep them but must revalidate (a cheap 304 via ETag/Last-Modified), so a
 * new deployment is picked up on the next load.
 */
export const REVALIDATE_CACHE = 'no-cache';

/** The Cache-Control for a file sent from `dist`, by its path inside it (.br/.gz name the same file). */
export function cacheControlFor(dist: string, filePath: string): string {
  const relative = path
    .relative(dist, filePath)
    .split(path.sep)
    .join('/')
    .replace(/\.(br|gz)$/, '');
  return relative.startsWith('assets/') ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/**
 * Serves the built web app and falls back to index.html for client-side routes. API paths and
 * non-HTML requests that match nothing get the JSON 404. The build writes brotli and gzip copies
 * beside each file (packages/web/vite/precompress-plugin.ts); `preCompressed` sends the one the
 * browser accepts, with Content-Encoding and Vary: Accept-Encoding, and the original otherwise.
 */
export const webApp = fp(async (app: KithApp) => {
  const dist = app.kith.config.webDist;
  const built = dist !== null && fs.existsSync(path.join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: dist,
      wildcard: false,
      index: ['index.html'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply: FastifyReply, filePath: string) => {
        reply.header('cache-control', cacheControlFor(dist, filePath));
      },
    });
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
