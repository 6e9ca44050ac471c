import { describe, expect, it } from 'vitest';
import { formatCell, formatNumber, formatRow, missingExplanations, rateBound } from './report-cells.ts';

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

  it('shows a plain number as it is, to at most 2 decimals: 54 services, not "54.00"', () => {
    expect(formatCell({ kind: 'number' }, 54, false).text).toBe('54');
    expect(formatCell({ kind: 'number' }, 38000, false).text).toBe('38,000');
    expect(formatCell({ kind: 'number' }, 0.5, false).text).toBe('0.5');
    expect(formatCell({ kind: 'number' }, 1 / 3, false).text).toBe('0.33');
    expect(formatCell({ kind: 'number', decimals: 0 }, 54, false).text).toBe('54');
  });

  it('shows a percentage statistic with a % sign', () => {
    expect(formatCell({ kind: 'statistic', unit: 'percent', decimals: 1 }, 0, false).text).toBe('0.0%');
    expect(formatCell({ kind: 'statistic', unit: 'percent', decimals: 1 }, 82.5, false).text).toBe('82.5%');
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

  it('shows a rate of "<5" out of 35 answered as the most it can be, not as "Not shown" (issue 14.8)', () => {
    const columns = [
      { key: 'accepted', label: 'Accepted', kind: 'count' },
      { key: 'responded', label: 'Answered', kind: 'count' },
      { key: 'acceptanceRate', label: 'Acceptance rate (%)', kind: 'rate', numerator: 'accepted', denominator: 'responded' },
    ] as const;
    // What a commissioner receives for 2 accepted of 34 answered: the rate withheld, the counts rounded.
    const [, , rate] = formatRow(columns, { accepted: '<5', responded: 35, acceptanceRate: null }, true);
    // 35 shown means at least 33 answered; fewer than 5 of at least 33 is under 16%.
    expect(rate).toMatchObject({ text: 'under 16%', missing: 'bounded', numeric: true });
    expect(missingExplanations(rate ? [rate] : [])[0]).toContain('fewer than 5 of those counted');
    // Based on fewer than 5, it is still not shown; seen unsuppressed, it is the figure itself.
    expect(formatRow(columns, { accepted: '<5', responded: '<5', acceptanceRate: null }, true)[2]?.text).toBe('Not shown');
    expect(formatRow(columns, { accepted: 2, responded: 34, acceptanceRate: 5.9 }, false)[2]?.text).toBe('5.9%');
  });

  it('bounds a rate of "<5" only from the rounded count shown beside it', () => {
    expect([rateBound(5), rateBound(10), rateBound(35), rateBound(100), rateBound(0)]).toEqual([null, 63, 16, 6, null]);
  });
});
