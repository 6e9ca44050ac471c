import { describe, expect, it } from 'vitest';
import { clientDelaySeconds, secondsToWait, type ThrottlePolicy } from './sign-in-throttle.ts';

const policy: ThrottlePolicy = {
  freeFailures: 3,
  maxDelayMinutes: 15,
  accountFailures: 10,
  accountWindowMinutes: 15,
  accountDelaySeconds: 30,
};
const now = new Date('2027-01-10T12:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe('sign-in throttling', () => {
  it('gives a client a few free failures, then waits that double up to a cap', () => {
    expect([0, 1, 2].map((n) => clientDelaySeconds(n, policy))).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map((n) => clientDelaySeconds(n, policy))).toEqual([5, 10, 20, 40]);
    expect(clientDelaySeconds(12, policy)).toBe(900);
    expect(clientDelaySeconds(10_000, policy)).toBe(900);
  });

  it('counts the wait from the client’s last failure, and lets it try once the wait is over', () => {
    const state = { clientFailures: 4, clientLastFailureAt: secondsAgo(3), accountFailures: 4 };
    expect(secondsToWait(state, now, policy)).toBe(7);
    expect(secondsToWait({ ...state, clientLastFailureAt: secondsAgo(10) }, now, policy)).toBe(0);
  });

  it('slows every failing client while the address is under attack, but never a client without failures', () => {
    const attacked = { clientFailures: 1, clientLastFailureAt: secondsAgo(1), accountFailures: 50 };
    expect(secondsToWait(attacked, now, policy)).toBe(29);
    expect(secondsToWait({ ...attacked, clientLastFailureAt: secondsAgo(31) }, now, policy)).toBe(0);
    expect(secondsToWait({ clientFailures: 0, clientLastFailureAt: null, accountFailures: 10_000 }, now, policy)).toBe(0);
    // A guesser far into its back-off keeps the longer of the two waits.
    expect(secondsToWait({ clientFailures: 20, clientLastFailureAt: secondsAgo(60), accountFailures: 50 }, now, policy)).toBe(
      840,
    );
  });
});
