import type { ReportTable } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { chartModel, MAX_CHART_CATEGORIES } from './chart-data.ts';

const funnel: ReportTable = {
  id: 'by-source',
  title: 'Funnel by source',
  columns: [
    { key: 'source', label: 'Source', kind: 'text' },
    { key: 'referred', label: 'Referred', kind: 'count' },
    { key: 'contacted', label: 'Contacted', kind: 'count' },
  ],
  rows: [
    { source: 'GP practice', referred: 20, contacted: 15 },
    { source: 'Self-referral', referred: 10, contacted: '<5' },
  ],
  chart: { type: 'bar', x: 'source', series: ['referred', 'contacted'] },
};

describe('chart data', () => {
  it('draws one bar group per row and leaves "<5" undrawn, saying so', () => {
    const model = chartModel(funnel);
    expect(model?.data).toEqual([
      { label: 'GP practice', referred: 20, contacted: 15 },
      { label: 'Self-referral', referred: 10, contacted: null },
    ]);
    expect(model?.series.map((s) => s.label)).toEqual(['Referred', 'Contacted']);
    expect(model?.summary).toBe(
      'Bar chart: Referred and Contacted by Source. Highest Referred: GP practice, 20; lowest: Self-referral, 10. Figures shown as "<5" or with no figure are not drawn. The table "Funnel by source" has every figure.',
    );
  });

  it('draws at most the first categories and says how many', () => {
    const rows = Array.from({ length: MAX_CHART_CATEGORIES + 5 }, (_, i) => ({ source: `S${i}`, referred: i, contacted: i }));
    const model = chartModel({ ...funnel, rows });
    expect(model?.data).toHaveLength(MAX_CHART_CATEGORIES);
    expect(model?.summary).toContain(`It shows the first ${MAX_CHART_CATEGORIES} of ${MAX_CHART_CATEGORIES + 5} rows.`);
  });

  it('pivots a grouped line chart into one line per group', () => {
    const table: ReportTable = {
      id: 'trend',
      title: 'Trend',
      columns: [
        { key: 'week', label: 'Week starting', kind: 'date' },
        { key: 'worker', label: 'Link worker', kind: 'text' },
        { key: 'percent', label: 'Percentage of capacity', kind: 'number', unit: 'percent' },
      ],
      rows: [
        { week: '2026-01-05', worker: 'Lina', percent: 90 },
        { week: '2026-01-05', worker: 'Sam', percent: 110 },
        { week: '2026-01-12', worker: 'Lina', percent: 95 },
      ],
      chart: { type: 'line', x: 'week', series: ['percent'], groupBy: 'worker' },
    };
    const model = chartModel(table);
    expect(model?.series.map((s) => s.label)).toEqual(['Lina', 'Sam']);
    expect(model?.data).toEqual([
      { label: '5 January 2026', line0: 90, line1: 110 },
      { label: '12 January 2026', line0: 95, line1: null },
    ]);
    expect(model?.summary).toContain('Line chart: Percentage of capacity by Week starting, one line each for Lina and Sam.');
  });

  it('has nothing to draw without a chart, rows or numbers', () => {
    expect(chartModel({ ...funnel, chart: undefined })).toBeNull();
    expect(chartModel({ ...funnel, rows: [] })).toBeNull();
    expect(chartModel({ ...funnel, rows: [{ source: 'GP', referred: '<5', contacted: null }] })).toBeNull();
  });
});
