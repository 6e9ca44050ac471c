import type { Referral } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { groupByStatus, readStatusFilter } from './referral-queue-groups.ts';

function referral(id: string, status: Referral['status'], urgency: Referral['urgency'], createdAt: string): Referral {
  return { id, status, urgency, createdAt } as Referral;
}

describe('the referral queue', () => {
  it('groups by status in pathway order, most urgent then longest waiting first', () => {
    const groups = groupByStatus([
      referral('a', 'triaged', 'routine', '2026-01-01'),
      referral('b', 'received', 'routine', '2026-01-02'),
      referral('c', 'received', 'urgent', '2026-01-05'),
      referral('d', 'received', 'routine', '2026-01-01'),
    ]);
    expect(groups.map((group) => [group.status, group.referrals.map((r) => r.id)])).toEqual([
      ['received', ['c', 'd', 'b']],
      ['triaged', ['a']],
    ]);
  });

  it('reads a known status from the query string and ignores anything else', () => {
    expect(readStatusFilter(new URLSearchParams('status=triaged'))).toBe('triaged');
    expect(readStatusFilter(new URLSearchParams('status=lost'))).toBe('');
    expect(readStatusFilter(new URLSearchParams(''))).toBe('');
  });
});
