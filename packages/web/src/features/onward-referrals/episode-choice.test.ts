import type { PersonReferral } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { openEpisodeOptions } from './episode-choice.ts';

const referral = (id: string, status: PersonReferral['status'], labels: string[]): PersonReferral => ({
  id,
  status,
  createdAt: '2026-03-07T10:00:00.000Z',
  reasons: labels.map((label) => ({ code: label, label, snomedCode: null })),
  assignedWorkerName: null,
});

describe('episodes to file an onward referral under', () => {
  it('offers only open referrals, labelled by date and reasons, keeping the order given', () => {
    const options = openEpisodeOptions([
      referral('open', 'active', ['Physical inactivity', 'Loneliness']),
      referral('closed', 'discharged', ['Debt']),
      referral('new', 'received', []),
    ]);
    expect(options).toEqual([
      { value: 'open', label: 'Referral of 7 March 2026: Physical inactivity, Loneliness' },
      { value: 'new', label: 'Referral of 7 March 2026' },
    ]);
  });

  it('offers nothing when every referral is closed', () => {
    expect(openEpisodeOptions([referral('a', 'discharged', []), referral('b', 'declined', [])])).toEqual([]);
  });
});
