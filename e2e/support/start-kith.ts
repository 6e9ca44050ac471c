/**
 * Starts the real Kith process (what `npm start` runs) for a browser journey: a free port, a
 * fresh embedded data folder, demo data. The web app is built once per run by
 * build-web-global-setup.ts, into the folder it names in KITH_E2E_WEB_DIST.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, DEMO_USERS } from '@kith/server/modules/demo-data/demo-data.ts';
import { WEB_DIST_VARIABLE } from './build-web-global-setup.ts';

export interface RunningKith {
  url: string;
  adminEmail: string;
  adminPassword: string;
  stop(): Promise<void>;
}

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY_TIMEOUT_MS = 90_000;
const DEMO_ADMIN_EMAIL = DEMO_USERS.find((u) => u.role === 'admin')?.email ?? 'admin@kith.example';

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last lines a process printed, to explain a failed start. */
function tail(child: ChildProcess): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n'));
    lines.splice(0, Math.max(0, lines.length - 60));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => lines.join('\n');
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Kith exited with code ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${url}/ready`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Kith was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts Kith on a free port with a fresh data folder (which seeds the demo data). `extraEnv`
 * points it at servers a journey started itself, e.g. a test SMTP server or a local Notify.
 */
export async function startKith(extraEnv: Record<string, string> = {}): Promise<RunningKith> {
  const port = await findFreePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'kith-e2e-'));
  // `node --import tsx` rather than `npx tsx`: one process, so stopping it stops the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: REPO_ROOT,
    // Journeys work on the demo PCN's own records; the synthetic report history (extra PCNs and
    // 200 directory services) would only slow start-up and page the demo's services off lists.
    env: {
      ...process.env,
      PORT: String(port),
      KITH_DATA_DIR: dataDir,
      KITH_DEMO_HISTORY: 'off',
      // A journey's browser loads pages far faster than a person, every script and stylesheet
      // counting against the per-client limit (600 a minute); a sweep of screens hit it and got
      // pages that never rendered. Journeys do not test the limit, so lift it.
      KITH_RATE_LIMIT_PER_MINUTE: '100000',
      ...(process.env[WEB_DIST_VARIABLE] ? { KITH_WEB_DIST: process.env[WEB_DIST_VARIABLE] } : {}),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = tail(child);
  const url = `http://127.0.0.1:${port}`;

  try {
    await waitUntilReady(url, child, output);
  } catch (error) {
    await stopProcess(child);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    url,
    adminEmail: DEMO_ADMIN_EMAIL,
    adminPassword: DEMO_PASSWORD,
    async stop() {
      await stopProcess(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
