import { describe, expect, it } from 'vitest';
import { FULL_SERVICE, pageOf, SERVICE_AT_LOCATION_LIST_ITEM, SERVICE_LIST_ITEM } from './oruk-response-shapes.ts';
import { checkResponse } from './oruk-schema-checker.ts';

const ids = {
  service: '3f1c2b9e-8a4d-4c1e-9b7a-1d2e3f4a5b6c',
  organization: '0b7c6d5e-4f3a-4b2c-8d1e-0f9a8b7c6d5e',
  sal: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  location: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  address: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  term: '4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a',
  attribute: '5e6f7a8b-9c0d-4e1f-9a2b-3c4d5e6f7a8b',
};

/** A service that meets the profile, with nesting three levels deep. */
function goodService() {
  return {
    id: ids.service,
    name: 'Lunch club',
    status: 'active',
    email: 'hello@example.org',
    url: 'https://example.org/lunch',
    minimum_age: 60,
    last_modified: '2025-03-01T09:30:00.000Z',
    organization: { id: ids.organization, name: 'Friends', description: 'A charity', website: 'https://example.org' },
    service_at_locations: [
      {
        id: ids.sal,
        location: {
          id: ids.location,
          location_type: 'physical',
          latitude: 53.8,
          addresses: [
            {
              id: ids.address,
              address_1: '1 High Street',
              city: 'Leeds',
              state_province: 'West Yorkshire',
              postal_code: 'LS1 4AP',
              country: 'GB',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    attributes: [{ id: ids.attribute, taxonomy_term: { id: ids.term, name: 'Food', description: 'Food help' } }],
    phones: [{ anything: 'goes: the profile removed service.phones' }],
  };
}

const problemsOf = (value: unknown) => checkResponse(value, FULL_SERVICE);

describe('the UK profile checker', () => {
  it('passes a record that meets the profile and records what it checked', () => {
    const visited = new Set<string>();
    expect(checkResponse(goodService(), FULL_SERVICE, { visited })).toEqual([]);
    expect(visited).toContain('service_at_locations[].location.addresses[].postal_code');
    expect(visited).toContain('attributes[].taxonomy_term.name');
  });

  it('fails a missing required field, at any depth', () => {
    const { status: _status, ...noStatus } = goodService();
    expect(problemsOf(noStatus)).toEqual([{ path: '$.status', problem: 'required service field is missing' }]);

    const service = goodService();
    const address = service.service_at_locations[0]?.location.addresses[0] as Record<string, unknown>;
    delete address.postal_code;
    expect(problemsOf(service)).toEqual([
      { path: '$.service_at_locations[0].location.addresses[0].postal_code', problem: 'required address field is missing' },
    ]);

    const term = goodService();
    const termRecord: Record<string, unknown> = term.attributes[0]?.taxonomy_term ?? {};
    delete termRecord.description;
    expect(problemsOf(term).map((p) => p.path)).toEqual(['$.attributes[0].taxonomy_term.description']);
  });

  it('fails a wrong type: string for number, number for string, null, object for array', () => {
    const service = { ...goodService(), minimum_age: '60', name: 42, alert: null, attributes: {} };
    expect(problemsOf(service)).toEqual([
      { path: '$.name', problem: 'expected a string, got number 42' },
      { path: '$.minimum_age', problem: 'expected a number, got string "60"' },
      { path: '$.attributes', problem: 'expected an array of attribute, got object {}' },
      { path: '$.alert', problem: 'expected a string, got null' },
    ]);
  });

  it('fails a value outside an enum', () => {
    const service = goodService();
    (service.service_at_locations[0] as { location: { location_type: string } }).location.location_type = 'online';
    expect(problemsOf({ ...service, status: 'open' }).map((p) => p.path)).toEqual([
      '$.status',
      '$.service_at_locations[0].location.location_type',
    ]);
  });

  it('fails a malformed uuid, date-time, uri and email', () => {
    const service = {
      ...goodService(),
      id: 'svc-1',
      last_modified: '2025-02-30T10:00:00Z',
      url: 'example.org/lunch',
      email: 'hello at example.org',
    };
    expect(problemsOf(service)).toEqual([
      { path: '$.id', problem: '"svc-1" is not a valid uuid' },
      { path: '$.email', problem: '"hello at example.org" is not a valid email' },
      { path: '$.url', problem: '"example.org/lunch" is not a valid uri' },
      { path: '$.last_modified', problem: '"2025-02-30T10:00:00Z" is not a valid date-time' },
    ]);
    expect(problemsOf({ ...goodService(), last_modified: '2025-03-01' })).toHaveLength(1);
    expect(problemsOf({ ...goodService(), last_modified: '2025-03-01T09:30:00' })).toHaveLength(1);
  });

  it('checks a page, its envelope and every item, by their paths', () => {
    const page = {
      total_items: 2,
      total_pages: '1',
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: 'yes',
      empty: false,
      contents: [goodService(), { ...goodService(), organization: { id: ids.organization, name: 'No description' } }],
    };
    expect(checkResponse(page, pageOf(SERVICE_LIST_ITEM))).toEqual([
      { path: '$.total_pages', problem: 'expected an integer, got string "1"' },
      { path: '$.last_page', problem: 'expected a boolean, got string "yes"' },
      { path: '$.contents[1].organization.description', problem: 'required organization field is missing' },
    ]);
    expect(checkResponse({ ...page, contents: 'none' }, pageOf(SERVICE_LIST_ITEM)).map((p) => p.path)).toContain('$.contents');
  });

  it('leaves relations a list item does not define unchecked, but checks those it does', () => {
    const listed = { ...goodService(), service_at_locations: 'not checked in a list item' };
    expect(checkResponse(listed, SERVICE_LIST_ITEM)).toEqual([]);
    const item = { id: ids.sal, location: { id: ids.location }, service: { id: ids.service, name: 'No status' } };
    expect(checkResponse(item, SERVICE_AT_LOCATION_LIST_ITEM)).toEqual([
      { path: '$.location.location_type', problem: 'required location field is missing' },
      { path: '$.service.status', problem: 'required service field is missing' },
    ]);
  });

  it('fails a response that is not an object at all', () => {
    expect(problemsOf([goodService()])).toEqual([{ path: '$', problem: 'expected a service object, got an array' }]);
    expect(problemsOf(null)).toEqual([{ path: '$', problem: 'expected a service object, got null' }]);
  });
});
