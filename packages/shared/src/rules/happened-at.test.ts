import { describe, expect, it } from 'vitest';
import { happenedAtProblem } from './happened-at.ts';

describe('when something with the person happened', () => {
  const receivedAt = new Date('2026-06-03T09:15:40Z');
  const now = new Date('2026-06-10T12:00:00Z');
  const problem = (iso: string) => happenedAtProblem('The contact', new Date(iso), { receivedAt, now });

  it('accepts any time from the minute the referral was received until now', () => {
    expect(problem('2026-06-03T09:15:00Z')).toBeNull();
    expect(problem('2026-06-05T14:00:00Z')).toBeNull();
    expect(problem('2026-06-10T12:01:00Z')).toBeNull();
  });

  it('refuses the future, beyond a little clock skew', () => {
    expect(problem('2026-06-10T12:05:00Z')).toBe('The contact cannot be in the future');
  });

  it('refuses a time before the referral, saying when it was received in UK time', () => {
    expect(problem('2026-06-03T09:14:59Z')).toBe('The contact cannot be before the referral was received (3 June 2026 at 10:15)');
  });
});
