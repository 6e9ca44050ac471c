import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp } from '../../test/test-app.ts';
import type { KithApp } from '../app.ts';
import { auditEvents } from '../db/schema/index.ts';
import { recordAudit } from '../modules/audit/audit-writer.ts';
import { IdempotencyKeyHeader, idempotent } from './idempotency.ts';

/** The mechanism on a route of its own; the real routes' tests cover each route using it. */
describe('Idempotency-Key on a route that opts in', () => {
  let app: KithApp;
  let attempts = 0;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    // Writes one audit event per committed run (so effects can be counted), then fails if asked.
    app.post(
      '/api/test/idempotent',
      {
        schema: {
          headers: IdempotencyKeyHeader,
          body: z.object({ marker: z.string(), fail: z.boolean().default(false) }),
          response: { 201: z.object({ marker: z.string(), attempt: z.number() }) },
        },
      },
      async (request, reply) =>
        idempotent(reply, { db: db(), request, status: 201, scope: 'test:idempotency' }, async (tx) => {
          attempts += 1;
          await recordAudit(tx, request.ctx, { action: 'create', recordType: 'idempotency_test', recordId: request.body.marker });
          if (request.body.fail) throw new Error('the work failed after writing');
          return { marker: request.body.marker, attempt: attempts };
        }),
    );
  });
  afterAll(() => app.close());

  const send = (body: object, key?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/test/idempotent',
      headers: key === undefined ? {} : { 'idempotency-key': key },
      payload: body,
    });
  const committedRuns = async (marker: string) =>
    (await db().select().from(auditEvents).where(eq(auditEvents.recordId, marker))).length;

  it('a retry with the same key and body gets the first response, marked replayed, and nothing runs again', async () => {
    const marker = crypto.randomUUID();
    const key = crypto.randomUUID();
    const first = await send({ marker }, key);
    const retry = await send({ marker }, key);
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await committedRuns(marker)).toBe(1);
  });

  it('the same key with a different body is 409, and the first response still replays', async () => {
    const key = crypto.randomUUID();
    const marker = crypto.randomUUID();
    const first = await send({ marker }, key);
    const other = await send({ marker: crypto.randomUUID() }, key);
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: 'conflict' });
    const retry = await send({ marker }, key);
    expect(retry.json()).toEqual(first.json());
  });

  it('a malformed key is 400 naming Idempotency-Key, and nothing runs', async () => {
    const marker = crypto.randomUUID();
    for (const key of ['short', 'has spaces in it', 'x'.repeat(201)]) {
      const response = await send({ marker }, key);
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toEqual([expect.objectContaining({ path: 'Idempotency-Key' })]);
    }
    expect(await committedRuns(marker)).toBe(0);
  });

  it('without the header the work simply runs each time', async () => {
    const marker = crypto.randomUUID();
    expect((await send({ marker })).statusCode).toBe(201);
    expect((await send({ marker })).statusCode).toBe(201);
    expect(await committedRuns(marker)).toBe(2);
  });

  it('work that fails keeps neither its writes nor the key, so a retry runs it again', async () => {
    const marker = crypto.randomUUID();
    const key = crypto.randomUUID();
    expect((await send({ marker, fail: true }, key)).statusCode).toBe(500);
    expect(await committedRuns(marker)).toBe(0);
    const retry = await send({ marker }, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await committedRuns(marker)).toBe(1);
  });

  it('parallel retries with one key commit the work once and all answer the same', async () => {
    const marker = crypto.randomUUID();
    const key = crypto.randomUUID();
    const responses = await Promise.all(Array.from({ length: 5 }, () => send({ marker }, key)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const bodies = new Set(responses.map((r) => r.payload));
    expect(bodies.size).toBe(1);
    expect(await committedRuns(marker)).toBe(1);
  });
});
