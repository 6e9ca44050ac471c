import { describe, expect, it } from 'vitest';
import { canEditNow, editTimeLeftText } from './comment-edit-window.ts';

const now = new Date('2026-03-01T10:00:00.000Z');

describe('the comment edit window', () => {
  it('allows editing until the time the server gave, and not after', () => {
    expect(canEditNow({ editableUntil: '2026-03-01T10:14:00.000Z' }, now)).toBe(true);
    expect(canEditNow({ editableUntil: '2026-03-01T10:00:00.000Z' }, now)).toBe(false);
    expect(canEditNow({ editableUntil: null }, now)).toBe(false);
  });

  it('says how long is left in whole minutes, rounded up', () => {
    expect(editTimeLeftText('2026-03-01T10:14:01.000Z', now)).toBe('You can change this for another 15 minutes.');
    expect(editTimeLeftText('2026-03-01T10:01:00.000Z', now)).toBe('You can change this for another 1 minute.');
    expect(editTimeLeftText('2026-03-01T10:00:30.000Z', now)).toBe('You can change this for less than a minute more.');
    expect(editTimeLeftText('2026-03-01T09:59:00.000Z', now)).toBe('The time to change this comment has passed.');
  });
});
