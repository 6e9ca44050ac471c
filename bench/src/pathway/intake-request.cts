/**
 * autocannon `setupRequest` for the intake run. autocannon loads it with require() inside its
 * worker thread (a function cannot be cloned into a worker), hence CommonJS. Each request takes
 * the next entry of the pool the bench put on the request spec, so every POST is a different
 * person with its own Idempotency-Key. There is one worker, so one counter covers all connections.
 */
interface PooledRequest {
  headers?: Record<string, string>;
  body?: string;
  pool: { body: string; idempotencyKey: string }[];
}

let next = 0;

function takeNextFromPool(request: PooledRequest): PooledRequest {
  const entry = request.pool[next % request.pool.length];
  next += 1;
  if (!entry) throw new Error('the intake pool is empty');
  return { ...request, headers: { ...request.headers, 'idempotency-key': entry.idempotencyKey }, body: entry.body };
}

export = takeNextFromPool;
