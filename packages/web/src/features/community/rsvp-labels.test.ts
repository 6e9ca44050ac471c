import { describe, expect, it } from 'vitest';
import { describeMyRsvp, describePlaces, responseFor } from './rsvp-labels.ts';

const at = '2026-03-01T10:00:00.000Z';

describe('RSVP wording', () => {
  it('tells a waiting member their place in the queue', () => {
    expect(describeMyRsvp({ status: 'waitlisted', waitingPosition: 2, respondedAt: at })).toBe(
      'The event is full, so you are on the waiting list (number 2). We will email you if a place comes up.',
    );
    expect(describeMyRsvp({ status: 'attending', waitingPosition: null, respondedAt: at })).toBe('You are going.');
    expect(describeMyRsvp(null)).toBeNull();
  });

  it('keeps "yes" selected for a member on the waiting list', () => {
    expect(responseFor({ status: 'waitlisted', waitingPosition: 1, respondedAt: at })).toBe('yes');
    expect(responseFor({ status: 'declined', waitingPosition: null, respondedAt: at })).toBe('no');
    expect(responseFor({ status: 'maybe', waitingPosition: null, respondedAt: at })).toBe('maybe');
    expect(responseFor(null)).toBe('');
  });

  it('says how many places are left, or that the event is full', () => {
    expect(describePlaces({ capacity: null, placesLeft: null, waitingCount: 0 })).toBe('No limit on places');
    expect(describePlaces({ capacity: 20, placesLeft: 12, waitingCount: 0 })).toBe('12 of 20 places left');
    expect(describePlaces({ capacity: 1, placesLeft: 1, waitingCount: 0 })).toBe('1 of 1 place left');
    expect(describePlaces({ capacity: 5, placesLeft: 0, waitingCount: 3 })).toBe(
      'Full: 3 on the waiting list. Reply yes to join the waiting list.',
    );
  });
});
