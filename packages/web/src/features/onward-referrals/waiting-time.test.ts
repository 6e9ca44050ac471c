import { describe, expect, it } from 'vitest';
import { hasNewNoteFromLinkWorker, waitedSince } from './waiting-time.ts';

const now = new Date('2026-03-10T12:00:00Z');

describe('how long a referral has waited', () => {
  it('counts whole days since it was sent, for open referrals', () => {
    expect(waitedSince({ sentAt: '2026-03-10T09:00:00Z', status: 'requested' }, now)).toBe('Less than a day');
    expect(waitedSince({ sentAt: '2026-03-09T11:00:00Z', status: 'requested' }, now)).toBe('1 day');
    expect(waitedSince({ sentAt: '2026-03-07T12:00:00Z', status: 'accepted' }, now)).toBe('3 days');
  });

  it('says nothing for closed referrals or an unreadable time, and never a negative wait', () => {
    expect(waitedSince({ sentAt: '2026-03-01T12:00:00Z', status: 'completed' }, now)).toBeNull();
    expect(waitedSince({ sentAt: 'not a time', status: 'requested' }, now)).toBeNull();
    expect(waitedSince({ sentAt: '2026-03-11T12:00:00Z', status: 'requested' }, now)).toBe('Less than a day');
  });
});

describe('the new note marker', () => {
  it("shows when the link worker's note is the newest", () => {
    expect(hasNewNoteFromLinkWorker({ side: 'requester' })).toBe(true);
    expect(hasNewNoteFromLinkWorker({ side: 'provider' })).toBe(false);
    expect(hasNewNoteFromLinkWorker(null)).toBe(false);
  });
});
