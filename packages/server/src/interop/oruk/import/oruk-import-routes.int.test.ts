import type { AddressInfo } from 'node:net';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { auditEvents, directoryServices } from '../../../db/schema/index.ts';
import { anyUuid } from '../feed/oruk-json.ts';
import { createOrukTestService, feedService, uniqueWord } from '../oruk-test-data.ts';

function feedOf(count: number) {
  const organization = { id: crypto.randomUUID(), name: uniqueWord('Upload org ') };
  const term = { id: crypto.randomUUID(), taxonomyId: crypto.randomUUID() };
  return Array.from({ length: count }, () => feedService(organization, term));
}

describe('POST /api/directory/import', () => {
  let app: KithApp;
  let admin: SignedIn;
  let linkWorker: SignedIn;
  const db = () => app.kith.database.db;
  const stored = async (ids: string[]) =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(directoryServices).where(anyUuid(directoryServices.id, ids)))[0]
      ?.n;
  const post = (signedIn: SignedIn, url: string, payload: string, contentType: string, accept = 'application/json') =>
    app.inject({ method: 'POST', url, headers: { ...signedIn.writeHeaders, 'content-type': contentType, accept }, payload });

  beforeAll(async () => {
    app = await buildTestApp();
    const tenant = await createTestTenant(db());
    admin = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.icb, role: 'admin' }]));
    linkWorker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  it('checks an uploaded NDJSON file without writing, then imports it with commit=true streaming progress', async () => {
    const feed = feedOf(3);
    const body = feed.map((s) => JSON.stringify(s)).join('\n');
    const dry = await post(admin, '/api/directory/import', body, 'application/x-ndjson');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ committed: false, processed: 3, created: 3, errorCount: 0 });
    expect(await stored(feed.map((s) => s.id))).toBe(0);

    const real = await post(admin, '/api/directory/import?commit=true', body, 'application/x-ndjson', 'application/x-ndjson');
    expect(real.headers['content-type']).toMatch(/application\/x-ndjson/);
    const lines = real.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.at(0)).toMatchObject({ type: 'progress', processed: 3, total: 3, created: 3, errors: 0 });
    expect(lines.at(-1)).toMatchObject({ type: 'report', report: { committed: true, created: 3 } });
    expect(await stored(feed.map((s) => s.id))).toBe(3);
    const [event] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.recordType, 'directory.import'), eq(auditEvents.requestId, real.headers['x-request-id'] as string)),
      )
      .orderBy(desc(auditEvents.occurredAt));
    expect(event?.detail).toMatchObject({ source: 'upload', created: 3, processed: 3 });
  });

  it('answers with the warnings of a location left out, in the report and in the streamed report', async () => {
    const [record] = feedOf(1);
    const sal = record?.service_at_locations[0];
    const badLocation = {
      ...sal,
      id: crypto.randomUUID(),
      location: { ...sal?.location, id: crypto.randomUUID(), latitude: -91 },
    };
    const body = JSON.stringify([{ ...record, service_at_locations: [sal, badLocation] }]);
    const dry = await post(admin, '/api/directory/import', body, 'application/json');
    expect(dry.json()).toMatchObject({ created: 1, errorCount: 0, warningCount: 1 });
    expect(dry.json().warnings).toEqual([
      expect.objectContaining({ index: 0, id: record?.id, path: 'service_at_locations.1.location.latitude' }),
    ]);
    const streamed = await post(admin, '/api/directory/import', body, 'application/json', 'application/x-ndjson');
    const lines = streamed.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.at(0)).toMatchObject({ type: 'progress', warnings: 1 });
    expect(lines.at(-1).report.warnings[0].message).toContain(badLocation.location.id);
  });

  it('takes a JSON file upload larger than the API’s usual 1 MB limit', async () => {
    const feed = feedOf(1);
    const padded = { contents: feed, padding: 'x'.repeat(1_200_000) };
    const response = await post(admin, '/api/directory/import', JSON.stringify(padded), 'application/json');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ processed: 1, created: 1 });
  });

  it('imports from a feed URL given as { url }', async () => {
    const source = await createOrukTestService(db(), { latitude: 51.5, longitude: -0.1 });
    const feedApp = await buildTestApp();
    await feedApp.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = feedApp.server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/openreferral?organization_id=${source.organizationId}`;
      const response = await post(admin, '/api/directory/import', JSON.stringify({ url }), 'application/json');
      expect(response.json()).toMatchObject({ committed: false, processed: 1, unchanged: 1 });
    } finally {
      await feedApp.close();
    }
  });

  it('names the url when the feed cannot be read, and the file when it is not a feed', async () => {
    const badUrl = await post(
      admin,
      '/api/directory/import',
      JSON.stringify({ url: 'ftp://example.org/feed' }),
      'application/json',
    );
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().issues[0].path).toBe('url');
    const unreachable = await post(
      admin,
      '/api/directory/import',
      JSON.stringify({ url: 'http://127.0.0.1:1/feed' }),
      'application/json',
    );
    expect(unreachable.statusCode).toBe(400);
    expect(unreachable.json().issues[0].path).toBe('url');
    const notAFeed = await post(admin, '/api/directory/import', JSON.stringify({ hello: 'world' }), 'application/json');
    expect(notAFeed.statusCode).toBe(400);
    expect(notAFeed.json().issues[0].path).toBe('file');
  });

  it('is for admins only', async () => {
    const response = await post(linkWorker, '/api/directory/import', JSON.stringify(feedOf(1)), 'application/json');
    expect(response.statusCode).toBe(403);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/directory/import',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(feedOf(1)),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
