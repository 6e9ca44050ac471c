import { spawnSync } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/bench-environment.ts';

/**
 * Brings packages/web/dist up to date the way `npm start` does (scripts/build-web-if-changed.mjs:
 * builds only when the web sources changed), then copies it to a folder of the bench's own.
 * Kith serves the copy, so a rebuild of packages/web/dist by someone else during the run cannot
 * swap the hashed files under the pages being timed (the e2e global setup avoids the same race).
 */
export async function builtWebAppCopy(progress: (line: string) => void): Promise<string> {
  const build = spawnSync(process.execPath, ['scripts/build-web-if-changed.mjs'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`Building the web app failed:\n${build.stdout}\n${build.stderr}`);
  progress(build.stdout.trim());
  const copy = await mkdtemp(path.join(tmpdir(), 'kith-bench-web-'));
  await cp(path.join(REPO_ROOT, 'packages/web/dist'), copy, { recursive: true });
  return copy;
}
