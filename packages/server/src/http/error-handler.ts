import type { ErrorBody, ValidationIssue } from '@kith/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import { recordAudit } from '../modules/audit/audit-writer.ts';
import { databaseErrorOf, translateDatabaseError } from './database-errors.ts';
import type { KithApp } from './kith-app.ts';

/**
 * Maps every error to one JSON shape, once. Internal errors are logged with the request id and
 * answered without stack traces or SQL; the log holds no values either (`log-safety.ts`).
 */
export const errorHandler = fp(async (app: KithApp) => {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'internal') {
      request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    } else if (!(error instanceof AppError) && databaseErrorOf(error)) {
      // A database error a client provoked (a race on a unique key, a value too long): worth a
      // line for operators, by SQLSTATE and constraint only.
      request.log.warn({ database: databaseErrorOf(error), status: appError.status }, 'database refused a request');
    }
    if (appError.status === 401 || appError.status === 403) await auditDenial(app, request, appError);
    return sendError(request, reply, appError);
  });
});

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const body: ErrorBody = { error: error.code, message: error.message, requestId: request.id };
  if (error.extra.issues) body.issues = error.extra.issues;
  if (error.extra.allowed) body.allowed = error.extra.allowed;
  // Every conflict says what may be done next, even when that is nothing.
  if (error.status === 409) body.allowed ??= [];
  if (error.extra.retryAfterSeconds) reply.header('retry-after', String(error.extra.retryAfterSeconds));
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const issues: ValidationIssue[] = error.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || where,
      message: v.message ?? 'Invalid value',
    }));
    return new AppError('validation', 'Check the highlighted fields', { issues });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation', 'The request body is not valid JSON', {
        issues: [{ path: 'body', message: 'Send a valid JSON document' }],
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('validation', 'Send the body as JSON', {
        issues: [{ path: 'body', message: 'Content-Type must be application/json' }],
      });
  }
  const database = databaseErrorOf(error);
  const translated = database ? translateDatabaseError(database) : null;
  if (translated) return translated;
  if (error.statusCode === 429) return new AppError('rate_limited', 'Too many requests: slow down and try again shortly');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('validation', error.message, { issues: [{ path: 'request', message: error.message }] });
  }
  return new AppError('internal', 'Something went wrong on our side. Quote the request id if you report it.');
}

/** Refused requests are audited too, so probing for records is visible. */
async function auditDenial(app: KithApp, request: FastifyRequest, error: AppError): Promise<void> {
  try {
    await recordAudit(app.kith.database.db, request.ctx ?? { actor: null, requestId: request.id }, {
      action: 'denied',
      recordType: 'route',
      recordId: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
      detail: { reason: error.code },
    });
  } catch (auditError) {
    request.log.error({ err: auditError }, 'could not audit a denied request');
  }
}
