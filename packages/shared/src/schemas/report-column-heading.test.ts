import { describe, expect, it } from 'vitest';
import { columnHeading } from './reports.ts';

describe('report column headings', () => {
  it('adds the unit a CSV cell cannot carry, unless the label already says it', () => {
    expect(columnHeading({ label: 'Share of referred', kind: 'rate' })).toBe('Share of referred (%)');
    expect(columnHeading({ label: 'Acceptance rate (%)', kind: 'rate' })).toBe('Acceptance rate (%)');
    expect(columnHeading({ label: '% of capacity', kind: 'statistic', unit: 'percent' })).toBe('% of capacity');
    expect(columnHeading({ label: 'Link worker cost', kind: 'money' })).toBe('Link worker cost (£)');
    expect(columnHeading({ label: 'Return per £1', kind: 'statistic', unit: 'pounds' })).toBe('Return per £1');
    expect(columnHeading({ label: 'Median', kind: 'statistic', unit: 'days' })).toBe('Median (days)');
    expect(columnHeading({ label: 'Days left', kind: 'number', unit: 'days' })).toBe('Days left');
    expect(columnHeading({ label: 'Referred', kind: 'count' })).toBe('Referred');
  });
});
