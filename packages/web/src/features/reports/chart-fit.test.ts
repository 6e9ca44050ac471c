import { describe, expect, it } from 'vitest';
import { chartFit, NARROW_CHART_WIDTH, shortLabel } from './chart-fit.ts';

describe('chartFit', () => {
  it('draws fewer ticks and shorter labels on a narrow chart', () => {
    expect(chartFit(NARROW_CHART_WIDTH - 1)).toEqual({ narrow: true, tickCount: 3, labelMax: 14, categoryAxisWidth: 104 });
  });

  it('draws as wide before the chart is measured and from the narrow limit up', () => {
    expect(chartFit(null).narrow).toBe(false);
    expect(chartFit(NARROW_CHART_WIDTH).narrow).toBe(false);
    expect(chartFit(1200).categoryAxisWidth).toBe('auto');
  });
});

describe('shortLabel', () => {
  it('keeps a label that fits', () => {
    expect(shortLabel('Housing', 14)).toBe('Housing');
    expect(shortLabel('Exactly14chars', 14)).toBe('Exactly14chars');
  });

  it('cuts at a word boundary and ends with an ellipsis', () => {
    expect(shortLabel('Loneliness and social isolation', 14)).toBe('Loneliness…');
  });

  it('cuts inside a long single word', () => {
    expect(shortLabel('Supercalifragilistic', 10)).toBe('Supercali…');
  });
});
