import { isCommunityEventDateTime } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { formatEventWhen, londonOffsetMs, parseEventTime } from './event-time.ts';

describe('event times in UK time', () => {
  it('reads a wall-clock time as GMT in winter and BST in summer', () => {
    expect(parseEventTime('2026-01-13T10:00').toISOString()).toBe('2026-01-13T10:00:00.000Z');
    expect(parseEventTime('2026-06-03T10:00').toISOString()).toBe('2026-06-03T09:00:00.000Z');
    expect(parseEventTime('2026-06-03T10:00:30').toISOString()).toBe('2026-06-03T09:00:30.000Z');
  });

  it('takes a time with an offset as it is', () => {
    expect(parseEventTime('2026-06-03T10:00:00Z').toISOString()).toBe('2026-06-03T10:00:00.000Z');
    expect(parseEventTime('2026-06-03T10:00+02:00').toISOString()).toBe('2026-06-03T08:00:00.000Z');
  });

  it('handles the days the clocks change (last Sundays of March and October 2026)', () => {
    expect(parseEventTime('2026-03-29T00:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(parseEventTime('2026-03-29T03:00').toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(parseEventTime('2026-10-25T00:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(parseEventTime('2026-10-25T03:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
    expect(londonOffsetMs(new Date('2026-07-01T12:00:00Z'))).toBe(3_600_000);
    expect(londonOffsetMs(new Date('2026-12-01T12:00:00Z'))).toBe(0);
  });

  it('says when, in words, in UK time', () => {
    expect(formatEventWhen(new Date('2026-03-03T10:00:00Z'), new Date('2026-03-03T11:30:00Z'))).toBe(
      'Tuesday 3 March 2026, 10:00 to 11:30 (UK time)',
    );
    expect(formatEventWhen(new Date('2026-06-03T09:00:00Z'), new Date('2026-06-03T10:00:00Z'))).toBe(
      'Wednesday 3 June 2026, 10:00 to 11:00 (UK time)',
    );
    expect(formatEventWhen(new Date('2026-06-03T21:00:00Z'), new Date('2026-06-04T01:00:00Z'))).toBe(
      'Wednesday 3 June 2026, 22:00 to Thursday 4 June 2026, 02:00 (UK time)',
    );
  });

  it('accepts only real dates in the request forms', () => {
    expect(isCommunityEventDateTime('2026-03-03T10:00')).toBe(true);
    expect(isCommunityEventDateTime('2026-03-03T10:00:00.000Z')).toBe(true);
    expect(isCommunityEventDateTime('2026-03-03T10:00+01:00')).toBe(true);
    expect(isCommunityEventDateTime('2026-02-30T10:00')).toBe(false);
    expect(isCommunityEventDateTime('2026-03-03T25:00')).toBe(false);
    expect(isCommunityEventDateTime('3 March 2026 10am')).toBe(false);
  });
});
