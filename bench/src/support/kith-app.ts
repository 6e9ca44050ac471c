import type { AddressInfo } from 'node:net';
import { buildApp } from '@kith/server';
import { loadConfig } from '@kith/server/config.ts';
import type { Database } from '@kith/server/db/client.ts';
import { migrateDatabase } from '@kith/server/db/migrate.ts';
import { isEmpty, loadDemoData } from '@kith/server/modules/demo-data/demo-data.ts';
import { CSRF_HEADER } from '@kith/shared';
import type { FastifyInstance } from 'fastify';

const SESSION_COOKIE = 'kith_session';

/** The real Kith app, listening on loopback in this process. */
export interface RunningKithApp {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** A signed-in session: what a browser would send back. */
export interface SignedInSession {
  /** `kith_session=<token>`, ready for a Cookie header. */
  cookie: string;
  /** The raw session token (the cookie value). */
  token: string;
  /** The synchronizer token for the CSRF header on writes. */
  csrfToken: string;
  /** Headers for an authenticated write: cookie and CSRF token. */
  writeHeaders: Record<string, string>;
}

export function originOf(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** Migrates `database` and loads the demo organisations and users if it is empty. */
export async function prepareWithDemoData(database: Database): Promise<void> {
  await migrateDatabase(database);
  // Without the synthetic report history or the demo PCN's referrals, so the pathway and directory
  // data sets stay as measured before.
  if (await isEmpty(database.db)) await loadDemoData(database.db, { history: false, referrals: false });
}

/**
 * Builds the real app on an already prepared `database` and listens on 127.0.0.1 (random port).
 * Logging is off and the per-IP rate limit raised so neither is what gets measured.
 */
export async function startKithApp(database: Database, databaseEnv: Record<string, string>): Promise<RunningKithApp> {
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
  return { app, origin: originOf(app), close: () => app.close() };
}

/** Signs in through `POST /api/session` like the web app does. */
export async function signIn(origin: string, email: string, password: string): Promise<SignedInSession> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  const me = (await response.json()) as { csrfToken?: unknown };
  if (typeof me.csrfToken !== 'string') throw new Error('sign-in answered without a csrfToken');
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${SESSION_COOKIE}=`)) {
      const token = pair.slice(SESSION_COOKIE.length + 1);
      return { cookie: pair, token, csrfToken: me.csrfToken, writeHeaders: { cookie: pair, [CSRF_HEADER]: me.csrfToken } };
    }
  }
  throw new Error(`sign-in set no ${SESSION_COOKIE} cookie`);
}
