import { buildApp, type KithApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/client.ts';
import { testDatabase } from './test-database.ts';

/**
 * A Kith app on the shared test database, not listening (use `app.inject`). `env` overrides
 * configuration, e.g. `{ KITH_SIGN_IN_FREE_FAILURES: '2' }`. Register extra test routes before
 * calling `app.ready()` if you need them; otherwise inject does it. `database` replaces the shared
 * test database (e.g. a fresh one from `openFreshDatabase`).
 */
export async function buildTestApp(env: Record<string, string> = {}, database?: Database): Promise<KithApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    KITH_WEB_DIST: '',
    KITH_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  return buildApp({ config, database: database ?? (await testDatabase()), logger: false });
}
