import { defineConfig } from 'vitest/config';

/**
 * One Vitest run, several projects. `scripts/test.mjs` picks which run (it skips PostgreSQL or
 * the browser when the machine lacks them, and says so loudly).
 *  - unit:         pure functions, no database
 *  - int-pglite:   integration tests against embedded PGlite (one instance per worker)
 *  - int-postgres: the same integration tests against the PostgreSQL server
 *  - e2e:          browser journeys in Debian's chromium (`npm test` runs them in a second Vitest
 *                  run after the others, so they never share the 2 cores with the integration tests)
 * Fuzzing (`packages/server/test/fuzz/`) is part of the integration projects; `npm run fuzz` runs it
 * alone with 10,000 cases per route.
 */
const integration = {
  include: ['packages/*/src/**/*.int.test.ts', 'packages/*/test/**/*.int.test.ts'],
  // Share one database per worker across files; tests isolate by tenant, not by database.
  isolate: false,
  pool: 'forks' as const,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      { test: { name: 'int-pglite', ...integration, env: { KITH_TEST_DB: 'pglite' } } },
      {
        test: {
          name: 'int-postgres',
          ...integration,
          env: { KITH_TEST_DB: 'postgres' },
          globalSetup: ['packages/server/test/postgres-global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/support/build-web-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
