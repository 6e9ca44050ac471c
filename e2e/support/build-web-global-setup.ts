import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where start-kith.ts finds this run's build of the web app. */
export const WEB_DIST_VARIABLE = 'KITH_E2E_WEB_DIST';

/**
 * Builds the web app into `outDir`, so journeys never run against a stale or missing build
 * (`packages/web/dist` is not committed).
 */
export function buildWebApp(outDir: string): void {
  const result = spawnSync(
    'npm',
    ['run', '--silent', 'build', '-w', '@kith/web', '--', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
      // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error(`Building the web app failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Vitest global setup: builds the web app once for the run, into a folder of its own. Not into
 * `packages/web/dist`: another run (or `npm start`) rebuilding that folder halfway through a
 * journey swaps the hashed script files under the running pages, which then stop rendering.
 */
export default function buildWebAppForRun(): () => void {
  const outDir = mkdtempSync(join(tmpdir(), 'kith-e2e-web-'));
  buildWebApp(outDir);
  process.env[WEB_DIST_VARIABLE] = outDir;
  return () => rmSync(outDir, { recursive: true, force: true });
}
