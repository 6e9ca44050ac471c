import type { ServiceSummary } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { mapBounds, mapPoint, mapSummary, serviceMarkers } from './results-map-points.ts';

const summary = (id: string, location: ServiceSummary['nearestLocation']): ServiceSummary => ({
  id,
  name: `Service ${id}`,
  description: '',
  organisationId: 'org',
  organisationName: 'Org',
  status: 'active',
  capacityStatus: 'open',
  typicalWaitDays: null,
  referralRoute: 'signpost',
  fundingStatus: 'unknown',
  fundedUntil: null,
  lastVerifiedAt: null,
  stale: false,
  archived: false,
  free: true,
  terms: [],
  distanceMetres: null,
  nearestLocation: location,
  phone: null,
  email: null,
});

describe('the results map', () => {
  it('makes a marker for each result whose location has coordinates, in the list order', () => {
    const markers = serviceMarkers([
      summary('a', { name: 'Hall', postcode: 'M1 1AA', latitude: 53.48, longitude: -2.24 }),
      summary('b', null),
      summary('c', { name: 'Online', postcode: null, latitude: null, longitude: null }),
      summary('d', { name: 'Bad import', postcode: null, latitude: 95, longitude: -2 }),
      summary('e', { name: 'Shed', postcode: null, latitude: 0, longitude: 0 }),
    ]);
    expect(markers).toEqual([
      { serviceId: 'a', serviceName: 'Service a', place: 'Hall, M1 1AA', latitude: 53.48, longitude: -2.24 },
      { serviceId: 'e', serviceName: 'Service e', place: 'Shed', latitude: 0, longitude: 0 },
    ]);
  });

  it('takes only real coordinates as points', () => {
    expect(mapPoint(53.4, -2.2)).toEqual({ latitude: 53.4, longitude: -2.2 });
    expect(mapPoint(null, -2.2)).toBeNull();
    expect(mapPoint(-91, 0)).toBeNull();
    expect(mapPoint(0, 181)).toBeNull();
    expect(mapPoint(Number.NaN, 0)).toBeNull();
  });

  it('bounds every point, and has no bounds without points', () => {
    expect(mapBounds([])).toBeNull();
    expect(mapBounds([{ latitude: 53.4, longitude: -2.2 }])).toEqual({ south: 53.4, west: -2.2, north: 53.4, east: -2.2 });
    expect(
      mapBounds([
        { latitude: 53.4, longitude: -2.2 },
        { latitude: 53.5, longitude: -2.3 },
        { latitude: 53.45, longitude: -2.1 },
      ]),
    ).toEqual({ south: 53.4, west: -2.3, north: 53.5, east: -2.1 });
  });

  it('tells screen reader users what the map shows and that the list says the same', () => {
    expect(mapSummary(3, 5, 'M1 1AA')).toBe(
      'The map shows 3 of the 5 services on this page and the searched postcode, M1 1AA. The list of results has the same information.',
    );
    expect(mapSummary(4, 4, null)).toBe(
      'The map shows all 4 services on this page. The list of results has the same information.',
    );
    expect(mapSummary(1, 1, null)).toMatch(/^The map shows the one service on this page\./);
    expect(mapSummary(0, 2, null)).toMatch(/^The map shows none of the services on this page\./);
  });
});
