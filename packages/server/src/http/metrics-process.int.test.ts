import type { ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startKith as startProcess } from '../../test/kith-process.ts';
import { testDatabaseKind, withFreshDatabase } from '../../test/test-database.ts';

/**
 * main.ts as a process: the loopback metrics port, and a quiet terminal at the default log level
 * (no line per request; the banner with the demo sign-ins last). On PostgreSQL only, where a
 * start takes seconds (an embedded cold start takes far longer), on a database of its own so its
 * job worker never runs other test files' jobs.
 */
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

async function waitForMetrics(port: number): Promise<Response> {
  for (let i = 0; i < 600; i++) {
    try {
      return await fetch(`http://127.0.0.1:${port}/metrics`);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('the metrics port never answered');
}

describe.runIf(testDatabaseKind() === 'postgres')('main.ts with KITH_METRICS_PORT', () => {
  it('serves metrics on the loopback port and prints no request lines at the default level', async () => {
    await withFreshDatabase(async (database) => {
      const [row] = await database.queryRaw<{ db: string }>('SELECT current_database() AS db');
      const url = new URL(process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres');
      url.pathname = `/${row?.db}`;
      const [port, metricsPort] = [await freePort(), await freePort()];
      const kith = startProcess(
        { DATABASE_URL: url.toString(), PORT: String(port), KITH_METRICS_PORT: String(metricsPort), KITH_LOG_LEVEL: 'info' },
        children,
      );
      const metrics = await waitForMetrics(metricsPort);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('kith_db_pool_max_connections 10');
      for (let i = 0; i < 3; i++) await fetch(`http://127.0.0.1:${port}/health`);
      // The main port has no /metrics without a token.
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);

      kith.child.kill('SIGTERM');
      expect(await kith.exited).toBe(0);
      const output = kith.output();
      expect(output).not.toContain('incoming request');
      expect(output).not.toContain('request completed');
      expect(output).toContain(`Metrics: http://127.0.0.1:${metricsPort}/metrics`);
      const banner = output.slice(output.indexOf('Kith is running at'));
      expect(banner.indexOf('password for all')).toBeGreaterThan(banner.indexOf('Metrics:'));
    });
  }, 120_000);
});
