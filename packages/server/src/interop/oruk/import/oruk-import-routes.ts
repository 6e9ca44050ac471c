import { PassThrough } from 'node:stream';
import { OrukImportQuery, OrukImportReport, OrukImportRequest } from '@kith/shared';
import { AppError, validationError } from '../../../errors.ts';
import type { KithApp } from '../../../http/kith-app.ts';
import { type OrukSource, openOrukFeed } from './oruk-feed-source.ts';
import { assertMayImport, importOrukFeed } from './oruk-import-service.ts';

const NDJSON = 'application/x-ndjson';
/** A feed file is far bigger than any form: 50 MB here, against 1 MB for the rest of the API. */
const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

/**
 * `POST /api/directory/import` (admins): an ORUK 3.0 feed from `{ "url": … }` or from the file
 * sent as the raw body (`application/json` or `application/x-ndjson`). A dry run unless
 * `?commit=true`. With `Accept: application/x-ndjson` the answer streams one progress line per
 * batch and then the report, so the screen can show real progress.
 */
export async function orukImportRoutes(app: KithApp): Promise<void> {
  const { db } = app.kith.database;

  // In this plugin's scope only: bodies arrive as text, so a file and `{ url }` can be told
  // apart and an NDJSON file need not be JSON as a whole.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    ['application/json', NDJSON],
    { parseAs: 'string', bodyLimit: UPLOAD_LIMIT_BYTES },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.post(
    '/api/directory/import',
    {
      bodyLimit: UPLOAD_LIMIT_BYTES,
      schema: {
        tags: ['directory'],
        summary: `Import an Open Referral UK 3.0 feed: { url } or the file as the body. Dry run unless commit=true. Send Accept: ${NDJSON} for progress lines before the report.`,
        querystring: OrukImportQuery,
        response: { 200: OrukImportReport },
      },
    },
    async (request, reply) => {
      await assertMayImport(db, request.ctx);
      const source = sourceOf(String(request.body ?? ''), request.headers['content-type'] ?? '');
      // Opening reads the first page of a URL feed, so a wrong address is a 400 naming `url`.
      const feed = await openOrukFeed(source);
      const options = { commit: request.query.commit };
      if (!request.headers.accept?.includes(NDJSON)) return importOrukFeed(db, request.ctx, feed, options);

      const stream = new PassThrough();
      const line = (value: object) => stream.write(`${JSON.stringify(value)}\n`);
      void importOrukFeed(db, request.ctx, feed, {
        ...options,
        onProgress: (progress) => line({ type: 'progress', ...progress }),
      })
        .then((report) => line({ type: 'report', report }))
        .catch((error: unknown) => {
          const known = error instanceof AppError;
          if (!known) request.log.error({ err: error }, 'streamed ORUK import failed');
          line({
            type: 'error',
            error: known ? error.code : 'internal',
            message: known
              ? error.message
              : 'Something went wrong on our side. Batches already imported are kept; run the import again to finish.',
            ...(known && error.extra.issues ? { issues: error.extra.issues } : {}),
          });
        })
        .finally(() => stream.end());
      // The route's typed 200 describes the JSON answer; Fastify sends a stream as it is, unserialised.
      return reply.type(NDJSON).send(stream as never);
    },
  );
}

/** `{ "url": … }` names a feed to page through; any other body is the feed file itself. */
function sourceOf(body: string, contentType: string): OrukSource {
  if (contentType.includes(NDJSON)) return { text: body };
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    throw validationError('file', 'The file is not valid JSON. Send NDJSON as application/x-ndjson.');
  }
  const isUrlRequest =
    typeof document === 'object' &&
    document !== null &&
    !Array.isArray(document) &&
    'url' in document &&
    !('contents' in document) &&
    !('id' in document);
  if (!isUrlRequest) return { document };
  const parsed = OrukImportRequest.safeParse(document);
  if (!parsed.success) throw validationError('url', parsed.error.issues[0]?.message ?? 'Enter the feed’s web address');
  return { url: parsed.data.url };
}
