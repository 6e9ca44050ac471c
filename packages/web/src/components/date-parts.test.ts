import { describe, expect, it } from 'vitest';
import { dateIssue, datePartsFromIso, readDateParts, todayIso, withDateIssues } from './date-parts.ts';

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

describe('date issues', () => {
  const invalid = { kind: 'invalid', message: 'Due date must be a real date' } as const;

  it('turns boxes that are not a date into an issue for their field', () => {
    expect(dateIssue(invalid, 'dueDate')).toEqual([{ path: 'dueDate', message: 'Due date must be a real date' }]);
    expect(dateIssue({ kind: 'date', iso: '2026-03-15' }, 'dueDate')).toEqual([]);
  });

  it('lets empty boxes through unless the date is required', () => {
    expect(dateIssue({ kind: 'empty' }, 'dueDate')).toEqual([]);
    expect(dateIssue({ kind: 'empty' }, 'opensOn', 'Enter the opening date')).toEqual([
      { path: 'opensOn', message: 'Enter the opening date' },
    ]);
    expect(dateIssue(invalid, 'opensOn', 'Enter the opening date')).toEqual([
      { path: 'opensOn', message: 'Due date must be a real date' },
    ]);
  });

  it("lists the boxes' problems first and drops the schema's issue for the same field", () => {
    const dates = [{ path: 'heldOn', message: 'The date must be a real date' }];
    const checked = {
      ok: false,
      issues: [
        { path: 'type', message: 'Choose the type' },
        { path: 'heldOn', message: 'Enter the date' },
      ],
    } as const;
    expect(withDateIssues(dates, checked)).toEqual([
      { path: 'heldOn', message: 'The date must be a real date' },
      { path: 'type', message: 'Choose the type' },
    ]);
  });

  it("keeps the schema's issues when every date was read, and has none when all is well", () => {
    const checked = { ok: false, issues: [{ path: 'heldOn', message: 'Enter the date' }] } as const;
    expect(withDateIssues([], checked)).toEqual([{ path: 'heldOn', message: 'Enter the date' }]);
    expect(withDateIssues([], { ok: true })).toEqual([]);
    expect(withDateIssues([{ path: 'dueDate', message: 'Due date must be a real date' }], { ok: true })).toEqual([
      { path: 'dueDate', message: 'Due date must be a real date' },
    ]);
  });
});
