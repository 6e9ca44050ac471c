import type { AddressInfo } from 'node:net';
import { buildApp } from '@kith/server';
import { loadConfig } from '@kith/server/config.ts';
import type { Database } from '@kith/server/db/client.ts';
import { migrateDatabase } from '@kith/server/db/migrate.ts';
import { DEMO_PASSWORD, DEMO_USERS, isEmpty, loadDemoData } from '@kith/server/modules/demo-data/demo-data.ts';
import Fastify, { type FastifyInstance } from 'fastify';

/** A server listening on loopback in this process, and how to call the route under test. */
export interface ListeningTarget {
  url: string;
  headers: Record<string, string>;
  close(): Promise<void>;
}

const SESSION_COOKIE = 'kith_session';

function baseUrl(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

async function signInAsAdmin(origin: string): Promise<string> {
  const admin = DEMO_USERS.find((user) => user.role === 'admin');
  if (!admin) throw new Error('the demo data has no admin user');
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${SESSION_COOKIE}=`)) return pair;
  }
  throw new Error(`sign-in set no ${SESSION_COOKIE} cookie`);
}

/**
 * The real Kith app on `database` (migrated and given demo data here), signed in as the demo
 * admin. Also returns the `/api/me` body so the baseline can answer with the same JSON.
 */
export async function startKithApp(
  database: Database,
  databaseEnv: Record<string, string>,
): Promise<{ target: ListeningTarget; meBody: unknown }> {
  await migrateDatabase(database);
  if (await isEmpty(database.db)) await loadDemoData(database.db);
  const config = loadConfig({
    NODE_ENV: 'development',
    KITH_WEB_DIST: '',
    KITH_LOG_LEVEL: 'warn',
    // The default 600/min per IP would turn the run into a benchmark of 429s.
    KITH_RATE_LIMIT_PER_MINUTE: '100000000',
    ...databaseEnv,
  });
  const app = await buildApp({ config, database, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = baseUrl(app);
  const cookie = await signInAsAdmin(origin);

  const me = await fetch(`${origin}/api/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`GET /api/me with the session cookie answered ${me.status}`);
  const meBody: unknown = await me.json();

  return { target: { url: `${origin}/api/me`, headers: { cookie }, close: () => app.close() }, meBody };
}

/** The baseline: a bare Fastify app whose one route answers a constant copy of the same body. */
export async function startBareApp(body: unknown): Promise<ListeningTarget> {
  const app = Fastify({ logger: false });
  app.get('/bare', async () => body);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: `${baseUrl(app)}/bare`, headers: {}, close: () => app.close() };
}
