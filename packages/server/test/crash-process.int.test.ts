import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/modules/demo-data/demo-data.ts';
import { freePort, type KithProcess, startKith, waitForReady } from './kith-process.ts';
import { testDatabaseKind, withFreshDatabase } from './test-database.ts';

/**
 * Crash safety (issue 12): Kith is killed with SIGKILL in the middle of a stream of writes, with
 * no chance to shut down, then started again on the same data. Every write it acknowledged with
 * a 2xx must be there afterwards, on the embedded database (whose lock file the dead process
 * leaves behind) and on PostgreSQL alike.
 */
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

/** Writes in flight at once, and when to pull the plug (bounded: this is a test, not a load). */
const CONCURRENCY = 4;
const KILL_AFTER_ACKNOWLEDGED = 40;
const MAX_REQUESTS = 400;

interface Session {
  cookie: string;
  csrfToken: string;
  pcnId: string;
}

async function signIn(base: string): Promise<Session> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'linkworker@kith.example', password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await response.json()) as {
    csrfToken: string;
    memberships: { organisationId: string; organisationKind: string }[];
  };
  const pcn = me.memberships.find((m) => m.organisationKind === 'pcn');
  if (!pcn) throw new Error('the demo link worker has no PCN');
  return { cookie, csrfToken: me.csrfToken, pcnId: pcn.organisationId };
}

/**
 * Creates people until the process is killed; returns every id a 2xx acknowledged. Requests
 * cut off by the kill fail (no answer), so they are not counted as acknowledged.
 */
async function writeUntilKilled(base: string, session: Session, kith: KithProcess): Promise<string[]> {
  const acknowledged: string[] = [];
  let sent = 0;
  let killed = false;
  const worker = async (lane: number) => {
    while (!killed && sent < MAX_REQUESTS) {
      const n = sent++;
      try {
        const response = await fetch(`${base}/api/people`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({
            givenName: `Crash${lane}`,
            familyName: `Test${n}`,
            dateOfBirth: '1980-01-01',
            organisationId: session.pcnId,
            confirmNotDuplicate: true,
          }),
        });
        if (response.status === 201 || response.status === 200) {
          acknowledged.push(((await response.json()) as { id: string }).id);
        } else if (!killed) {
          throw new Error(`write refused: ${response.status} ${await response.text()}`);
        }
      } catch (error) {
        if (!killed) throw error;
      }
      if (!killed && acknowledged.length >= KILL_AFTER_ACKNOWLEDGED) {
        killed = true;
        kith.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, lane) => worker(lane)));
  expect(killed).toBe(true);
  return acknowledged;
}

async function crashAndRecover(env: Record<string, string>): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const common = { ...env, PORT: String(port), KITH_DEMO_HISTORY: 'off', KITH_RATE_LIMIT_PER_MINUTE: '100000' };

  const first = startKith(common, children);
  await waitForReady(port, first.exited);
  const acknowledged = await writeUntilKilled(base, await signIn(base), first);
  await first.exited;
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);

  // Same data, same port: the restart must not be refused (a stale lock file is taken over).
  const second = startKith(common, children);
  try {
    await waitForReady(port, second.exited);
  } catch (error) {
    throw new Error(`Kith did not restart after SIGKILL: ${second.output()}`, { cause: error });
  }
  const session = await signIn(base);
  const missing: string[] = [];
  for (const id of acknowledged) {
    const response = await fetch(`${base}/api/people/${id}`, { headers: { cookie: session.cookie } });
    if (response.status !== 200) missing.push(`${id} (${response.status})`);
  }
  expect(missing).toEqual([]);
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
}

describe.runIf(testDatabaseKind() === 'pglite')('SIGKILL during writes on the embedded database', () => {
  it('keeps every acknowledged write and restarts on the same data folder', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kith-crash-'));
    try {
      await crashAndRecover({ KITH_DATA_DIR: dataDir });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // Two cold embedded starts (initdb, migrations, demo data) on a loaded machine: behaviour, not speed.
  }, 300_000);
});

describe.runIf(testDatabaseKind() === 'postgres')('SIGKILL during writes on PostgreSQL', () => {
  it('keeps every acknowledged write', async () => {
    await withFreshDatabase(async (database) => {
      const [row] = await database.queryRaw<{ db: string }>('SELECT current_database() AS db');
      const url = new URL(process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres');
      url.pathname = `/${row?.db}`;
      await crashAndRecover({ DATABASE_URL: url.toString() });
    });
  }, 300_000);
});
