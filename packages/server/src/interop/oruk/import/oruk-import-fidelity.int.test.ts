import { ServiceInput } from '@kith/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import {
  directoryAccessibility,
  directoryContacts,
  directoryOrganisations,
  directoryPhones,
  directorySchedules,
  directoryServiceAtLocations,
  directoryServices,
} from '../../../db/schema/index.ts';
import { replaceServiceDetails } from '../../../modules/directory/service-detail-write-repository.ts';
import { type FeedServiceRecord, feedService, uniqueWord } from '../oruk-test-data.ts';
import { runOrukImport } from './oruk-cli.ts';
import { importOrukFeed } from './oruk-import-service.ts';
import { listedAsUkProfile, serveFeed } from './oruk-test-feed-server.ts';

/** Issue 17: the import never wipes what a source left out, and skips a bad location, not the service. */

function newFeed(count: number): FeedServiceRecord[] {
  const organization = { id: crypto.randomUUID(), name: uniqueWord('Fidelity org ') };
  const term = { id: crypto.randomUUID(), taxonomyId: crypto.randomUUID() };
  return Array.from({ length: count }, () => feedService(organization, term));
}

describe('ORUK import: absent is not empty, and a bad location is skipped', () => {
  let app: KithApp;
  const db = () => app.kith.database.db;
  const importDocument = (document: unknown) => importOrukFeed(db(), null, { document }, { commit: true });
  const countOf = async (serviceId: string) => ({
    serviceAtLocations: (
      await db().select().from(directoryServiceAtLocations).where(eq(directoryServiceAtLocations.serviceId, serviceId))
    ).length,
    schedules: (await db().select().from(directorySchedules).where(eq(directorySchedules.serviceId, serviceId))).length,
    contacts: (await db().select().from(directoryContacts).where(eq(directoryContacts.serviceId, serviceId))).length,
    phones: (await db().select().from(directoryPhones).where(eq(directoryPhones.serviceId, serviceId))).length,
  });

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('a listed record without nested lists updates the service and keeps every stored detail', async () => {
    const [record] = newFeed(1) as [FeedServiceRecord];
    await importDocument(record);
    const before = await countOf(record.id);
    const feedBefore = (await app.inject({ method: 'GET', url: `/openreferral/services/${record.id}` })).json();
    expect(before).toEqual({ serviceAtLocations: 1, schedules: 2, contacts: 1, phones: 2 });

    const listed = { ...listedAsUkProfile(record), name: `${record.name} renamed` };
    const report = await importDocument(listed);
    expect(report).toMatchObject({ updated: 1, errorCount: 0 });
    expect(await countOf(record.id)).toEqual(before);
    const feedAfter = (await app.inject({ method: 'GET', url: `/openreferral/services/${record.id}` })).json();
    expect(feedAfter.name).toBe(listed.name);
    for (const list of ['service_at_locations', 'schedules', 'contacts', 'phones', 'cost_options', 'languages']) {
      expect(feedAfter[list], list).toEqual(feedBefore[list]);
    }
    expect(feedAfter.service_areas).toEqual(feedBefore.service_areas);
    expect(feedAfter.funding).toEqual(feedBefore.funding);
    expect(feedAfter.attributes).toEqual(feedBefore.attributes);
  });

  it('a list that is present replaces only its own kind of detail, even when empty', async () => {
    const [record] = newFeed(1) as [FeedServiceRecord];
    await importDocument(record);
    const report = await importDocument({ ...listedAsUkProfile(record), phones: [] });
    expect(report).toMatchObject({ updated: 1, errorCount: 0 });
    const service = (await app.inject({ method: 'GET', url: `/openreferral/services/${record.id}` })).json();
    expect(service.phones).toEqual([]);
    // The contact's own phone belongs to the contacts, which the record left out.
    expect(service.contacts[0].phones).toHaveLength(1);
    expect(service.service_at_locations).toHaveLength(1);
    // The service's own schedule (its place's is listed on the service too, naming the place).
    expect(service.schedules.filter((s: { service_at_location_id?: string }) => !s.service_at_location_id)).toHaveLength(1);
    expect(service.cost_options).toHaveLength(1);
  });

  it('by URL from a UK-profile feed (no `full`, lists carry the organization) fetches each detail and wipes nothing', async () => {
    const feed = newFeed(3);
    await importOrukFeed(db(), null, { document: feed }, { commit: true });
    const changed = feed.map((r) => ({ ...r, alert: 'Moved to the library' }));
    const missing = changed[2] as FeedServiceRecord;
    const { server, base, detailRequests } = await serveFeed(changed, 2, {
      listing: 'uk-profile',
      withoutDetail: [missing.id],
    });
    try {
      const report = await importOrukFeed(db(), null, { url: base }, { commit: true, batchSize: 2 });
      expect(report).toMatchObject({ processed: 3, updated: 2, errorCount: 1 });
      expect(report.errors).toEqual([{ index: 2, id: missing.id, path: '', message: expect.stringContaining('answered 404') }]);
      expect(detailRequests.sort()).toEqual(changed.map((r) => r.id).sort());
    } finally {
      server.close();
    }
    for (const record of feed) {
      expect(await countOf(record.id)).toEqual({ serviceAtLocations: 1, schedules: 2, contacts: 1, phones: 2 });
    }
    const [row] = await db()
      .select()
      .from(directoryServices)
      .where(eq(directoryServices.id, feed[0]?.id ?? ''));
    expect(row?.alert).toBe('Moved to the library');
  });

  it('a location with an out-of-range latitude is left out with a warning naming service, location and field', async () => {
    const [record] = newFeed(1) as [FeedServiceRecord];
    const good = record.service_at_locations[0];
    const badLocationId = crypto.randomUUID();
    const bad = {
      id: crypto.randomUUID(),
      location: { ...good?.location, id: badLocationId, latitude: 100, longitude: 101, addresses: [], accessibility: [] },
    };
    const withBad = { ...record, service_at_locations: [good, bad] };

    const lines: string[] = [];
    const report = await runOrukImport(
      db(),
      { document: withBad },
      { commit: true, onProgress: () => {}, print: (line) => lines.push(line) },
    );
    // Latitude 100 is out of range; longitude 101 is a real longitude.
    expect(report).toMatchObject({ created: 1, errorCount: 0, warningCount: 1 });
    expect(report.warnings).toEqual([
      {
        index: 0,
        id: record.id,
        path: 'service_at_locations.1.location.latitude',
        message: expect.stringMatching(new RegExp(`${badLocationId}.*${record.id}.*latitude`)),
      },
    ]);
    expect(lines).toContainEqual(
      expect.stringMatching(/^warning: record 1 \(.+\), service_at_locations\.1\.location\.latitude:/),
    );
    expect(lines.at(-1)).toMatch(/0 problems, 1 warning\. Imported\.$/);
    const service = (await app.inject({ method: 'GET', url: `/openreferral/services/${record.id}` })).json();
    expect(service.service_at_locations.map((s: { location_id: string }) => s.location_id)).toEqual([good?.location.id]);
  });

  it('the editor keeps imported accessibility records while the summary stands, and drops them when it changes', async () => {
    const [record] = newFeed(1) as [FeedServiceRecord];
    await importDocument(record);
    const location = record.service_at_locations[0]?.location;
    const records = () =>
      db()
        .select()
        .from(directoryAccessibility)
        .where(eq(directoryAccessibility.locationId, location?.id ?? ''));
    const edit = (accessibility: string) => {
      const input = ServiceInput.parse({
        name: record.name,
        organisationId: record.organization.id,
        locations: [{ id: location?.id, name: 'Community centre', accessibility }],
      });
      const placed = input.locations.map((l) => ({ ...l, latitude: 53.79, longitude: -1.54 }));
      return db().transaction((tx) => replaceServiceDetails(tx, record.id, input, placed));
    };
    expect(await records()).toHaveLength(1);
    await edit('Hearing loop');
    expect(await records()).toHaveLength(1);
    await edit('Ramp at the side door');
    expect(await records()).toEqual([]);
    const service = (await app.inject({ method: 'GET', url: `/openreferral/services/${record.id}` })).json();
    expect(service.service_at_locations[0].location.accessibility[0].description).toBe('Ramp at the side door');
  });

  it('keeps a parent organisation named later in the feed, and warns of one that is nowhere', async () => {
    const parent = { id: crypto.randomUUID(), name: uniqueWord('Parent ') };
    const term = { id: crypto.randomUUID(), taxonomyId: crypto.randomUUID() };
    const child = feedService({ id: crypto.randomUUID(), name: uniqueWord('Child ') }, term);
    const childOrg = { ...child.organization, parent_organization_id: parent.id };
    const orphanOf = crypto.randomUUID();
    const orphan = feedService({ id: crypto.randomUUID(), name: uniqueWord('Orphan ') }, term);
    const records = [
      { ...child, organization: childOrg },
      { ...orphan, organization: { ...orphan.organization, parent_organization_id: orphanOf } },
      feedService(parent, term),
    ];
    const report = await importOrukFeed(db(), null, { document: records }, { commit: true, batchSize: 1 });
    expect(report).toMatchObject({ created: 3, errorCount: 0, warningCount: 1 });
    expect(report.warnings[0]).toMatchObject({
      index: 1,
      id: orphan.id,
      path: 'organization.parent_organization_id',
      message: expect.stringContaining(orphanOf),
    });
    const [linked] = await db().select().from(directoryOrganisations).where(eq(directoryOrganisations.id, childOrg.id));
    expect(linked?.parentOrganizationId).toBe(parent.id);
    const [unlinked] = await db()
      .select()
      .from(directoryOrganisations)
      .where(eq(directoryOrganisations.id, orphan.organization.id));
    expect(unlinked?.parentOrganizationId).toBeNull();
  });
});
