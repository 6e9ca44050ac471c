#!/usr/bin/env node
// `npm start`: builds the web app only when its sources changed since the last successful build,
// and says so in one line. The build's own output is shown only if it fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOf, needsBuild, readInputs, readStamp, writeStamp } from './web-build-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'packages/web/dist');

const fingerprint = fingerprintOf(readInputs(root));
const hasIndexHtml = fs.existsSync(path.join(dist, 'index.html'));
if (!needsBuild({ fingerprint, stamp: readStamp(dist), hasIndexHtml })) {
  process.stdout.write('Web app: up to date\n');
  process.exit(0);
}

process.stdout.write('Web app: building… ');
const started = Date.now();
const build = spawnSync('npm', ['run', '--silent', 'build', '-w', '@kith/web'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  maxBuffer: 64 * 1024 * 1024,
});
if (build.status !== 0) {
  process.stdout.write('failed\n');
  process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}${build.error ? `${build.error.message}\n` : ''}`);
  process.exit(build.status ?? 1);
}
writeStamp(dist, fingerprint);
process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
