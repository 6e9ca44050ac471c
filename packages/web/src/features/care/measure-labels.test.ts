import { describe, expect, it } from 'vitest';
import { figureLabel, improvementWords, isLowerBetter, signed } from './measure-labels.ts';

describe('outcome measure labels', () => {
  it('marks anxiety and loneliness as lower is better, and nothing else', () => {
    expect(isLowerBetter('ons4', 'Anxiety')).toBe(true);
    expect(isLowerBetter('ons4', 'Happiness')).toBe(false);
    expect(isLowerBetter('ons4', 'Life satisfaction')).toBe(false);
    expect(isLowerBetter('ucla3', 'Loneliness total')).toBe(true);
    expect(isLowerBetter('swemwbs', 'Metric score')).toBe(false);
    expect(figureLabel('ons4', 'Anxiety')).toBe('Anxiety (lower is better)');
  });

  it('always shows the sign of a change', () => {
    expect(signed(1.5)).toBe('+1.5');
    expect(signed(-2)).toBe('-2');
    expect(signed(0)).toBe('0');
    expect(signed(0.1 + 0.2)).toBe('+0.3');
  });

  it('says in words whether a change is an improvement', () => {
    expect(improvementWords(2)).toBe('Better');
    expect(improvementWords(-1)).toBe('Worse');
    expect(improvementWords(0)).toBe('No change');
  });
});
