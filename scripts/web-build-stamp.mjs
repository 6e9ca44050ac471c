// Decides whether the web app needs building: a hash of every input of the Vite build, compared
// with the hash stamped into dist/ after the last successful build. Plain Node, no dependencies,
// so `npm start` can run it before anything else is compiled. Used by build-web-if-changed.mjs.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The stamp's name inside dist/: a dotfile, so the web server never serves it. */
export const STAMP_FILE = '.source-hash';

/**
 * The inputs of the web build, relative to the repository root. A folder stands for every file
 * under it. The lockfile is in because a dependency upgrade changes the bundle as much as an edit.
 */
export const WEB_BUILD_INPUTS = [
  'packages/web/src',
  'packages/web/vite',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/web/package.json',
  'packages/web/tsconfig.json',
  'packages/shared/src',
  'packages/shared/package.json',
  'package-lock.json',
];

/**
 * One hash for a set of files given as `{ path, content }`. Sorted by path so the order they were
 * read in does not matter; the path is hashed too so a rename counts as a change.
 * @param {{ path: string, content: Buffer | string }[]} files
 * @returns {string}
 */
export function fingerprintOf(files) {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const content = Buffer.from(file.content);
    hash.update(`${file.path}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

/**
 * Whether to build: when dist/ has no index.html (never built, or a build failed half-way — Vite
 * empties dist/ first), when there is no stamp, or when the sources differ from the stamped ones.
 * @param {{ fingerprint: string, stamp: string | null, hasIndexHtml: boolean }} state
 * @returns {boolean}
 */
export function needsBuild({ fingerprint, stamp, hasIndexHtml }) {
  return !hasIndexHtml || stamp === null || stamp.trim() !== fingerprint;
}

/** Every file under `inputs` (relative to `root`), skipping node_modules; missing inputs are skipped. */
export function readInputs(root, inputs = WEB_BUILD_INPUTS) {
  const files = [];
  const visit = (relative) => {
    const absolute = path.join(root, relative);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (stat === undefined) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(absolute)) if (name !== 'node_modules') visit(path.posix.join(relative, name));
    } else if (stat.isFile()) {
      files.push({ path: relative, content: fs.readFileSync(absolute) });
    }
  };
  for (const input of inputs) visit(input);
  return files;
}

/** The stamp left in `dist` by the last successful build, or null. */
export function readStamp(dist) {
  const file = path.join(dist, STAMP_FILE);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

export function writeStamp(dist, fingerprint) {
  fs.writeFileSync(path.join(dist, STAMP_FILE), `${fingerprint}\n`);
}
