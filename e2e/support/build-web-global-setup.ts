import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds the web app once before the journeys, so they never run against a stale or missing
 * `packages/web/dist` (it is not committed).
 */
export default function buildWebApp(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build', '-w', '@kith/web', '--', '--logLevel', 'warn'], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    encoding: 'utf8',
    // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`Building the web app failed:\n${result.stdout}\n${result.stderr}`);
}
