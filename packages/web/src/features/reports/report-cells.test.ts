import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber, missingExplanations } from './report-cells.ts';

describe('report cells', () => {
  it('shows counts whole, with thousands separators', () => {
    expect(formatCell({ kind: 'count' }, 12345, false)).toEqual({ text: '12,345', numeric: true });
  });

  it('shows a suppressed count as "<5", read as "fewer than 5"', () => {
    expect(formatCell({ kind: 'count' }, '<5', true)).toMatchObject({ text: '<5', spoken: 'fewer than 5', missing: 'small' });
  });

  it('shows rates as percentages to 1 decimal place unless the column says otherwise', () => {
    expect(formatCell({ kind: 'rate' }, 42.5, false).text).toBe('42.5%');
    expect(formatCell({ kind: 'rate', decimals: 0 }, 42.5, false).text).toBe('43%');
  });

  it('honours decimals and units on statistics and numbers', () => {
    expect(formatCell({ kind: 'statistic', decimals: 1, unit: 'days' }, 3.25, false).text).toBe('3.3 days');
    expect(formatCell({ kind: 'statistic', decimals: 0, unit: 'days' }, 1, false).text).toBe('1 day');
    expect(formatCell({ kind: 'statistic', decimals: 2 }, -1.5, false).text).toBe('−1.50');
    expect(formatCell({ kind: 'number', unit: 'pounds', decimals: 2 }, 42, false).text).toBe('£42.00');
    expect(formatCell({ kind: 'number', unit: 'percent', decimals: 0 }, 50, false).text).toBe('50%');
  });

  it('shows money in pounds, negative with the sign before the pound', () => {
    expect(formatCell({ kind: 'money', decimals: 0 }, 38000, false).text).toBe('£38,000');
    expect(formatCell({ kind: 'money' }, -1234.5, false).text).toBe('−£1,234.50');
  });

  it('never shows a minus sign on a value that rounds to zero', () => {
    expect(formatNumber(-0.001, 2)).toBe('0.00');
  });

  it('explains a missing figure: hidden in a suppressed report, no figure otherwise', () => {
    expect(formatCell({ kind: 'statistic' }, null, true)).toMatchObject({ text: 'Not shown', missing: 'hidden' });
    expect(formatCell({ kind: 'rate' }, null, false)).toMatchObject({ text: '–', spoken: 'no figure', missing: 'none' });
    expect(formatCell({ kind: 'count' }, null, true)).toMatchObject({ text: '–', missing: 'none' });
  });

  it('shows text as it is and dates the NHS way', () => {
    expect(formatCell({ kind: 'text' }, 'Self-referral', false)).toEqual({ text: 'Self-referral', numeric: false });
    expect(formatCell({ kind: 'date' }, '2026-03-07', false).text).toBe('7 March 2026');
  });

  it('explains each kind of missing figure once', () => {
    const views = [
      formatCell({ kind: 'count' }, '<5', true),
      formatCell({ kind: 'count' }, '<5', true),
      formatCell({ kind: 'rate' }, null, true),
      formatCell({ kind: 'count' }, 10, true),
    ];
    const lines = missingExplanations(views);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('fewer than 5');
    expect(lines[1]).toContain('Not shown');
    expect(missingExplanations([formatCell({ kind: 'count' }, 3, false)])).toEqual([]);
  });
});
