import type { ReportTable } from '@kith/shared';
import { describe, expect, it } from 'vitest';
import { panelsModel } from './chart-panels.ts';

const wellbeing: ReportTable = {
  id: 'wellbeing-change',
  title: 'Wellbeing',
  columns: [
    { key: 'measure', label: 'Measure', kind: 'text' },
    { key: 'improvement', label: 'Mean improvement (better is positive)', kind: 'statistic', decimals: 2 },
    { key: 'low', label: 'From', kind: 'statistic', decimals: 2 },
    { key: 'high', label: 'To', kind: 'statistic', decimals: 2 },
    { key: 'min', label: 'Lowest', kind: 'number' },
    { key: 'max', label: 'Highest', kind: 'number' },
  ],
  rows: [
    { measure: 'ONS4 anxiety yesterday (0–10)', improvement: 1.2, low: 0.8, high: 1.6, min: 0, max: 10 },
    { measure: 'SWEMWBS metric score (7–35)', improvement: 1.69, low: 1.1, high: 2.3, min: 7, max: 35 },
    { measure: 'UCLA-3 loneliness score (3–9)', improvement: null, low: null, high: null, min: 3, max: 9 },
  ],
  chart: { type: 'small-multiples', x: 'measure', series: ['improvement'], interval: ['low', 'high'], scale: ['min', 'max'] },
};

describe('small multiples', () => {
  it('gives each measure its own axis, sized to its own scale', () => {
    const model = panelsModel(wellbeing);
    expect(model?.panels.map((p) => [p.label, p.domain, p.scaleText])).toEqual([
      ['ONS4 anxiety yesterday (0–10)', [-2.5, 2.5], '0–10'],
      ['SWEMWBS metric score (7–35)', [-7, 7], '7–35'],
      ['UCLA-3 loneliness score (3–9)', [-1.5, 1.5], '3–9'],
    ]);
  });

  it('draws improvements as the table gives them (better is positive) and says each in words', () => {
    const model = panelsModel(wellbeing);
    expect(model?.panels[0]).toMatchObject({ value: 1.2, text: '1.20 (95% interval 0.80 to 1.60)' });
    expect(model?.panels[2]).toMatchObject({ value: null, text: 'no figure' });
    expect(model?.summary).toContain('each on its own scale');
  });

  it('widens an axis only when a figure falls outside it', () => {
    const wide = { ...wellbeing, rows: [{ measure: 'X', improvement: 3.2, low: 2, high: 4.1, min: 0, max: 10 }] };
    expect(panelsModel(wide)?.panels[0]?.domain).toEqual([-4.5, 4.5]);
  });

  it('has nothing to draw for other chart types or no figures', () => {
    expect(panelsModel({ ...wellbeing, chart: { type: 'bar', x: 'measure', series: ['improvement'] } })).toBeNull();
    expect(panelsModel({ ...wellbeing, rows: [wellbeing.rows[2] ?? {}] })).toBeNull();
  });
});
