import type { CarePlan, OutcomeMeasure } from '@kith/shared';
import { type CarePlanRow, carePlanContent } from './care-plan-repository.ts';
import type { OutcomeMeasureRow } from './outcome-measure-repository.ts';

/** The care plan as the API returns it: its content, version, and who saved it when. */
export function toCarePlan(row: CarePlanRow, updatedByName: string | null): CarePlan {
  return {
    referralId: row.referralId,
    version: row.version,
    ...carePlanContent(row),
    updatedAt: row.updatedAt.toISOString(),
    updatedByName,
  };
}

/** A referral without a saved plan reads as version 0 with nothing filled in. */
export function emptyCarePlan(referralId: string): CarePlan {
  return {
    referralId,
    version: 0,
    whatMatters: '',
    goals: [],
    actions: [],
    reviewDate: null,
    updatedAt: null,
    updatedByName: null,
  };
}

export function toOutcomeMeasure(row: OutcomeMeasureRow): OutcomeMeasure {
  return {
    id: row.id,
    instrument: row.instrument,
    timepoint: row.timepoint,
    items: row.items,
    rawTotal: row.rawTotal,
    metricScore: row.metricScore,
    recordedAt: row.recordedAt.toISOString(),
  };
}
