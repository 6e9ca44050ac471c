import type { ServiceDetail } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import {
  buildServiceInput,
  emptyServiceForm,
  newContactRow,
  newLocationRow,
  newScheduleRow,
  normaliseIssuePath,
  type ServiceFormValues,
  serviceToForm,
  withoutBlankRows,
} from './service-form-values.ts';

const ORG = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const TERM = '5e3d0000-0000-4000-8000-000000000011';
let counter = 0;
const key = () => `k${++counter}`;

function filledForm(): ServiceFormValues {
  const location = {
    ...newLocationRow(key),
    name: 'Riverside Hall',
    postcode: 'bw1 1aa',
    schedules: [{ ...newScheduleRow(key), byday: ['MO', 'WE'], opensAt: '10:00', closesAt: '12:00' }],
  };
  return {
    ...emptyServiceForm(ORG),
    name: 'Walking group',
    minimumAge: '18',
    typicalWaitDays: '42',
    referralRoute: 'kith_referral',
    termIds: [TERM],
    languages: 'English, Polish',
    locations: [location],
  };
}

const service: ServiceDetail = {
  id: '9b2f3c1e-8f1a-4d0e-9c55-1f2a3b4c5d6e',
  name: 'Walking group',
  description: 'Gentle walks',
  organisationId: ORG,
  organisationName: 'Connectors',
  status: 'active',
  capacityStatus: 'limited',
  typicalWaitDays: 14,
  referralRoute: 'kith_referral',
  fundingStatus: 'time_limited',
  fundedUntil: '2027-03-31',
  lastVerifiedAt: null,
  stale: false,
  archived: false,
  free: true,
  terms: [{ id: TERM, name: 'Physical activity' }],
  distanceMetres: null,
  nearestLocation: null,
  phone: null,
  url: null,
  email: 'walks@example.org',
  fees: null,
  minimumAge: null,
  maximumAge: 90,
  lastVerifiedBy: null,
  languages: ['English'],
  serviceAreas: ['Brightwater'],
  locations: [
    {
      id: '0d8f7a6b-5c4d-4e3f-8a1b-2c3d4e5f6a7b',
      name: 'Riverside Hall',
      locationType: 'physical',
      address1: '1 River Lane',
      city: 'Brightwater',
      postcode: 'BW1 1AA',
      latitude: 53.8,
      longitude: -1.5,
      accessibility: null,
      schedules: [
        {
          id: '1e9f8a7b-6c5d-4e4f-9a2b-3c4d5e6f7a8b',
          freq: 'WEEKLY',
          interval: 2,
          byday: ['TU'],
          opensAt: '14:00',
          closesAt: '16:00',
          description: null,
          validFrom: null,
          validTo: '2026-07-17',
        },
      ],
    },
  ],
  contacts: [],
  costOptions: [{ id: '2f0a9b8c-7d6e-4f5a-8b3c-4d5e6f7a8b9c', option: null, amount: 0, amountDescription: null }],
  canEdit: true,
  updatedAt: '2026-03-01T10:00:00.000Z',
};

describe('the service form', () => {
  it('builds the API body from what was typed: numbers, lists, postcodes and blanks as nulls', () => {
    const result = buildServiceInput(filledForm());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      organisationId: ORG,
      minimumAge: 18,
      maximumAge: null,
      typicalWaitDays: 42,
      url: null,
      languages: ['English', 'Polish'],
      termIds: [TERM],
    });
    expect(result.data.locations[0]).toMatchObject({ postcode: 'BW1 1AA', latitude: null, schedules: [{ byday: ['MO', 'WE'] }] });
  });

  it('names each problem by its field path, in the order of the form', () => {
    const values = filledForm();
    const [location] = values.locations;
    if (!location) throw new Error('no location');
    const result = buildServiceInput({
      ...values,
      organisationId: '',
      minimumAge: 'eighteen',
      locations: [
        { ...location, postcode: 'nowhere', schedules: [{ ...newScheduleRow(key), opensAt: '9am', closesAt: '12:00' }] },
      ],
      costOptions: [{ key: key(), option: 'Per session', amount: 'three pounds', amountDescription: '' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toEqual({ path: 'organisationId', message: 'Choose the organisation that runs the service' });
    expect(result.issues.map((issue) => issue.path)).toEqual([
      'organisationId',
      'minimumAge',
      'locations.0.postcode',
      'locations.0.schedules.0.byday',
      'locations.0.schedules.0.opensAt',
      'costOptions.0.amount',
    ]);
  });

  it('reports a maximum age below the minimum against the maximum age', () => {
    const result = buildServiceInput({ ...filledForm(), minimumAge: '65', maximumAge: '18' });
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'maximumAge', message: 'Maximum age must be the same as or more than the minimum age' },
    ]);
  });

  it('round-trips a saved service, keeping coordinates and schedule details the form does not show', () => {
    const result = buildServiceInput(serviceToForm(service, key));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      fundedUntil: '2027-03-31',
      maximumAge: 90,
      capacityStatus: 'limited',
      languages: ['English'],
      costOptions: [{ amount: 0 }],
    });
    expect(result.data.locations[0]).toMatchObject({
      id: service.locations[0]?.id,
      latitude: 53.8,
      longitude: -1.5,
      schedules: [{ interval: 2, byday: ['TU'], validTo: '2026-07-17' }],
    });
  });

  it('lets the server place a location again when its postcode changes', () => {
    const values = serviceToForm(service, key);
    const [location] = values.locations;
    if (!location) throw new Error('no location');
    const result = buildServiceInput({ ...values, locations: [{ ...location, postcode: 'BW2 3CD' }] });
    expect(result.ok && result.data.locations[0]).toMatchObject({ postcode: 'BW2 3CD', latitude: null, longitude: null });
  });

  it('drops contact rows left empty but keeps partly filled ones', () => {
    const values = { ...filledForm(), contacts: [newContactRow(key), { ...newContactRow(key), phone: '0113 496 0000' }] };
    expect(withoutBlankRows(values).contacts.map((contact) => contact.phone)).toEqual(['0113 496 0000']);
  });

  it('maps an item of a typed list to the list box', () => {
    expect(normaliseIssuePath({ path: 'languages.3', message: 'Too long' })).toEqual({ path: 'languages', message: 'Too long' });
    expect(normaliseIssuePath({ path: 'locations.0.name', message: 'Enter' }).path).toBe('locations.0.name');
  });
});
