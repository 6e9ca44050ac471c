import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';
import { openFreshDatabase, testDatabaseKind } from '../../test/test-database.ts';
import type { KithApp } from '../app.ts';
import type { Database } from '../db/client.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { jobs, outboxEmails } from '../db/schema/index.ts';
import { startMetricsServer } from './metrics-server.ts';

const TOKEN = 'test-metrics-token-0123456789abcdef';
const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

/** The value of one series in Prometheus text, e.g. `kith_outbox_emails{state="failed"}`. */
function seriesValue(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

async function scrape(app: KithApp): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.statusCode).toBe(200);
  return response.body;
}

describe('/metrics', () => {
  it('is off (404 in the error shape) when neither a token nor a port is configured', async () => {
    const app = await buildTestApp();
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not_found' });
    expect(app.metrics).toBeNull();
    await app.close();
  });

  describe('with KITH_METRICS_TOKEN', () => {
    let app: KithApp;
    beforeAll(async () => {
      app = await buildTestApp({ KITH_METRICS_TOKEN: TOKEN });
    });
    afterAll(() => app.close());

    it('answers 401 in the error shape without the token or with a wrong one', async () => {
      for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
        const response = await app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
        expect(response.statusCode, String(authorization)).toBe(401);
        expect(response.json()).toMatchObject({ error: 'unauthenticated' });
        expect(response.headers['www-authenticate']).toContain('Bearer');
      }
    });

    it('answers the Prometheus text format with the token, process metrics included', async () => {
      const response = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(PROMETHEUS_TEXT);
      expect(response.body).toContain('# TYPE process_cpu_user_seconds_total counter');
      expect(response.body).toContain('# TYPE kith_http_request_duration_seconds histogram');
    });

    it('times requests by route pattern, never by URL: no ids or query values in labels', async () => {
      const id = crypto.randomUUID();
      await app.inject({ method: 'GET', url: `/api/referrals/${id}?q=secret-query-value` });
      await app.inject({ method: 'GET', url: '/health' });
      await app.inject({ method: 'GET', url: `/no-such-page/${id}` });
      const text = await scrape(app);
      expect(text).toContain(
        'kith_http_request_duration_seconds_count{method="GET",route="/api/referrals/:id",status_code="401"} 1',
      );
      expect(text).toMatch(/kith_http_request_duration_seconds_count\{method="GET",route="\/health",status_code="200"\} \d+/);
      expect(text).toContain('route="unmatched",status_code="404"');
      expect(text).not.toContain(id);
      expect(text).not.toContain('secret-query-value');
    });

    it('reports the PostgreSQL pool, and nothing for PGlite (no pool)', async () => {
      const text = await scrape(app);
      if (testDatabaseKind() === 'postgres') {
        expect(seriesValue(text, 'kith_db_pool_max_connections')).toBe(10);
        expect(seriesValue(text, 'kith_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
        expect(seriesValue(text, 'kith_db_pool_waiting_requests')).toBe(0);
      } else {
        expect(text).not.toContain('kith_db_pool');
      }
    });
  });

  describe('queue and outbound message counts, read at scrape time', () => {
    // A database of its own: the counts are exact, whatever other test files write meanwhile.
    let fresh: { database: Database; close(): Promise<void> };
    let app: KithApp;
    beforeAll(async () => {
      fresh = await openFreshDatabase();
      await migrateDatabase(fresh.database);
      app = await buildTestApp({ KITH_METRICS_TOKEN: TOKEN }, fresh.database);
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await fresh?.close();
    });

    it('counts jobs by kind and state, dead letters apart, and emails and messages by state', async () => {
      const before = await scrape(app);
      expect(seriesValue(before, 'kith_outbox_emails{state="failed"}')).toBe(0);
      expect(seriesValue(before, 'kith_gp_documents{state="failed"}')).toBe(0);
      expect(seriesValue(before, 'kith_person_messages{channel="sms",state="permanent-failure"}')).toBe(0);

      const hour = 3_600_000;
      const now = Date.now();
      await fresh.database.db.insert(jobs).values([
        { kind: 'metrics.test', payload: {}, runAt: new Date(now - hour) },
        { kind: 'metrics.test', payload: {}, runAt: new Date(now - hour) },
        { kind: 'metrics.test', payload: {}, runAt: new Date(now + hour) },
        { kind: 'metrics.test', payload: {}, runAt: new Date(now - hour), lockedUntil: new Date(now + hour), attempts: 1 },
        { kind: 'metrics.test', payload: {}, runAt: new Date(now + hour), attempts: 1, lastError: 'down' },
        { kind: 'metrics.test', payload: {}, runAt: new Date(now - hour), attempts: 5, maxAttempts: 5, lastError: 'down' },
        { kind: 'metrics.test', payload: {}, runAt: new Date(now - hour), completedAt: new Date(now) },
      ]);
      await fresh.database.db.insert(outboxEmails).values([
        { to: 'a@example.org', subject: 's', textBody: 'b', error: 'SMTP refused' },
        { to: 'b@example.org', subject: 's', textBody: 'b', error: 'SMTP refused' },
        { to: 'c@example.org', subject: 's', textBody: 'b' },
        { to: 'd@example.org', subject: 's', textBody: 'b', sentAt: new Date(now) },
      ]);

      const text = await scrape(app);
      expect(seriesValue(text, 'kith_job_queue_depth{kind="metrics.test",state="due"}')).toBe(2);
      expect(seriesValue(text, 'kith_job_queue_depth{kind="metrics.test",state="scheduled"}')).toBe(1);
      expect(seriesValue(text, 'kith_job_queue_depth{kind="metrics.test",state="running"}')).toBe(1);
      expect(seriesValue(text, 'kith_job_queue_depth{kind="metrics.test",state="retrying"}')).toBe(1);
      expect(seriesValue(text, 'kith_jobs_failed{kind="metrics.test"}')).toBe(1);
      expect(seriesValue(text, 'kith_outbox_emails{state="failed"}')).toBe(2);
      expect(seriesValue(text, 'kith_outbox_emails{state="waiting"}')).toBe(1);
      expect(seriesValue(text, 'kith_outbox_emails{state="sent"}')).toBe(1);
      // Nothing of the emails themselves reaches the metrics.
      expect(text).not.toContain('example.org');
    });
  });

  describe('with KITH_METRICS_PORT only', () => {
    it('serves metrics on a loopback server without a token, and not on the main port', async () => {
      const app = await buildTestApp({ KITH_METRICS_PORT: '9464' });
      expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
      if (!app.metrics) throw new Error('metrics should be on');
      // Port 0 here: any free port, so parallel test runs do not collide.
      const server = await startMetricsServer(app.metrics, 0, app.log);
      try {
        const { address, port } = server.address() as AddressInfo;
        expect(address).toBe('127.0.0.1');
        const response = await fetch(`http://127.0.0.1:${port}/metrics`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(PROMETHEUS_TEXT);
        expect(await response.text()).toContain('kith_job_queue_depth');
        expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
      } finally {
        server.close();
        await app.close();
      }
    });
  });
});
