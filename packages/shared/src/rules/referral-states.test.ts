import { describe, expect, it } from 'vitest';
import { CLOSED_STATUSES, canTransition, isClosedStatus, REFERRAL_STATUSES, REFERRAL_TRANSITIONS } from './referral-states.ts';

describe('referral state machine', () => {
  it('follows the main path received → triaged → allocated → contacted → active → discharged', () => {
    const path = ['received', 'triaged', 'allocated', 'contacted', 'active', 'discharged'] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1] as never, path[i] as never)).toBe(true);
  });

  it('refuses skipping triage and leaving a terminal state', () => {
    expect(canTransition('received', 'active')).toBe(false);
    expect(canTransition('discharged', 'active')).toBe(false);
    expect(canTransition('closed_in_error', 'received')).toBe(false);
  });

  it('only allows not-reached from allocated, and every transition targets a known state', () => {
    const intoNotReached = REFERRAL_STATUSES.filter((s) => canTransition(s, 'not_reached'));
    expect(intoNotReached).toEqual(['allocated']);
    for (const targets of Object.values(REFERRAL_TRANSITIONS)) for (const t of targets) expect(REFERRAL_STATUSES).toContain(t);
  });

  it('the closed statuses are exactly the states with no way out', () => {
    expect(REFERRAL_STATUSES.filter((s) => REFERRAL_TRANSITIONS[s].length === 0)).toEqual([...CLOSED_STATUSES]);
    expect(REFERRAL_STATUSES.filter(isClosedStatus)).toEqual([...CLOSED_STATUSES]);
  });
});
