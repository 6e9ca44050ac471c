import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../../test/test-app.ts';
import type { KithApp } from '../../../app.ts';
import { directorySchedules, directoryServices } from '../../../db/schema/index.ts';
import { createOrukTestService, type TestService } from '../oruk-test-data.ts';

/**
 * `/services?minimum_age=…&maximum_age=…&day=…&start_time=…&end_time=…` as the UK profile words
 * them (services with a minimum age of at least, a maximum age equal to or below, a day equal to,
 * a start time of at least and an end time equal to or below the value), each service in its own
 * organisation so the totals are exact.
 */
describe('ORUK /services age, day and time filters', () => {
  let app: KithApp;
  // children: 5–11, Mondays and Tuesdays 09:00–12:00 (its own schedule)
  let children: TestService;
  // adults: 18+, Saturdays 10:00–16:00 (at its location, stored with seconds)
  let adults: TestService;
  // evening: no ages, Fridays 18:00–21:00 (the location's own hours), and an expired Sunday
  let evening: TestService;
  // nothing known
  let bare: TestService;
  const db = () => app.kith.database.db;
  const get = (query: string) =>
    app.inject({ method: 'GET', url: `/openreferral/services?organization_id=${children.organizationId}&${query}` });
  const ids = async (query: string) => {
    const response = await get(query);
    expect(response.statusCode, query).toBe(200);
    const page = response.json();
    const found = page.contents.map((s: { id: string }) => s.id).sort();
    expect(page.total_items, query).toBe(found.length);
    return found;
  };
  const only = (...services: TestService[]) => services.map((s) => s.id).sort();

  beforeAll(async () => {
    app = await buildTestApp();
    children = await createOrukTestService(db(), { bare: true });
    const organizationId = children.organizationId;
    adults = await createOrukTestService(db(), { organizationId, bare: true });
    evening = await createOrukTestService(db(), { organizationId, bare: true });
    bare = await createOrukTestService(db(), { organizationId, bare: true });
    await db().update(directoryServices).set({ minimumAge: 5, maximumAge: 11 }).where(eq(directoryServices.id, children.id));
    await db().update(directoryServices).set({ minimumAge: 18 }).where(eq(directoryServices.id, adults.id));
    const schedule = { freq: 'WEEKLY', interval: 1 };
    await db()
      .insert(directorySchedules)
      .values([
        { ...schedule, id: crypto.randomUUID(), serviceId: children.id, byday: 'MO,TU', opensAt: '09:00', closesAt: '12:00' },
        {
          ...schedule,
          id: crypto.randomUUID(),
          serviceId: adults.id,
          serviceAtLocationId: adults.serviceAtLocationId,
          byday: 'SA',
          opensAt: '10:00:00',
          closesAt: '16:00:00',
        },
        {
          ...schedule,
          id: crypto.randomUUID(),
          locationId: evening.locationId,
          byday: 'fr',
          opensAt: '18:00',
          closesAt: '21:00',
        },
        {
          ...schedule,
          id: crypto.randomUUID(),
          locationId: evening.locationId,
          byday: 'SU',
          opensAt: '08:00',
          closesAt: '09:00',
          validTo: '2020-01-31',
        },
      ]);
  });
  afterAll(() => app.close());

  it('lists every service when no filter is given', async () => {
    expect(await ids('')).toEqual(only(children, adults, evening, bare));
  });

  it('keeps services whose minimum age is at least, and maximum age at most, the value', async () => {
    expect(await ids('minimum_age=10')).toEqual(only(adults));
    expect(await ids('minimum_age=5')).toEqual(only(children, adults));
    expect(await ids('minimum_age=0')).toEqual(only(children, adults, evening, bare));
    expect(await ids('maximum_age=11')).toEqual(only(children));
    expect(await ids('maximum_age=10.5')).toEqual([]);
    expect(await ids('minimum_age=5&maximum_age=11')).toEqual(only(children));
  });

  it('keeps services open on the day, from any of their schedules, but not an expired one', async () => {
    expect(await ids('day=MO')).toEqual(only(children));
    expect(await ids('day=tu')).toEqual(only(children));
    expect(await ids('day=Saturday')).toEqual(only(adults));
    expect(await ids('day=FR')).toEqual(only(evening));
    expect(await ids('day=SU')).toEqual([]);
  });

  it('keeps services that open at or after start_time and close by end_time, on the same schedule', async () => {
    expect(await ids('start_time=10:00')).toEqual(only(adults, evening));
    expect(await ids('start_time=10:00:01')).toEqual(only(evening));
    expect(await ids('end_time=16:00')).toEqual(only(children, adults));
    expect(await ids('start_time=09:00&end_time=12:00&day=MO')).toEqual(only(children));
    expect(await ids('day=SA&end_time=12:00')).toEqual([]);
    expect(await ids('day=&start_time=')).toEqual(only(children, adults, evening, bare));
  });

  it('publishes the parameters in the OpenAPI document', async () => {
    const response = await app.inject({ url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const names = response.json().paths['/openreferral/services'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['minimum_age', 'maximum_age', 'start_time', 'end_time', 'day']));
  });

  it('refuses a malformed value with a 400 naming the parameter', async () => {
    const bad = [
      ['minimum_age', 'abc'],
      ['minimum_age', '-1'],
      ['maximum_age', '12years'],
      ['day', 'XX'],
      ['day', 'Funday'],
      ['start_time', '25:00'],
      ['start_time', '9am'],
      ['end_time', '12:60'],
    ];
    for (const [name, value] of bad) {
      const response = await get(`${name}=${encodeURIComponent(value ?? '')}`);
      expect(response.statusCode, `${name}=${value}`).toBe(400);
      expect(response.json().issues[0].path, `${name}=${value}`).toBe(name);
      expect(response.headers['access-control-allow-origin']).toBe('*');
    }
  });
});
