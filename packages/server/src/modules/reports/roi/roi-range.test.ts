import { describe, expect, it } from 'vitest';
import { estimateRoi, savingRange } from './roi-range.ts';

const assumptions = { gpConsultationCost: 40, aeAttendanceCost: 100, linkWorkerCostPerWte: 1000, attributionShare: 0.5 };
const change = (n: number, mean: number, sd: number) => ({ n, meanBefore: null, meanAfter: null, change: { n, mean, sd } });

describe('ROI arithmetic', () => {
  it('prices the fall in visits per person across everyone supported, with the interval for low and high', () => {
    // mean −1, sd 2, n 16: interval −1 ± 1.96 × 2 / 4 = −1.98 … −0.02; × 10 people × £40 × 0.5 = × £200
    const range = savingRange(change(16, -1, 2), 10, 40, 0.5);
    expect(range?.central).toBeCloseTo(200, 10);
    expect(range?.low).toBeCloseTo(4, 10);
    expect(range?.high).toBeCloseTo(396, 10);
  });

  it('gives nothing for a measure recorded for fewer than 5', () => {
    expect(savingRange(change(4, -3, 1), 10, 40, 0.5)).toBeNull();
  });

  it('adds the measures it can estimate and divides by the cost; no cost means no return', () => {
    const observed = { cohort: 10, gp: change(16, -1, 2), ae: change(25, -0.5, 1) };
    // A&E: −0.5 ± 1.96 × 1 / 5 = −0.892 … −0.108; × 10 × £100 × 0.5 = × £500 → 54, 250, 446
    const estimate = estimateRoi(observed, assumptions, 0.5);
    expect(estimate.benefit?.central).toBeCloseTo(450, 10);
    expect(estimate.benefit?.low).toBeCloseTo(58, 10);
    expect(estimate.benefit?.high).toBeCloseTo(842, 10);
    expect(estimate.cost).toBe(500);
    expect(estimate.returnPerPound?.central).toBeCloseTo(0.9, 10);
    expect(estimate.basedOn).toBe(16);
    expect(estimateRoi(observed, assumptions, null).returnPerPound).toBeNull();
    expect(estimateRoi(observed, assumptions, 0).returnPerPound).toBeNull();
  });
});
