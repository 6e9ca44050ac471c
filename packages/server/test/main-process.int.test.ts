import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startKith as startProcess, waitForReady } from './kith-process.ts';
import { testDatabaseKind, withFreshDatabase } from './test-database.ts';

/**
 * The real entry point as a process: what `npm start` runs. Slow-ish (a few seconds per start),
 * so only the behaviours that need a real process are here.
 */
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});
const startKith = (env: Record<string, string>) => startProcess(env, children);

describe.runIf(testDatabaseKind() === 'pglite')('npm start on the embedded database', () => {
  it('refuses a second process on the same data folder, and shuts down cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kith-main-'));
    const port = await freePort();
    const first = startKith({ KITH_DATA_DIR: dataDir, PORT: String(port) });
    expect(await waitForReady(port, first.exited)).toEqual({ status: 'ok', database: 'pglite' });
    expect(first.output()).toContain('admin@kith.example');

    const second = startKith({ KITH_DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toContain(path.join(dataDir, 'kith.lock'));

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'kith.lock'))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
    // A cold embedded start (initdb, migrations, demo data) takes seconds alone and far longer
    // on a loaded machine; this test is about behaviour, not speed (bench/ measures that).
  }, 180_000);
});

describe.runIf(testDatabaseKind() === 'postgres')('npm start on a PostgreSQL server', () => {
  it('migrates, loads demo data, serves and stops on SIGTERM with DATABASE_URL', async () => {
    await withFreshDatabase(async (database) => {
      const url = await database.queryRaw<{ db: string }>('SELECT current_database() AS db');
      const base = new URL(process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres');
      base.pathname = `/${url[0]?.db}`;
      const port = await freePort();
      const kith = startKith({ DATABASE_URL: base.toString(), PORT: String(port) });
      expect(await waitForReady(port, kith.exited)).toEqual({ status: 'ok', database: 'postgres' });
      const signIn = await fetch(`http://127.0.0.1:${port}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@kith.example', password: 'kith-demo-2026' }),
      });
      expect(signIn.status).toBe(200);
      kith.child.kill('SIGTERM');
      expect(await kith.exited).toBe(0);
    });
  }, 180_000);
});
