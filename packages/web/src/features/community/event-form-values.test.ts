import type { CommunityEventDetail } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import {
  emptyEventValues,
  readCapacity,
  repeatedReadings,
  toCreateEventRequest,
  toLondonWallClock,
  toUpdateEventRequest,
  valuesFromEvent,
} from './event-form-values.ts';

describe('the event form', () => {
  it('shows stored instants as UK wall-clock time, summer and winter', () => {
    expect(toLondonWallClock('2026-06-03T09:00:00.000Z')).toBe('2026-06-03T10:00');
    expect(toLondonWallClock('2026-03-03T10:00:00.000Z')).toBe('2026-03-03T10:00');
    expect(toLondonWallClock('2026-10-25T00:30:00.000Z')).toBe('2026-10-25T01:30');
    expect(toLondonWallClock('not a date')).toBe('');
  });

  it('reads the number of places: empty is no limit, whole numbers are numbers, the rest goes to the schema', () => {
    expect(readCapacity('  ')).toBeNull();
    expect(readCapacity(' 20 ')).toBe(20);
    expect(readCapacity('twenty')).toBe('twenty');
    expect(readCapacity('2.5')).toBe('2.5');
  });

  it('sends no place for a webinar with the place left empty', () => {
    const request = toCreateEventRequest({ ...emptyEventValues(), title: 'W', onlineUrl: ' https://example.org/w ', place: ' ' });
    expect(request).toMatchObject({ kind: 'webinar', place: null, onlineUrl: 'https://example.org/w', capacity: null });
  });

  it('sends only what changed when editing', () => {
    const event = {
      kind: 'network_meeting',
      title: 'Network',
      description: '',
      startsAt: '2026-06-03T09:00:00.000Z',
      endsAt: '2026-06-03T11:00:00.000Z',
      place: 'Hall',
      onlineUrl: null,
      capacity: 20,
      audience: '',
    } as unknown as CommunityEventDetail;
    const initial = valuesFromEvent(event);
    expect(initial).toMatchObject({ startsAt: '2026-06-03T10:00', endsAt: '2026-06-03T12:00', capacity: '20', onlineUrl: '' });
    expect(toUpdateEventRequest(initial, { ...initial })).toEqual({});
    expect(toUpdateEventRequest(initial, { ...initial, endsAt: '2026-06-03T12:30', capacity: '' })).toEqual({
      endsAt: '2026-06-03T12:30',
      capacity: null,
    });
  });

  it('asks which reading of a time the clocks repeat is meant, and sends the choice with the time', () => {
    expect(repeatedReadings('2027-10-31T01:30')).not.toBeNull();
    expect(repeatedReadings('2027-10-31T02:30')).toBeNull();
    const values = {
      ...emptyEventValues(),
      startsAt: '2027-10-31T01:30',
      endsAt: '2027-10-31T03:00',
      startsAtOffset: '+00:00' as const,
    };
    expect(toCreateEventRequest(values)).toMatchObject({ startsAtOffset: '+00:00', endsAtOffset: null });
    // A choice left over from an earlier repeated time is not sent with an ordinary one.
    expect(toCreateEventRequest({ ...values, startsAt: '2027-10-31T00:30' })).toMatchObject({ startsAtOffset: null });
  });

  it('shows a stored event in the repeated hour with its reading chosen; changing only the reading sends the time too', () => {
    const event = {
      kind: 'webinar',
      title: 'Late',
      description: '',
      startsAt: '2027-10-31T01:30:00.000Z', // the second 01:30, GMT
      endsAt: '2027-10-31T02:30:00.000Z',
      place: null,
      onlineUrl: 'https://example.org/w',
      capacity: null,
      audience: '',
    } as unknown as CommunityEventDetail;
    const initial = valuesFromEvent(event);
    expect(initial).toMatchObject({ startsAt: '2027-10-31T01:30', startsAtOffset: '+00:00', endsAtOffset: '' });
    expect(toUpdateEventRequest(initial, { ...initial, startsAtOffset: '+01:00' })).toEqual({
      startsAt: '2027-10-31T01:30',
      startsAtOffset: '+01:00',
    });
  });
});
