import { meanInterval95, publishedCount, type RoiAssumptions, roundTo } from '@kith/shared';
import type { ObservedChange, ObservedUse } from './roi-observed.ts';

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

/** A mean change per person with its 95% interval, over `n` referrals. */
export interface ChangeEstimate {
  n: number;
  mean: number;
  low: number;
  high: number;
}

/** What the saving is priced from: the people supported and each measure's change per person. */
export interface PricingInputs {
  peopleSupported: number;
  gp: ChangeEstimate | null;
  ae: ChangeEstimate | null;
}

/** The mean change and its interval, or null when too few referrals have it recorded before and after. */
export function changeEstimate(observed: ObservedChange): ChangeEstimate | null {
  if (observed.n < MIN_RECORDED || observed.change.mean === null) return null;
  const interval = meanInterval95(observed.change);
  if (!interval) return null;
  return { n: observed.n, mean: observed.change.mean, low: interval.low, high: interval.high };
}

/**
 * The figures the saving is priced from. Exact for callers who see exact figures. For
 * aggregate-only callers, only what they are shown: the people supported rounded to 5, and the
 * mean change and its interval to the 2 decimals of the "observed" table. Otherwise the saving
 * would be exact count × exact mean × a cost the caller chooses: set the cost to £10,000 and the
 * share to 1, move the period end a day, and the ratio of two savings gives back the exact number
 * of people (and the full-precision mean gives back how many are behind it).
 */
export function pricingInputs(observed: ObservedUse, aggregateOnly: boolean): PricingInputs {
  if (!aggregateOnly) {
    return { peopleSupported: observed.cohort, gp: changeEstimate(observed.gp), ae: changeEstimate(observed.ae) };
  }
  const asShown = (change: ObservedChange): ChangeEstimate | null => {
    const estimate = changeEstimate(change);
    if (!estimate) return null;
    return { n: estimate.n, mean: roundTo(estimate.mean, 2), low: roundTo(estimate.low, 2), high: roundTo(estimate.high, 2) };
  };
  // "<5" people supported cannot happen with an estimate (5 or more have figures recorded), but
  // if it did nothing is priced from it.
  return { peopleSupported: publishedCount(observed.cohort) ?? 0, gp: asShown(observed.gp), ae: asShown(observed.ae) };
}

/**
 * Link worker WTE-years as an aggregate-only caller may have the cost priced from: the average WTE
 * over the period rounded as a count is (at 1.0 each it is the number of workers), back to
 * WTE-years; null when that average shows as "<5". Exact WTE-years would let the cost of two
 * periods a day apart (or with the cost per WTE set to £1,000,000) give back the exact WTE.
 */
export function publishedWteYears(wteYears: number, periodDays: number): number | null {
  if (periodDays <= 0) return null;
  // To 6 decimals first: 5 WTE over 182 days comes back from float arithmetic as 4.9999999….
  const averageWte = publishedCount(roundTo((wteYears * 365) / periodDays, 6));
  return averageWte === null ? null : (averageWte * periodDays) / 365;
}

/** The saving from one measure, or null when it has no estimate. */
export function savingRange(
  change: ChangeEstimate | null,
  peopleSupported: number,
  unitCost: number,
  share: number,
): Range | null {
  if (!change) return null;
  // What a fall of one visit per person is worth across everyone supported.
  const valuePerUnitFall = peopleSupported * unitCost * share;
  return {
    low: -change.high * valuePerUnitFall,
    central: -change.mean * valuePerUnitFall,
    high: -change.low * valuePerUnitFall,
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
  /** Everyone the saving per person is applied to: the referrals in the period (rounded for aggregate-only callers). */
  peopleSupported: number;
  /**
   * The like-for-like pair behind the return: the saving per person referred (the change seen in
   * those with healthcare use recorded, priced) and the link worker cost per person referred.
   * Their ratio is the return per £1, the same as total saving ÷ total cost.
   */
  savingPerPerson: Range | null;
  costPerPerson: number | null;
}

export function estimateRoi(inputs: PricingInputs, assumptions: RoiAssumptions, wteYears: number | null): RoiEstimate {
  const { peopleSupported } = inputs;
  const gp = savingRange(inputs.gp, peopleSupported, assumptions.gpConsultationCost, assumptions.attributionShare);
  const ae = savingRange(inputs.ae, peopleSupported, assumptions.aeAttendanceCost, assumptions.attributionShare);
  const used = [gp ? inputs.gp?.n : null, ae ? inputs.ae?.n : null].filter((n): n is number => typeof n === 'number');
  const benefit = gp || ae ? addRanges([gp, ae]) : null;
  const cost = wteYears === null ? null : assumptions.linkWorkerCostPerWte * wteYears;
  const returnPerPound =
    benefit && cost !== null && cost > 0
      ? { low: benefit.low / cost, central: benefit.central / cost, high: benefit.high / cost }
      : null;
  const perPerson = (value: number) => value / peopleSupported;
  return {
    gp,
    ae,
    benefit,
    cost,
    returnPerPound,
    basedOn: used.length > 0 ? Math.min(...used) : 0,
    peopleSupported,
    savingPerPerson:
      benefit && peopleSupported > 0
        ? { low: perPerson(benefit.low), central: perPerson(benefit.central), high: perPerson(benefit.high) }
        : null,
    costPerPerson: cost !== null && peopleSupported > 0 ? perPerson(cost) : null,
  };
}

function addRanges(ranges: (Range | null)[]): Range {
  const present = ranges.filter((r): r is Range => r !== null);
  return {
    low: present.reduce((sum, r) => sum + r.low, 0),
    central: present.reduce((sum, r) => sum + r.central, 0),
    high: present.reduce((sum, r) => sum + r.high, 0),
  };
}
