import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import {
  directoryLocations,
  directorySchedules,
  directoryServiceAtLocations,
  directoryServices,
} from '../../../db/schema/index.ts';
import {
  createOrukTestService,
  createTestPostcode,
  createTestTaxonomyTerm,
  type TestService,
  uniqueWord,
} from '../oruk-test-data.ts';

/**
 * `/service_at_locations` honours every parameter the UK profile lists for it (search, page,
 * per_page, taxonomy_term_id, taxonomy_id, minimum_age, maximum_age, start_time, end_time, day,
 * postcode, proximity) with the /services meanings, and refuses a malformed value naming it. All
 * rows are in one organisation (organization_id scopes the totals, the directory being global).
 */
describe('ORUK /service_at_locations parameters', () => {
  let app: KithApp;
  // children: 5–11, term A, Mondays 09:00–12:00 (the service's own timetable), ~110 m from the centre
  let children: TestService;
  // adults: 18+, term B, Saturdays 10:00:00–16:00:00 (at its location), ~55 km away
  let adults: TestService;
  // twoPlaces: Tuesdays 09:00–11:00 at the first place (~1.1 km), Thursdays 14:00–17:00 at a second (~2.2 km)
  let twoPlaces: TestService;
  let secondPlace: { serviceAtLocationId: string; locationId: string };
  // bare: nothing known, not located
  let bare: TestService;
  let termA: { taxonomyId: string; termId: string };
  let termB: { taxonomyId: string; termId: string };
  let postcode: string;
  const db = () => app.kith.database.db;
  const get = (query: string) =>
    app.inject({ method: 'GET', url: `/openreferral/service_at_locations?organization_id=${children.organizationId}&${query}` });
  const ids = async (query: string) => {
    const response = await get(query);
    expect(response.statusCode, query).toBe(200);
    const page = response.json();
    expect(page.total_items, query).toBe(page.contents.length);
    return page.contents.map((sal: { id: string }) => sal.id).sort();
  };
  const only = (...sals: { serviceAtLocationId: string }[]) => sals.map((s) => s.serviceAtLocationId).sort();
  const all = () => only(children, adults, twoPlaces, secondPlace, bare);

  beforeAll(async () => {
    app = await buildTestApp();
    termA = await createTestTaxonomyTerm(db());
    termB = await createTestTaxonomyTerm(db());
    const latitude = 50 + Math.random() * 5;
    const longitude = -4 + Math.random() * 4;
    postcode = await createTestPostcode(db(), latitude, longitude);
    children = await createOrukTestService(db(), { bare: true, termId: termA.termId, latitude: latitude + 0.001, longitude });
    const organizationId = children.organizationId;
    adults = await createOrukTestService(db(), {
      organizationId,
      bare: true,
      termId: termB.termId,
      latitude: latitude + 0.5,
      longitude,
    });
    twoPlaces = await createOrukTestService(db(), {
      organizationId,
      bare: true,
      name: uniqueWord('Lantern club '),
      latitude: latitude + 0.01,
      longitude,
    });
    bare = await createOrukTestService(db(), { organizationId, bare: true });
    secondPlace = { serviceAtLocationId: crypto.randomUUID(), locationId: crypto.randomUUID() };
    await db()
      .insert(directoryLocations)
      .values({ id: secondPlace.locationId, name: 'Second place', latitude: latitude - 0.02, longitude });
    await db()
      .insert(directoryServiceAtLocations)
      .values({ id: secondPlace.serviceAtLocationId, serviceId: twoPlaces.id, locationId: secondPlace.locationId });
    await db().update(directoryServices).set({ minimumAge: 5, maximumAge: 11 }).where(eq(directoryServices.id, children.id));
    await db().update(directoryServices).set({ minimumAge: 18 }).where(eq(directoryServices.id, adults.id));
    const weekly = { freq: 'WEEKLY', interval: 1 };
    await db()
      .insert(directorySchedules)
      .values([
        { ...weekly, id: crypto.randomUUID(), serviceId: children.id, byday: 'MO', opensAt: '09:00', closesAt: '12:00' },
        {
          ...weekly,
          id: crypto.randomUUID(),
          locationId: adults.locationId,
          byday: 'SA',
          opensAt: '10:00:00',
          closesAt: '16:00:00',
        },
        {
          ...weekly,
          id: crypto.randomUUID(),
          serviceId: twoPlaces.id,
          serviceAtLocationId: twoPlaces.serviceAtLocationId,
          byday: 'TU',
          opensAt: '09:00',
          closesAt: '11:00',
        },
        {
          ...weekly,
          id: crypto.randomUUID(),
          serviceId: twoPlaces.id,
          locationId: secondPlace.locationId,
          byday: 'TH',
          opensAt: '14:00',
          closesAt: '17:00',
        },
      ]);
  });
  afterAll(() => app.close());

  it('lists every service at a location when no filter is given', async () => {
    expect(await ids('')).toEqual(all());
  });

  it('filters by words and by taxonomy term or taxonomy', async () => {
    expect(await ids(`search=${encodeURIComponent('lantern CLUB')}`)).toEqual(only(twoPlaces, secondPlace));
    expect(await ids(`taxonomy_term_id=${termA.termId}`)).toEqual(only(children));
    expect(await ids(`taxonomy_id=${termB.taxonomyId}`)).toEqual(only(adults));
    expect(await ids(`taxonomy_id=${crypto.randomUUID()}`)).toEqual([]);
  });

  it('filters by the service ages as /services does', async () => {
    expect(await ids('minimum_age=10')).toEqual(only(adults));
    expect(await ids('maximum_age=11')).toEqual(only(children));
    expect(await ids('minimum_age=5&maximum_age=11')).toEqual(only(children));
  });

  it('filters by day and times on the schedules that apply at each place', async () => {
    expect(await ids('day=MO')).toEqual(only(children));
    expect(await ids('day=SA')).toEqual(only(adults));
    // The same service opens on different days at its two places: each place answers for itself.
    expect(await ids('day=tuesday')).toEqual(only(twoPlaces));
    expect(await ids('day=TH')).toEqual(only(secondPlace));
    expect(await ids('start_time=10:00')).toEqual(only(adults, secondPlace));
    expect(await ids('end_time=11:00')).toEqual(only(twoPlaces));
    expect(await ids('day=TH&end_time=16:00')).toEqual([]);
    expect(await ids('day=&start_time=&end_time=')).toEqual(all());
  });

  it('keeps located places near a postcode, nearest first, within the proximity', async () => {
    const near = (await get(`postcode=${encodeURIComponent(postcode)}`)).json();
    expect(near.contents.map((c: { id: string }) => c.id)).toEqual([
      children.serviceAtLocationId,
      twoPlaces.serviceAtLocationId,
      secondPlace.serviceAtLocationId,
      adults.serviceAtLocationId,
    ]);
    const within = (await get(`postcode=${encodeURIComponent(postcode)}&proximity=2000`)).json();
    expect(within.contents.map((c: { id: string }) => c.id)).toEqual([
      children.serviceAtLocationId,
      twoPlaces.serviceAtLocationId,
    ]);
    expect(within.total_items).toBe(2);
  });

  it('pages by page and per_page', async () => {
    const first = (await get('per_page=2')).json();
    expect(first).toMatchObject({ total_items: 5, total_pages: 3, page_number: 1, size: 2, last_page: false });
    const last = (await get('per_page=2&page=3')).json();
    expect(last).toMatchObject({ total_items: 5, page_number: 3, size: 1, last_page: true });
  });

  it('filters by modification time on the published last_modified', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    expect(await ids(`modified_after=${encodeURIComponent(future)}`)).toEqual([]);
    await db()
      .update(directoryServices)
      .set({ sourceLastModified: new Date(Date.now() + 120_000) })
      .where(eq(directoryServices.id, bare.id));
    expect(await ids(`modified_after=${encodeURIComponent(future)}`)).toEqual(only(bare));
  });

  it('publishes the parameters in the OpenAPI document', async () => {
    const response = await app.inject({ url: '/api/docs/json' });
    const names = response.json().paths['/openreferral/service_at_locations'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'search',
        'page',
        'per_page',
        'taxonomy_term_id',
        'taxonomy_id',
        'minimum_age',
        'maximum_age',
        'start_time',
        'end_time',
        'day',
        'postcode',
        'proximity',
      ]),
    );
  });

  it('refuses a malformed value with a 400 naming the parameter', async () => {
    const bad = [
      ['search', 'x'.repeat(201)],
      ['page', '0'],
      ['page', 'two'],
      ['per_page', '501'],
      ['per_page', 'lots'],
      ['taxonomy_term_id', 'not-a-uuid'],
      ['taxonomy_id', '123'],
      ['minimum_age', 'abc'],
      ['maximum_age', '-1'],
      ['start_time', '25:00'],
      ['end_time', '9am'],
      ['day', 'Funday'],
      ['postcode', 'nowhere'],
      ['proximity', 'far'],
      ['proximity', '-5'],
      ['proximity', '0'],
      ['modified_after', 'yesterday'],
    ];
    for (const [name, value] of bad) {
      // A proximity is only read with a postcode, so it is given one.
      const place = name === 'proximity' ? `postcode=${encodeURIComponent(postcode)}&` : '';
      const response = await get(`${place}${name}=${encodeURIComponent(value ?? '')}`);
      expect(response.statusCode, `${name}=${value}`).toBe(400);
      expect(response.json().issues[0].path, `${name}=${value}`).toBe(name);
      expect(response.headers['access-control-allow-origin']).toBe('*');
    }
  });
});
