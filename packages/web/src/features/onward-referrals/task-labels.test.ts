import { describe, expect, it } from 'vitest';
import { newestFirst, waitingTimeText } from './task-labels.ts';

describe('waiting time in words', () => {
  it('says days, whole weeks, no wait or not known', () => {
    expect(waitingTimeText(null)).toBe('Not known');
    expect(waitingTimeText(0)).toBe('No wait');
    expect(waitingTimeText(1)).toBe('About 1 day');
    expect(waitingTimeText(10)).toBe('About 10 days');
    expect(waitingTimeText(15)).toBe('About 15 days');
    expect(waitingTimeText(28)).toBe('About 4 weeks');
  });
});

describe('history order', () => {
  it('puts the newest event first whatever order they came in', () => {
    const events = [
      { id: 'a', at: '2026-03-01T09:00:00.000Z' },
      { id: 'c', at: '2026-03-03T09:00:00.000Z' },
      { id: 'b', at: '2026-03-02T09:00:00.000Z' },
    ];
    expect(newestFirst(events).map((event) => event.id)).toEqual(['c', 'b', 'a']);
    expect(events[0]?.id).toBe('a');
  });
});
