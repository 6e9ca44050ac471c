import { describe, expect, it } from 'vitest';
import { daysBetween, supervisionRatio, supervisionStatus } from './supervision-status.ts';

const interval = { dueAfterWeeks: 4, overdueAfterWeeks: 6 };

describe('supervision status', () => {
  it('is ok under 4 weeks, due from 4 weeks and overdue from 6 weeks', () => {
    expect(supervisionStatus(27, interval)).toBe('ok');
    expect(supervisionStatus(28, interval)).toBe('due');
    expect(supervisionStatus(41, interval)).toBe('due');
    expect(supervisionStatus(42, interval)).toBe('overdue');
  });

  it('treats a worker never supervised as overdue', () => {
    expect(supervisionStatus(null, interval)).toBe('overdue');
  });

  it('counts whole calendar days across a clock change', () => {
    expect(daysBetween('2025-03-20', '2025-04-03')).toBe(14);
    expect(daysBetween('2025-10-20', '2025-11-03')).toBe(14);
  });

  it('states the ratio as supervisors to link workers', () => {
    expect(supervisionRatio(1, 6)).toBe('1 : 6');
    expect(supervisionRatio(2, 12)).toBe('1 : 6');
    expect(supervisionRatio(2, 5)).toBe('1 : 2.5');
    expect(supervisionRatio(0, 4)).toBe('0 : 4');
  });
});
