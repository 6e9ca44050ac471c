#!/usr/bin/env node
// `npm test`: typecheck, lint, then every Vitest project this machine can run (the browser
// journeys in a second, separate Vitest run after the rest). PostgreSQL and
// the browser are optional on a laptop, so when one is missing this says so in one loud line
// instead of passing quietly; in CI (CI=true) a missing one is a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const CHROMIUM = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium';
const pgUrl = new URL(process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const strict = process.env.CI === 'true';

function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port), timeout: 2000 });
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => resolve(socket.destroy() && false));
  });
}

function run(label, command, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stdout.write(`\n✖ ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
}

const hasPostgres = await canConnect(pgUrl.hostname, pgUrl.port || 5432);
const hasBrowser = fs.existsSync(CHROMIUM);
const projects = ['unit', 'int-pglite'];
const skipped = [];
if (hasPostgres) projects.push('int-postgres');
else skipped.push(`PostgreSQL integration tests (nothing listening at ${pgUrl.host}; set DATABASE_URL_TEST)`);
if (!hasBrowser) skipped.push(`browser journeys (no Chromium at ${CHROMIUM}; apt install chromium)`);

process.stdout.write(
  `Kith tests — databases: PGlite${hasPostgres ? ' + PostgreSQL' : ''}; browser journeys: ${hasBrowser ? 'yes' : 'NO'}\n`,
);
for (const line of skipped) process.stdout.write(`\n!!!!! SKIPPING ${line} !!!!!\n`);
if (strict && skipped.length > 0) {
  process.stdout.write('\nCI=true: every part must run. Failing.\n');
  process.exit(1);
}

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npx', ['biome', 'check', '--error-on-warnings', '.']);
run(`tests (${projects.join(', ')})`, 'npx', ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])]);
// The journeys run afterwards, on their own: each drives a real Kith process and Chromium, and on
// a 2-core machine they time out when the integration projects are using both cores at once.
if (hasBrowser) run('browser journeys (e2e)', 'npx', ['vitest', 'run', '--project', 'e2e']);
process.stdout.write(
  `\n✔ All passed — databases: PGlite${hasPostgres ? ' and PostgreSQL' : ' only'}; browser journeys ${hasBrowser ? 'ran' : 'SKIPPED'}.\n`,
);
