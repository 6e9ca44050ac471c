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
    expect(parsed.schedules?.[0]).toMatchObject({ freq: 'WEEKLY', interval: 2, opens_at: '09:30', closes_at: '11:00' });
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
