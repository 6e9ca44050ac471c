import type { FastifyReply, FastifyRequest } from 'fastify';
import { databaseErrorOf } from './database-errors.ts';

/**
 * Keeps personal data out of the server log. Kith's records are health and care data: a log line
 * must never carry a value someone typed (a surname in `?q=`, a safeguarding description in a
 * failed INSERT's parameters). So requests are logged by route pattern, never URL, and errors by
 * type, code and schema-object names plus stack frames, never message: messages are where
 * drivers and libraries put values (Drizzle's `Failed query: … params: …`, pg's `detail`, a
 * JSON parser's excerpt of the input). The stack frames and the request id are enough to find
 * the fault; the request itself stays in the client's hands.
 */

const MAX_CAUSE_DEPTH = 5;
const MAX_FRAMES = 15;
const SAFE_CODE = /^[A-Za-z0-9_]{1,64}$/;
const SAFE_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;
const FRAME = /^\s+at /;

export interface SafeErrorLog {
  type: string;
  code?: string;
  statusCode?: number;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
  cause?: SafeErrorLog;
}

/** pino `err` serializer: never the message, `detail`, SQL or parameters; follows `cause`. */
export function safeErrorLog(error: unknown, depth = 0): SafeErrorLog {
  if (error === null || typeof error !== 'object') return { type: typeof error };
  const candidate = error as { name?: unknown; code?: unknown; statusCode?: unknown; stack?: unknown; cause?: unknown };
  const log: SafeErrorLog = { type: errorType(error, candidate.name) };
  const database = databaseErrorOf(error);
  if (database && !(candidate.cause && databaseErrorOf(candidate.cause))) {
    // This object is the driver's error itself (not a wrapper around it).
    Object.assign(log, database);
  } else if (typeof candidate.code === 'string' && SAFE_CODE.test(candidate.code)) {
    log.code = candidate.code;
  }
  if (typeof candidate.statusCode === 'number') log.statusCode = candidate.statusCode;
  if (typeof candidate.stack === 'string') {
    const frames = candidate.stack.split('\n').filter((line) => FRAME.test(line));
    if (frames.length > 0) log.stack = frames.slice(0, MAX_FRAMES).join('\n');
  }
  if (candidate.cause !== undefined && depth < MAX_CAUSE_DEPTH) log.cause = safeErrorLog(candidate.cause, depth + 1);
  return log;
}

/** The most specific safe name: the class (`DrizzleQueryError`, `DatabaseError`) over a generic `name`. */
function errorType(error: object, name: unknown): string {
  const className = error.constructor?.name;
  if (className && SAFE_NAME.test(className) && className !== 'Object' && className !== 'Error') return className;
  return typeof name === 'string' && SAFE_NAME.test(name) ? name : 'Error';
}

/** The route pattern a request matched (`/api/referrals/:id`), or null for none (a 404). */
export function routePattern(request: FastifyRequest): string | null {
  try {
    return request.routeOptions?.url ?? null;
  } catch {
    // Fastify builds a bare request for URL errors before routing, without route options.
    return null;
  }
}

/** pino `req` serializer: method, route pattern and request id — not the URL, query or headers. */
export function safeRequestLog(request: FastifyRequest): { method: string; route: string | null; requestId: string } {
  return { method: request.method, route: routePattern(request), requestId: String(request.id) };
}

/** pino `res` serializer: the status only. */
export function safeReplyLog(reply: FastifyReply): { statusCode: number } {
  return { statusCode: reply.statusCode };
}

export const logSerializers = { err: safeErrorLog, req: safeRequestLog, res: safeReplyLog };

const QUERY_IN_TEXT = /(\/[^\s"'?]*)\?[^\s"']*/g;

/**
 * pino `logMethod` hook, the backstop for log calls Kith does not write (Fastify's own): a
 * message that is just the logged error's message is replaced, and query strings are cut from
 * any message (Fastify puts the raw URL in a few warnings).
 */
export function scrubLogArguments(this: unknown, args: unknown[], method: (...args: unknown[]) => void): void {
  const [first, second] = args;
  if (first instanceof Error) {
    args.splice(0, 1, { err: first });
    if (typeof second !== 'string') args.splice(1, 0, first.name);
  } else if (first && typeof first === 'object' && 'err' in first && typeof second === 'string') {
    const err = (first as { err?: unknown }).err;
    if (err instanceof Error && second === err.message) args[1] = `${err.name} (message withheld from the log)`;
  }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg === 'string') args[i] = arg.replace(QUERY_IN_TEXT, '$1?…');
  }
  method.apply(this, args);
}
