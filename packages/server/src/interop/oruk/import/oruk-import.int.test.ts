import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OrukImportProgress } from '@kith/shared';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { auditEvents, directoryPhones, directoryServices } from '../../../db/schema/index.ts';
import { createTestDirectoryService, createTestTerm } from '../../../modules/directory/directory-test-data.ts';
import { anyUuid } from '../feed/oruk-json.ts';
import {
  createOrukTestService,
  createTestTaxonomyTerm,
  type FeedServiceRecord,
  feedService,
  uniqueWord,
} from '../oruk-test-data.ts';
import { runOrukImport } from './oruk-cli.ts';
import { importOrukFeed } from './oruk-import-service.ts';
import { serveFeed } from './oruk-test-feed-server.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'kith-oruk-'));
function fileWith(name: string, text: string): string {
  const file = path.join(folder, `${crypto.randomUUID()}-${name}`);
  writeFileSync(file, text);
  return file;
}

/** A feed of fresh services from one new organisation, with one fresh term. */
function newFeed(count: number): FeedServiceRecord[] {
  const organization = { id: crypto.randomUUID(), name: uniqueWord('Feed org ') };
  const term = { id: crypto.randomUUID(), taxonomyId: crypto.randomUUID() };
  return Array.from({ length: count }, () => feedService(organization, term));
}

describe('importing an Open Referral UK 3.0 feed', () => {
  let app: KithApp;
  const db = () => app.kith.database.db;
  const get = async (url: string) => (await app.inject({ method: 'GET', url })).json();
  const storedCount = async (ids: string[]) =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(directoryServices).where(anyUuid(directoryServices.id, ids)))[0]
      ?.n;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('imports a paged JSON file, reporting a bad record by index and field and importing the rest', async () => {
    const feed = newFeed(3);
    const bad = {
      ...feedService({ id: crypto.randomUUID(), name: 'Org' }, { id: crypto.randomUUID(), taxonomyId: crypto.randomUUID() }),
      status: 'open',
    };
    const file = fileWith('page.json', JSON.stringify({ total_items: 4, contents: [feed[0], bad, feed[1], feed[2]] }));
    const progress: OrukImportProgress[] = [];
    const report = await importOrukFeed(
      db(),
      null,
      { file },
      { commit: true, batchSize: 2, onProgress: (p) => progress.push(p) },
    );
    expect(report).toMatchObject({ committed: true, processed: 4, created: 3, updated: 0, unchanged: 0, errorCount: 1 });
    expect(report.errors).toEqual([{ index: 1, id: bad.id, path: 'status', message: expect.stringContaining('active') }]);
    expect(progress.map((p) => p.processed)).toEqual([2, 4]);
    expect(progress.at(-1)).toMatchObject({ total: 4, created: 3, errors: 1 });
    expect(await storedCount([bad.id])).toBe(0);

    const service = await get(`/openreferral/services/${feed[0]?.id}`);
    expect(service).toMatchObject({
      name: feed[0]?.name,
      organization: { id: feed[0]?.organization.id, website: 'https://feed.example' },
      minimum_age: 16,
    });
    expect(service.service_at_locations[0].location.addresses[0].postal_code).toBe('LS1 5HD');
    expect(service.service_at_locations[0].location.accessibility[0].description).toBe('Hearing loop');
    expect(service.service_at_locations[0].schedules[0]).toMatchObject({ byday: 'TU', opens_at: '10:00:00' });
    expect(service.contacts[0].phones[0].number).toBe('0113 496 0100');
    expect(service.phones).toHaveLength(2);
    expect(service.attributes[0].taxonomy_term.taxonomy_detail.id).toBe(feed[0]?.attributes[0]?.taxonomy_term.taxonomy_id);
    const [row] = await db()
      .select()
      .from(directoryServices)
      .where(eq(directoryServices.id, feed[0]?.id ?? ''));
    expect(row).toMatchObject({ referralRoute: 'signpost', capacityStatus: 'open', archivedAt: null });
  });

  it('refuses a record whose web address is not http(s), naming the path, and imports the rest', async () => {
    const [good, scriptUrl, dataWebsite] = newFeed(3) as [FeedServiceRecord, FeedServiceRecord, FeedServiceRecord];
    const records = [
      good,
      { ...scriptUrl, url: 'javascript:alert(document.cookie)' },
      { ...dataWebsite, organization: { ...dataWebsite.organization, website: 'data:text/html,<script>alert(1)</script>' } },
    ];
    const file = fileWith('urls.json', JSON.stringify({ total_items: 3, contents: records }));
    const report = await importOrukFeed(db(), null, { file }, { commit: true, batchSize: 10, onProgress: () => {} });
    expect(report).toMatchObject({ processed: 3, created: 1, errorCount: 2 });
    expect(report.errors).toEqual([
      expect.objectContaining({ index: 1, path: 'url' }),
      expect.objectContaining({ index: 2, path: 'organization.website' }),
    ]);
    expect(await storedCount([scriptUrl.id, dataWebsite.id])).toBe(0);
    const feed = JSON.stringify(await get(`/openreferral/services/${good.id}`));
    expect(feed).not.toMatch(/javascript:|data:text|vbscript:/i);
  });

  it('streams an NDJSON file line by line, naming unreadable lines and missing fields', async () => {
    const feed = newFeed(2);
    const noName = { ...newFeed(1)[0], name: undefined };
    const lines = [JSON.stringify(feed[0]), '{not json', JSON.stringify(noName), JSON.stringify(feed[1])];
    const file = fileWith('feed.ndjson', `${lines.join('\n')}\n`);
    const report = await importOrukFeed(db(), null, file, { commit: true });
    expect(report).toMatchObject({ processed: 4, created: 2, errorCount: 2 });
    expect(report.errors).toEqual([
      { index: 1, path: '', message: 'This line is not valid JSON' },
      { index: 2, id: noName.id, path: 'name', message: 'A service needs a name' },
    ]);
    expect(await storedCount(feed.map((s) => s.id))).toBe(2);
  });

  it('the command prints each rejected record and a summary line', async () => {
    const [good] = newFeed(1) as [FeedServiceRecord];
    const file = fileWith('cli.ndjson', [JSON.stringify(good), JSON.stringify({ ...good, id: 'nope' })].join('\n'));
    const lines: string[] = [];
    const report = await runOrukImport(
      db(),
      { file },
      { commit: false, onProgress: () => {}, print: (line) => lines.push(line) },
    );
    expect(report.errorCount).toBe(1);
    expect(lines).toEqual([
      'record 2 (nope), id: Must be a UUID',
      '2 services read: 1 new, 0 changed, 0 unchanged, 1 problems. Dry run: nothing written. Add --commit to import.',
    ]);
  });

  it('a dry run checks and counts but writes nothing', async () => {
    const feed = newFeed(3);
    const auditsBefore = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(eq(auditEvents.recordType, 'directory.import'));
    const report = await importOrukFeed(db(), null, fileWith('dry.json', JSON.stringify(feed)), { commit: false });
    expect(report).toMatchObject({ committed: false, processed: 3, created: 3, errorCount: 0 });
    expect(await storedCount(feed.map((s) => s.id))).toBe(0);
    expect((await get(`/openreferral/organizations/${feed[0]?.organization.id}`)).error).toBe('not_found');
    const auditsAfter = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(eq(auditEvents.recordType, 'directory.import'));
    expect(auditsAfter).toEqual(auditsBefore);
  });

  it('re-importing updates records by ORUK id, replaces their details and keeps Kith’s own fields', async () => {
    const feed = newFeed(2);
    const [first, second] = feed as [FeedServiceRecord, FeedServiceRecord];
    await importOrukFeed(db(), null, fileWith('v1.json', JSON.stringify(feed)), { commit: true });
    await db()
      .update(directoryServices)
      .set({ capacityStatus: 'closed', referralRoute: 'kith_referral' })
      .where(eq(directoryServices.id, first.id));

    const changed = { ...first, name: `${first.name} renamed`, phones: first.phones.slice(0, 1) };
    const report = await importOrukFeed(db(), null, fileWith('v2.json', JSON.stringify([changed, second])), { commit: true });
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1, errorCount: 0 });
    expect(await storedCount([first.id, second.id])).toBe(2);
    const [row] = await db().select().from(directoryServices).where(eq(directoryServices.id, first.id));
    expect(row).toMatchObject({ name: changed.name, capacityStatus: 'closed', referralRoute: 'kith_referral' });
    const phones = await db()
      .select()
      .from(directoryPhones)
      .where(and(eq(directoryPhones.serviceId, first.id)));
    expect(phones.map((p) => p.number)).toEqual(['0113 496 0101']);
    const service = await get(`/openreferral/services/${first.id}`);
    expect(service.contacts).toHaveLength(1);
    expect(service.service_at_locations).toHaveLength(1);
  });

  it('keeps awkward text exactly: quotes, backslashes, braces, commas and line breaks', async () => {
    const [record] = newFeed(1) as [FeedServiceRecord];
    const awkward = { ...record, description: 'Say "hello", {friends}\\ and\nwelcome, NULL' };
    const file = fileWith('awkward.json', JSON.stringify([awkward]));
    expect((await importOrukFeed(db(), null, file, { commit: true })).created).toBe(1);
    expect((await get(`/openreferral/services/${record.id}`)).description).toBe(awkward.description);
    expect(await importOrukFeed(db(), null, file, { commit: true })).toMatchObject({ unchanged: 1, updated: 0 });
  });

  it('pages through a feed URL, fetching the detail of services listed without it', async () => {
    const feed = newFeed(5);
    const { server, base, detailRequests } = await serveFeed(feed, 2);
    try {
      const progress: OrukImportProgress[] = [];
      const report = await importOrukFeed(
        db(),
        null,
        { url: base },
        { commit: true, batchSize: 2, onProgress: (p) => progress.push(p) },
      );
      expect(report).toMatchObject({ processed: 5, created: 5, errorCount: 0 });
      expect(progress.at(-1)?.total).toBe(5);
      expect(detailRequests.sort()).toEqual(feed.map((s) => s.id).sort());
      expect((await get(`/openreferral/services/${feed[4]?.id}`)).service_at_locations).toHaveLength(1);
    } finally {
      server.close();
    }
  });

  it('round trip: importing Kith’s own /openreferral feed into the same database changes nothing', async () => {
    const term = await createTestTaxonomyTerm(db());
    const first = await createOrukTestService(db(), { termId: term.termId, latitude: 52.1, longitude: -1.2 });
    await createOrukTestService(db(), { organizationId: first.organizationId, termId: term.termId, bare: true });
    // And one written by the directory editor's own detail writer, with every detail it keeps.
    await createTestDirectoryService(db(), {
      organisationId: first.organizationId,
      description: 'Made in the editor',
      fees: '£2',
      minimumAge: 50,
      termIds: [await createTestTerm(db())],
      languages: ['Urdu'],
      serviceAreas: ['Bradford'],
      contacts: [{ name: 'Ali', email: 'ali@example.org', phone: '01274 000000' }],
      costOptions: [{ option: 'Per visit', amount: 3 }],
      locations: [
        {
          name: 'Mosque hall',
          address1: '5 Mill Lane',
          city: 'Bradford',
          latitude: 53.79,
          longitude: -1.75,
          accessibility: 'Lift',
          schedules: [{ byday: ['TH'], opensAt: '18:00', closesAt: '20:00' }],
        },
      ],
    });
    const exportUrl = `/openreferral/services?organization_id=${first.organizationId}&full=true`;
    const before = await get(exportUrl);

    const feedApp = await buildTestApp();
    await feedApp.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = feedApp.server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}/openreferral?organization_id=${first.organizationId}`;
      const report = await importOrukFeed(db(), null, { url: base }, { commit: true });
      expect(report).toMatchObject({ processed: 3, created: 0, updated: 0, unchanged: 3, errorCount: 0 });
    } finally {
      await feedApp.close();
    }
    expect(await get(exportUrl)).toEqual(before);
  });
});
