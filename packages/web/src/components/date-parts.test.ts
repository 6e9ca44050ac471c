import { describe, expect, it } from 'vitest';
import { datePartsFromIso, readDateParts, todayIso } from './date-parts.ts';

describe('date parts', () => {
  it('reads three filled boxes as an ISO date, padding single digits', () => {
    expect(readDateParts({ day: '7', month: '3', year: '1951' }, 'date of birth')).toEqual({ kind: 'date', iso: '1951-03-07' });
  });

  it('treats three empty boxes as no date', () => {
    expect(readDateParts({ day: ' ', month: '', year: '' }, 'review date')).toEqual({ kind: 'empty' });
  });

  it('names the boxes that are missing', () => {
    expect(readDateParts({ day: '7', month: '', year: '' }, 'date of birth')).toEqual({
      kind: 'invalid',
      message: 'Date of birth must include a month and year',
    });
  });

  it('refuses dates that do not exist and years that are not four digits', () => {
    expect(readDateParts({ day: '31', month: '2', year: '2025' }, 'due date').kind).toBe('invalid');
    expect(readDateParts({ day: '1', month: '13', year: '2025' }, 'due date').kind).toBe('invalid');
    expect(readDateParts({ day: '1', month: '1', year: '25' }, 'due date').kind).toBe('invalid');
    expect(readDateParts({ day: 'x', month: '1', year: '2025' }, 'due date').kind).toBe('invalid');
  });

  it('splits an ISO date back into boxes without leading zeros', () => {
    expect(datePartsFromIso('2026-04-09')).toEqual({ day: '9', month: '4', year: '2026' });
    expect(datePartsFromIso(null)).toEqual({ day: '', month: '', year: '' });
  });

  it("gives today's date in local time", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
