import { describe, expect, it } from 'vitest';
import { notesClosedMessage } from './onward-note-window.ts';

const closedAt = new Date('2026-03-02T10:00:00Z');
const daysLater = (days: number) => new Date(closedAt.getTime() + days * 24 * 60 * 60 * 1000);

describe('when the conversation on an onward referral takes notes', () => {
  it('always takes them while the referral is open, however old', () => {
    for (const status of ['requested', 'accepted', 'in-progress', 'on-hold'] as const) {
      expect(notesClosedMessage({ status, updatedAt: closedAt }, daysLater(400))).toBeNull();
    }
  });

  it('takes them for 30 days after the referral closed, then says why not', () => {
    expect(notesClosedMessage({ status: 'cancelled', updatedAt: closedAt }, daysLater(29.9))).toBeNull();
    expect(notesClosedMessage({ status: 'completed', updatedAt: closedAt }, daysLater(30))).toBe(
      'The referral is completed and closed more than 30 days ago: no more notes can be added.',
    );
    expect(notesClosedMessage({ status: 'rejected', updatedAt: closedAt }, daysLater(31))).toContain('not accepted');
  });
});
