import { describe, expect, it } from 'vitest';
import { changeEstimate, estimateRoi, pricingInputs, publishedWteYears, savingRange } from './roi-range.ts';

const assumptions = { gpConsultationCost: 40, aeAttendanceCost: 100, linkWorkerCostPerWte: 1000, attributionShare: 0.5 };
const change = (n: number, mean: number, sd: number) => ({ n, meanBefore: null, meanAfter: null, change: { n, mean, sd } });

describe('ROI arithmetic', () => {
  it('prices the fall in visits per person across everyone supported, with the interval for low and high', () => {
    // mean −1, sd 2, n 16: interval −1 ± 1.96 × 2 / 4 = −1.98 … −0.02; × 10 people × £40 × 0.5 = × £200
    const range = savingRange(changeEstimate(change(16, -1, 2)), 10, 40, 0.5);
    expect(range?.central).toBeCloseTo(200, 10);
    expect(range?.low).toBeCloseTo(4, 10);
    expect(range?.high).toBeCloseTo(396, 10);
  });

  it('gives nothing for a measure recorded for fewer than 5', () => {
    expect(changeEstimate(change(4, -3, 1))).toBeNull();
    expect(savingRange(null, 10, 40, 0.5)).toBeNull();
  });

  it('adds the measures it can estimate and divides by the cost; no cost means no return', () => {
    const observed = { cohort: 10, gp: change(16, -1, 2), ae: change(25, -0.5, 1) };
    // A&E: −0.5 ± 1.96 × 1 / 5 = −0.892 … −0.108; × 10 × £100 × 0.5 = × £500 → 54, 250, 446
    const estimate = estimateRoi(pricingInputs(observed, false), assumptions, 0.5);
    expect(estimate.benefit?.central).toBeCloseTo(450, 10);
    expect(estimate.benefit?.low).toBeCloseTo(58, 10);
    expect(estimate.benefit?.high).toBeCloseTo(842, 10);
    expect(estimate.cost).toBe(500);
    expect(estimate.returnPerPound?.central).toBeCloseTo(0.9, 10);
    expect(estimate.basedOn).toBe(16);
    expect(estimateRoi(pricingInputs(observed, false), assumptions, null).returnPerPound).toBeNull();
    expect(estimateRoi(pricingInputs(observed, false), assumptions, 0).returnPerPound).toBeNull();
  });

  it('compares like for like: the saving per person referred against the cost per person referred', () => {
    const observed = { cohort: 10, gp: change(16, -1, 2), ae: change(25, -0.5, 1) };
    const estimate = estimateRoi(pricingInputs(observed, false), assumptions, 0.5);
    // £450 saved across the 10 referred: £45 each, against £500 of cost: £50 each.
    expect(estimate.peopleSupported).toBe(10);
    expect(estimate.savingPerPerson?.central).toBeCloseTo(45, 10);
    expect(estimate.costPerPerson).toBe(50);
    expect((estimate.savingPerPerson?.central ?? 0) / (estimate.costPerPerson ?? 1)).toBeCloseTo(
      estimate.returnPerPound?.central ?? Number.NaN,
      10,
    );
    const nobody = estimateRoi(pricingInputs({ ...observed, cohort: 0 }, false), assumptions, 0.5);
    expect([nobody.savingPerPerson, nobody.costPerPerson]).toEqual([null, null]);
  });

  it('prices an aggregate-only view from the rounded people and the 2-decimal change it shows', () => {
    // 11 and 12 people both show as 10; a mean of −13/7 shows as −1.86: the savings must agree.
    const seven = change(7, -13 / 7, 1);
    const eleven = pricingInputs({ cohort: 11, gp: seven, ae: change(0, 0, 0) }, true);
    const twelve = pricingInputs({ cohort: 12, gp: seven, ae: change(0, 0, 0) }, true);
    expect(eleven).toEqual(twelve);
    expect(eleven.peopleSupported).toBe(10);
    expect(eleven.gp?.mean).toBe(-1.86);
    const huge = { ...assumptions, gpConsultationCost: 10_000, attributionShare: 1 };
    expect(estimateRoi(eleven, huge, 1).gp?.central).toBeCloseTo(186_000, 6);
    // Exact for callers who see exact figures.
    expect(pricingInputs({ cohort: 11, gp: seven, ae: change(0, 0, 0) }, false).peopleSupported).toBe(11);
  });

  it('prices the cost for an aggregate-only view from the average WTE rounded to 5, or not at all under 5', () => {
    // 7 WTE all year and 6 WTE all year both show as 5; a quarter at 12 WTE shows as 10 × 91/365.
    expect(publishedWteYears(7, 365)).toBe(5);
    expect(publishedWteYears(6, 365)).toBe(5);
    expect(publishedWteYears((12 * 91) / 365, 91)).toBeCloseTo((10 * 91) / 365, 10);
    expect(publishedWteYears(0.7, 365)).toBeNull();
    expect(publishedWteYears(0, 365)).toBe(0);
  });
});
