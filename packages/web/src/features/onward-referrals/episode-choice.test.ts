import type { Referral, TimelineEntry } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { openEpisodeOptions, referralIdsFromTimeline } from './episode-choice.ts';

const entry = (kind: TimelineEntry['kind'], referralId: string | null): TimelineEntry => ({
  at: '2026-03-01T09:00:00.000Z',
  kind,
  title: 'x',
  detail: null,
  referralId,
});

const referral = (id: string, status: Referral['status'], labels: string[]) =>
  ({ id, status, createdAt: '2026-03-07T10:00:00.000Z', reasons: labels.map((label) => ({ code: label, label })) }) as Referral;

describe('episodes to file an onward referral under', () => {
  it('takes each referral of the timeline once, ignoring other entries', () => {
    const ids = referralIdsFromTimeline([
      entry('status', 'r1'),
      entry('referral', 'r2'),
      entry('onward_referral', null),
      entry('referral', 'r1'),
      entry('referral', 'r2'),
    ]);
    expect(ids).toEqual(['r2', 'r1']);
  });

  it('offers only open referrals, labelled by date and reasons', () => {
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
});
