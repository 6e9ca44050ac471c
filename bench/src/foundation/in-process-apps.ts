import { DEMO_PASSWORD, DEMO_USERS } from '@kith/server/modules/demo-data/demo-data.ts';
import Fastify from 'fastify';
import type { BenchDatabase } from '../support/bench-database.ts';
import { originOf, prepareWithDemoData, signIn, startKithApp } from '../support/kith-app.ts';

/** A server listening on loopback in this process, and how to call the route under test. */
export interface ListeningTarget {
  url: string;
  headers: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The real Kith app on a fresh database (migrated and given demo data here), signed in as the
 * demo admin. Also returns the `/api/me` body so the baseline can answer with the same JSON.
 */
export async function startKithMeTarget(bench: BenchDatabase): Promise<{ target: ListeningTarget; meBody: unknown }> {
  await prepareWithDemoData(bench.database);
  const kith = await startKithApp(bench.database, bench.env);
  try {
    const admin = DEMO_USERS.find((user) => user.role === 'admin');
    if (!admin) throw new Error('the demo data has no admin user');
    const { cookie } = await signIn(kith.origin, admin.email, DEMO_PASSWORD);

    const me = await fetch(`${kith.origin}/api/me`, { headers: { cookie } });
    if (me.status !== 200) throw new Error(`GET /api/me with the session cookie answered ${me.status}`);
    const meBody: unknown = await me.json();
    return { target: { url: `${kith.origin}/api/me`, headers: { cookie }, close: kith.close }, meBody };
  } catch (error) {
    await kith.close();
    throw error;
  }
}

/** The baseline: a bare Fastify app whose one route answers a constant copy of the same body. */
export async function startBareApp(body: unknown): Promise<ListeningTarget> {
  const app = Fastify({ logger: false });
  app.get('/bare', async () => body);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { url: `${originOf(app)}/bare`, headers: {}, close: () => app.close() };
}
