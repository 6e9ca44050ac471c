import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../db/client.ts';
import { AppError, validationError } from '../errors.ts';
import { findIdempotencyKey, insertIdempotencyKey } from './idempotency-repository.ts';

/** The `Idempotency-Key` request header, for the schema of every route that honours it. */
export const IdempotencyKeyHeader = z.object({ 'idempotency-key': z.string().optional() });

/** What `idempotent` needs of Fastify's request and reply (any route's typed ones fit). */
interface KeyedRequest {
  headers: { 'idempotency-key'?: string | undefined };
  body: unknown;
}
interface IdempotentReply {
  code(statusCode: number): unknown;
  header(key: string, value: string): unknown;
}

export interface IdempotencyOptions {
  db: Db;
  /** The request: its `Idempotency-Key` header, and its body as what a retry must repeat. */
  request: KeyedRequest;
  /** Whose keys these are (a user, a client address): a key never replays across scopes. */
  scope: string;
  /** The status of the first response: stored with its body and sent again on every replay. */
  status: number;
  /** What a retry must repeat to be replayed rather than refused, when more than the body. */
  fingerprint?: unknown;
}

/**
 * How a route honours `Idempotency-Key` (declare {@link IdempotencyKeyHeader} in its schema and
 * return what this returns): `work` runs at most once per (scope, key). A retry with the same key
 * and the same request gets the first response again, with `idempotent-replayed: true`; the same
 * key with a different request is a 409; a malformed key is a 400 naming `Idempotency-Key`.
 * Without the header `work` simply runs. The key is stored in the transaction `work` runs in, so
 * a crash leaves neither the work nor the key.
 */
export async function idempotent<Body>(
  reply: IdempotentReply,
  options: IdempotencyOptions,
  work: (tx: Tx) => Promise<Body>,
): Promise<Body> {
  const result = await onceForKey(
    options.db,
    {
      scope: options.scope,
      key: options.request.headers['idempotency-key'],
      fingerprint: 'fingerprint' in options ? options.fingerprint : options.request.body,
      status: options.status,
    },
    work,
  );
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  reply.code(result.statusCode);
  // A replay answers with what the first request stored, which `work` produced.
  return result.body as Body;
}

interface StoredResponse {
  statusCode: number;
  body: unknown;
  replayed: boolean;
}

async function onceForKey(
  db: Db,
  request: { scope: string; key: string | undefined; fingerprint: unknown; status: number },
  work: (tx: Tx) => Promise<unknown>,
): Promise<StoredResponse> {
  const { scope, key, status } = request;
  if (key === undefined) return { statusCode: status, body: await db.transaction(work), replayed: false };
  if (!/^[\w-]{8,200}$/.test(key))
    throw validationError('Idempotency-Key', 'Use 8 to 200 letters, digits, - or _ (a UUID is ideal)');
  const requestHash = createHash('sha256').update(JSON.stringify(request.fingerprint)).digest('hex');
  const earlier = await replayOf(db, scope, key, requestHash);
  if (earlier) return earlier;
  try {
    return await db.transaction(async (tx) => {
      const body = await work(tx);
      await insertIdempotencyKey(tx, { scope, key, requestHash, statusCode: status, responseBody: body });
      return { statusCode: status, body, replayed: false };
    });
  } catch (error) {
    // A concurrent retry won the race: its transaction committed the key first.
    const winner = await replayOf(db, scope, key, requestHash);
    if (winner) return winner;
    throw error;
  }
}

async function replayOf(db: Db, scope: string, key: string, requestHash: string): Promise<StoredResponse | null> {
  const stored = await findIdempotencyKey(db, scope, key);
  if (!stored) return null;
  if (stored.requestHash !== requestHash) {
    throw new AppError('conflict', 'This Idempotency-Key was already used for a different request');
  }
  return { statusCode: stored.statusCode, body: stored.responseBody, replayed: true };
}
