import { meanInterval95, type RoiAssumptions } from '@kith/shared';
import type { ObservedChange } from './roi-observed.ts';

/**
 * The return-on-investment arithmetic (docs/reports.md), kept pure so it can be checked by hand:
 *   saving  = fall per person (−mean change) × people supported × unit cost × attribution share
 *   cost    = link worker cost per WTE × WTE-years in the period
 *   return  = total saving ÷ cost, per £1
 * The low and high ends use the 95% interval of the mean change (the low end the smaller fall).
 * A measure recorded for fewer than MIN_RECORDED referrals gives no figure at all: the report
 * says so rather than estimating from too little, and never fills in missing values.
 */
export const MIN_RECORDED = 5;

export interface Range {
  low: number;
  central: number;
  high: number;
}

/** The saving from one measure, or null when too few referrals have it recorded before and after. */
export function savingRange(observed: ObservedChange, peopleSupported: number, unitCost: number, share: number): Range | null {
  if (observed.n < MIN_RECORDED || observed.change.mean === null) return null;
  const interval = meanInterval95(observed.change);
  if (!interval) return null;
  // What a fall of one visit per person is worth across everyone supported.
  const valuePerUnitFall = peopleSupported * unitCost * share;
  return {
    low: -interval.high * valuePerUnitFall,
    central: -observed.change.mean * valuePerUnitFall,
    high: -interval.low * valuePerUnitFall,
  };
}

export interface RoiEstimate {
  gp: Range | null;
  ae: Range | null;
  /** The sum of the measures that could be estimated; null when neither could. */
  benefit: Range | null;
  /** Null when the cost cannot be known for this view (a practice filter). */
  cost: number | null;
  /** Null when there is no benefit estimate or no cost. */
  returnPerPound: Range | null;
  /** Referrals behind the smallest measure used: the sample size of every derived figure. */
  basedOn: number;
}

export function estimateRoi(
  observed: { cohort: number; gp: ObservedChange; ae: ObservedChange },
  assumptions: RoiAssumptions,
  wteYears: number | null,
): RoiEstimate {
  const gp = savingRange(observed.gp, observed.cohort, assumptions.gpConsultationCost, assumptions.attributionShare);
  const ae = savingRange(observed.ae, observed.cohort, assumptions.aeAttendanceCost, assumptions.attributionShare);
  const used = [gp ? observed.gp.n : null, ae ? observed.ae.n : null].filter((n): n is number => n !== null);
  const benefit = gp || ae ? addRanges([gp, ae]) : null;
  const cost = wteYears === null ? null : assumptions.linkWorkerCostPerWte * wteYears;
  const returnPerPound =
    benefit && cost !== null && cost > 0
      ? { low: benefit.low / cost, central: benefit.central / cost, high: benefit.high / cost }
      : null;
  return { gp, ae, benefit, cost, returnPerPound, basedOn: used.length > 0 ? Math.min(...used) : 0 };
}

function addRanges(ranges: (Range | null)[]): Range {
  const present = ranges.filter((r): r is Range => r !== null);
  return {
    low: present.reduce((sum, r) => sum + r.low, 0),
    central: present.reduce((sum, r) => sum + r.central, 0),
    high: present.reduce((sum, r) => sum + r.high, 0),
  };
}
