import { describe, expect, it } from 'vitest';
import { compact, derivedUuid } from '../feed/oruk-json.ts';
import { orukPage } from '../feed/oruk-query.ts';
import { FeedService } from './oruk-feed-schemas.ts';
import { planService } from './oruk-import-plan.ts';

const ORG = { id: '0b0e2b1c-5b1a-4a4e-9a43-1c3f1f0f0a01', name: 'Friends of the Park' };

describe('reading ORUK feed records leniently', () => {
  it('takes numbers written as text, null for absent, upper-case statuses and times with seconds', () => {
    const parsed = FeedService.parse({
      id: 'AC148810-D857-441C-9679-408F346DE14B',
      name: 'Walking group',
      status: ' Temporarily Closed ',
      organization: ORG,
      minimum_age: '18',
      maximum_age: null,
      email: '',
      schedules: [{ freq: 'weekly', interval: '2', opens_at: '09:30:00', closes_at: '11:00Z' }],
    });
    expect(parsed).toMatchObject({ id: 'ac148810-d857-441c-9679-408f346de14b', status: 'temporarily closed', minimum_age: 18 });
    expect(parsed.maximum_age).toBeUndefined();
    expect(parsed.email).toBeUndefined();
    // Seconds are kept as given; a zone suffix is cut (Kith keeps local opening times).
    expect(parsed.schedules?.[0]).toMatchObject({ freq: 'WEEKLY', interval: 2, opens_at: '09:30:00', closes_at: '11:00' });
  });

  it('names each field it cannot take', () => {
    const result = FeedService.safeParse({
      id: 'not-a-uuid',
      status: 'open',
      phones: [{ id: 'p1' }],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['id', 'name', 'status', 'phones.0.number', 'organization_id']));
  });

  it('refuses a line that is not a service object without failing', () => {
    for (const value of [null, 5, 'text', []]) expect(FeedService.safeParse(value).success).toBe(false);
  });

  it('gives child records without a UUID a stable derived one', () => {
    const record = FeedService.parse({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Choir',
      status: 'active',
      organization_id: ORG.id,
      phones: [{ id: 17, number: '0113 496 0000' }, { number: '0113 496 0001' }],
    });
    const first = planService(record, 0).children.phones.map((p) => p.id);
    const again = planService(record, 0).children.phones.map((p) => p.id);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(2);
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('planning a record', () => {
  const salId = '7d3f4c1e-2b6a-4d8e-9f10-aa0000000001';
  const location = { id: '7d3f4c1e-2b6a-4d8e-9f10-aa0000000002', location_type: 'physical', name: 'Hall' };
  const schedule = { id: '7d3f4c1e-2b6a-4d8e-9f10-aa0000000003', byday: 'MO', service_at_location_id: salId };
  const contact = { id: '7d3f4c1e-2b6a-4d8e-9f10-aa0000000004', name: 'Ali', service_at_location_id: salId };

  it('links a schedule or contact listed on the service to the service-at-location it names, once', () => {
    const record = FeedService.parse({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Choir',
      status: 'active',
      organization_id: ORG.id,
      service_at_locations: [{ id: salId, location, schedules: [schedule], contacts: [contact] }],
      schedules: [schedule],
      contacts: [contact],
    });
    const plan = planService(record, 0);
    expect(plan.children.schedules).toEqual([expect.objectContaining({ id: schedule.id, serviceAtLocationId: salId })]);
    expect(plan.children.contacts).toEqual([expect.objectContaining({ id: contact.id, serviceAtLocationId: salId })]);
  });

  it('marks only the lists a record carries as present (absent is not empty)', () => {
    const listed = FeedService.parse({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Choir',
      status: 'active',
      organization: ORG,
    });
    expect([...planService(listed, 0).present]).toEqual([]);
    const withPhones = FeedService.parse({ ...listed, organization: ORG, phones: [] });
    expect([...planService(withPhones, 0).present]).toEqual(['phones']);
  });
});

describe('ORUK output helpers', () => {
  it('compact leaves out null and undefined but keeps false, zero and empty lists', () => {
    expect(compact({ a: null, b: undefined, c: false, d: 0, e: [], f: 'x' })).toEqual({ c: false, d: 0, e: [], f: 'x' });
  });

  it('derivedUuid is stable per name and differs between names', () => {
    expect(derivedUuid('a')).toBe(derivedUuid('a'));
    expect(derivedUuid('a')).not.toBe(derivedUuid('b'));
  });

  it('orukPage describes the first, middle, last and an empty page', () => {
    expect(orukPage([1, 2], 5, 1, 2)).toMatchObject({ total_pages: 3, first_page: true, last_page: false, empty: false });
    expect(orukPage([5], 5, 3, 2)).toMatchObject({ first_page: false, last_page: true });
    expect(orukPage([], 0, 1, 50)).toEqual({
      total_items: 0,
      total_pages: 0,
      page_number: 1,
      size: 0,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    });
  });
});
