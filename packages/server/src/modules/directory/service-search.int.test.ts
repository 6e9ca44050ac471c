import type { ServiceSearchPage } from '@kith/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTenant, createTestUser, type SignedIn, signIn } from '../../../test/tenant-test-data.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import type { KithApp } from '../../app.ts';
import {
  createTestDirectoryService,
  createTestPostcode,
  createTestTerm,
  randomPostcode,
  randomWord,
} from './directory-test-data.ts';

/** Degrees of latitude per kilometre (great circle on the mean Earth radius). */
const KM = 1 / 111.195;

describe('directory search', () => {
  let app: KithApp;
  let worker: SignedIn;
  const db = () => app.kith.database.db;

  beforeAll(async () => {
    app = await buildTestApp();
    const tenant = await createTestTenant(db());
    worker = await signIn(app, await createTestUser(db(), [{ organisationId: tenant.pcn, role: 'link_worker' }]));
  });
  afterAll(() => app.close());

  const search = async (query: Record<string, string | number | boolean>) => {
    const response = await app.inject({
      url: '/api/directory/services',
      query: stringify(query),
      headers: { cookie: worker.cookie },
    });
    return response;
  };
  const found = async (query: Record<string, string | number | boolean>): Promise<ServiceSearchPage> => {
    const response = await search(query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** A random point in England, so each test's services are far from other tests'. */
  const randomCentre = () => ({ latitude: 51 + Math.random() * 2.5, longitude: -2.5 + Math.random() * 2.5 });
  const at = (name: string, latitude: number, longitude: number) => ({ name, latitude, longitude });

  it('near a postcode returns the services within the radius, nearest first, measured to their nearest location', async () => {
    const centre = randomCentre();
    const postcode = await createTestPostcode(db(), centre.latitude, centre.longitude);
    const need = await createTestTerm(db());
    const north = (km: number) => centre.latitude + km * KM;
    const far = await createTestDirectoryService(db(), {
      termIds: [need],
      locations: [at('Far hall', north(6), centre.longitude)],
    });
    const near = await createTestDirectoryService(db(), {
      termIds: [need],
      locations: [at('Near hall', north(1), centre.longitude)],
    });
    const twoSites = await createTestDirectoryService(db(), {
      termIds: [need],
      locations: [at('Outer site', north(8), centre.longitude), at('Inner site', north(-3), centre.longitude)],
    });
    await createTestDirectoryService(db(), { termIds: [need], locations: [at('Beyond', north(15), centre.longitude)] });
    await createTestDirectoryService(db(), { termIds: [need], locations: [] });

    const page = await found({ postcode: postcode.replace(' ', '').toLowerCase(), radiusKm: 10, need });

    expect(page.items.map((s) => s.id)).toEqual([near.id, twoSites.id, far.id]);
    expect(page.total).toBe(3);
    const [first, second, third] = page.items;
    expect(first?.distanceMetres).toBeGreaterThan(990);
    expect(first?.distanceMetres).toBeLessThan(1010);
    expect(second?.distanceMetres).toBeGreaterThan(2970);
    expect(second?.distanceMetres).toBeLessThan(3030);
    expect(second?.nearestLocation?.name).toBe('Inner site');
    expect(third?.distanceMetres).toBeGreaterThan(5940);
  });

  it('ranks a stale service below an equally relevant fresh one, and flags it', async () => {
    const word = randomWord();
    const same = { name: `Befriending ${word}`, description: `Weekly visits and calls ${word}` };
    const longAgo = new Date(Date.now() - 2 * 365 * 24 * 3600 * 1000);
    const stale = await createTestDirectoryService(db(), { ...same, lastVerifiedAt: longAgo });
    const fresh = await createTestDirectoryService(db(), { ...same });
    const neverVerified = await createTestDirectoryService(db(), { ...same, lastVerifiedAt: null });

    const page = await found({ q: word });

    expect(page.items[0]?.id).toBe(fresh.id);
    expect(page.items.map((s) => s.id).sort()).toEqual([stale.id, fresh.id, neverVerified.id].sort());
    expect(page.items.find((s) => s.id === fresh.id)?.stale).toBe(false);
    expect(page.items.find((s) => s.id === stale.id)?.stale).toBe(true);
    expect(page.items.find((s) => s.id === neverVerified.id)?.stale).toBe(true);
  });

  it('ranks by relevance × distance: "food bank" puts a food bank, then a pantry filed under food, above a gardening project', async () => {
    const centre = randomCentre();
    const postcode = await createTestPostcode(db(), centre.latitude, centre.longitude);
    const north = (km: number) => centre.latitude + km * KM;
    const need = await createTestTerm(db());
    const food = await createTestTerm(db(), { name: `Food banks and pantries ${randomWord()}` });
    // Alphabetically the garden comes first, and it is the nearest: relevance has to win.
    const garden = await createTestDirectoryService(db(), {
      name: 'Allotment Gardening Project',
      description: 'Growing food and flowers in the community garden.',
      termIds: [need],
      locations: [at('Allotments', north(1), centre.longitude)],
    });
    const pantry = await createTestDirectoryService(db(), {
      name: 'Community Pantry',
      description: 'Low-cost food and household essentials every week.',
      termIds: [need, food],
      locations: [at('Pantry', north(2), centre.longitude)],
    });
    const foodBank = await createTestDirectoryService(db(), {
      name: 'Westside Food Bank',
      description: 'Emergency food parcels, with advice on benefits and debt.',
      termIds: [need],
      locations: [at('Food bank hall', north(3), centre.longitude)],
    });
    const expected = [foodBank.id, pantry.id, garden.id];

    expect((await found({ q: 'food bank', need })).items.map((s) => s.id)).toEqual(expected);
    expect((await found({ q: 'food bank', need, postcode, radiusKm: 10 })).items.map((s) => s.id)).toEqual(expected);
    expect((await found({ q: 'Food Bank', need })).items.map((s) => s.id)).toEqual(expected);
  });

  it('a need includes its child and grandchild terms, and returns the service’s terms', async () => {
    const parent = await createTestTerm(db());
    const child = await createTestTerm(db(), { parentId: parent });
    const grandchild = await createTestTerm(db(), { parentId: child });
    const unrelated = await createTestTerm(db());
    const service = await createTestDirectoryService(db(), { termIds: [grandchild] });

    expect((await found({ need: parent })).items.map((s) => s.id)).toEqual([service.id]);
    expect((await found({ need: `${unrelated},${child}` })).items.map((s) => s.id)).toEqual([service.id]);
    expect((await found({ need: unrelated })).items).toEqual([]);
    expect((await found({ need: grandchild })).items[0]?.terms.map((t) => t.id)).toEqual([grandchild]);
  });

  it('tolerates typos: "gardning" finds a gardening group', async () => {
    const need = await createTestTerm(db());
    const garden = await createTestDirectoryService(db(), {
      name: 'Community gardening club',
      description: 'Grow vegetables with neighbours',
      termIds: [need],
    });
    await createTestDirectoryService(db(), { name: 'Debt advice drop-in', termIds: [need] });

    expect((await found({ q: 'gardning', need })).items.map((s) => s.id)).toEqual([garden.id]);
    expect((await found({ q: 'gardening', need })).items.map((s) => s.id)).toEqual([garden.id]);
    const word = randomWord();
    const misspelt = `${word.slice(0, 4)}${word.slice(5)}`;
    const unique = await createTestDirectoryService(db(), { name: `Walking group ${word}` });
    expect((await found({ q: misspelt })).items.map((s) => s.id)).toContain(unique.id);
  });

  it('an unknown or malformed postcode is a 400 naming postcode', async () => {
    for (const postcode of [randomPostcode(), 'NOT A POSTCODE']) {
      const response = await search({ postcode });
      expect(response.statusCode).toBe(400);
      expect(response.json().issues.map((i: { path: string }) => i.path)).toEqual(['postcode']);
    }
  });

  it('never returns archived or defunct services', async () => {
    const word = randomWord();
    const need = await createTestTerm(db());
    const live = await createTestDirectoryService(db(), { name: `Choir ${word}`, termIds: [need] });
    await createTestDirectoryService(db(), { name: `Choir ${word}`, termIds: [need], archived: true });
    await createTestDirectoryService(db(), { name: `Choir ${word}`, termIds: [need], status: 'defunct' });

    expect((await found({ q: word })).items.map((s) => s.id)).toEqual([live.id]);
    expect((await found({ need })).items.map((s) => s.id)).toEqual([live.id]);
  });

  it('filters by age, day and time, openness to referrals, waiting time and cost', async () => {
    const need = await createTestTerm(db());
    const base = { termIds: [need] };
    const tuesdayMorning = {
      name: 'Hall',
      latitude: 52,
      longitude: -1,
      schedules: [{ byday: ['TU' as const], opensAt: '09:00', closesAt: '12:00' }],
    };
    const ideal = await createTestDirectoryService(db(), {
      ...base,
      minimumAge: 18,
      maximumAge: 65,
      typicalWaitDays: 7,
      locations: [tuesdayMorning],
      costOptions: [{ option: 'Free', amount: 0 }],
    });
    const tooYoung = await createTestDirectoryService(db(), {
      ...base,
      minimumAge: 50,
      typicalWaitDays: 7,
      locations: [tuesdayMorning],
    });
    const closed = await createTestDirectoryService(db(), {
      ...base,
      capacityStatus: 'closed',
      typicalWaitDays: 7,
      locations: [tuesdayMorning],
    });
    const slow = await createTestDirectoryService(db(), { ...base, typicalWaitDays: 60, locations: [tuesdayMorning] });
    const unknownWait = await createTestDirectoryService(db(), { ...base, locations: [tuesdayMorning] });
    const paid = await createTestDirectoryService(db(), {
      ...base,
      typicalWaitDays: 7,
      locations: [tuesdayMorning],
      costOptions: [{ option: 'Per session', amount: 4.5 }],
    });
    const ids = async (query: Record<string, string | number | boolean>) =>
      (await found({ need, pageSize: 100, ...query })).items.map((s) => s.id).sort();
    const all = [ideal, tooYoung, closed, slow, unknownWait, paid].map((s) => s.id);

    expect(await ids({ age: 30 })).toEqual(all.filter((id) => id !== tooYoung.id).sort());
    expect(await ids({ openToReferrals: 'true' })).toEqual(all.filter((id) => id !== closed.id).sort());
    expect(await ids({ maxWaitDays: 14 })).toEqual([ideal.id, tooYoung.id, closed.id, paid.id].sort());
    expect(await ids({ freeOnly: 'true' })).toEqual(all.filter((id) => id !== paid.id).sort());
    expect(await ids({ day: 'TU' })).toEqual([...all].sort());
    expect(await ids({ day: 'TU', time: '11:59' })).toEqual([...all].sort());
    expect(await ids({ day: 'TU', time: '12:00' })).toEqual([]);
    expect(await ids({ day: 'WE' })).toEqual([]);
    expect(await ids({ age: 30, openToReferrals: 'true', maxWaitDays: 14, freeOnly: 'true', day: 'TU', time: '10:00' })).toEqual([
      ideal.id,
    ]);
    const page = await found({ need, freeOnly: 'true', age: 30, maxWaitDays: 14, openToReferrals: 'true' });
    expect(page.items[0]?.free).toBe(true);
  });

  it('pages results with the total of all matches', async () => {
    const need = await createTestTerm(db());
    for (let i = 0; i < 5; i += 1) await createTestDirectoryService(db(), { termIds: [need] });

    const second = await found({ need, pageSize: 2, page: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(2);
    const beyond = await found({ need, pageSize: 2, page: 9 });
    expect(beyond).toMatchObject({ total: 5, items: [] });
  });

  it('refuses a caller who is not signed in', async () => {
    const response = await app.inject({ url: '/api/directory/services' });
    expect(response.statusCode).toBe(401);
  });
});

function stringify(query: Record<string, string | number | boolean>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)]));
}
