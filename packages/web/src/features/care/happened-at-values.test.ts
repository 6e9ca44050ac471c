import { describe, expect, it } from 'vitest';
import { readHappenedAt } from './happened-at-values.ts';

const paths = { field: 'occurredAt', time: 'occurredTime' };
const context = { what: 'The contact', paths, receivedAt: '2026-06-01T08:30:00.000Z', now: new Date('2026-06-10T12:00:00Z') };
const read = (day: string, month: string, year: string, time: string) =>
  readHappenedAt({ date: { day, month, year }, time }, context);

describe('when a contact or measure happened', () => {
  it('is "now" when both are blank', () => {
    expect(read('', '', '', ' ')).toEqual({ kind: 'now' });
  });

  it('reads a UK date and time as the instant it was (British Summer Time in June)', () => {
    expect(read('5', '6', '2026', '14:30')).toEqual({ kind: 'at', iso: '2026-06-05T13:30:00.000Z' });
    expect(read('5', '6', '2026', '9.05')).toEqual({ kind: 'at', iso: '2026-06-05T08:05:00.000Z' });
  });

  it('needs both parts, and a real time', () => {
    expect(read('5', '6', '2026', '')).toEqual({
      kind: 'invalid',
      issues: [{ path: 'occurredTime', message: expect.any(String) }],
    });
    expect(read('', '', '', '14:30')).toEqual({ kind: 'invalid', issues: [{ path: 'occurredAt', message: expect.any(String) }] });
    expect(read('5', '6', '2026', '25:00')).toEqual({
      kind: 'invalid',
      issues: [{ path: 'occurredTime', message: expect.any(String) }],
    });
  });

  it('refuses the future and a time before the referral, on the date field the server names', () => {
    expect(read('11', '6', '2026', '09:00')).toEqual({
      kind: 'invalid',
      issues: [{ path: 'occurredAt', message: 'The contact cannot be in the future' }],
    });
    expect(read('1', '6', '2026', '09:00')).toEqual({
      kind: 'invalid',
      issues: [{ path: 'occurredAt', message: 'The contact cannot be before the referral was received (1 June 2026 at 09:30)' }],
    });
  });

  it('refuses a time in the hour the clocks skip', () => {
    const spring = { ...context, receivedAt: '2026-03-01T08:00:00.000Z', now: new Date('2026-04-01T12:00:00Z') };
    expect(readHappenedAt({ date: { day: '29', month: '3', year: '2026' }, time: '01:30' }, spring)).toEqual({
      kind: 'invalid',
      issues: [{ path: 'occurredTime', message: expect.stringContaining('clocks went forward') }],
    });
  });
});
