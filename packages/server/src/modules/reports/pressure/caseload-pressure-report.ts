import { COMPLEXITY_WEIGHTS, type PressureSettings } from '@kith/shared';
import type { RawHeadline, ReportBuilder } from '../report-types.ts';
import { getReportSettings } from '../settings/report-settings-service.ts';
import { caseloadHistory, DAYS_OVER_LOOKBACK } from './caseload-history.ts';
import {
  capacityFigures,
  measureWorker,
  teamsOf,
  teamTable,
  teamTrendTable,
  type WorkerPressure,
  workerTable,
  workerTrendTable,
} from './caseload-pressure-tables.ts';
import { workerCaseloads } from './caseload-snapshot.ts';

const TREND_STEP_DAYS = 7;

/**
 * Caseload pressure (docs/reports.md, "Caseload"): each worker's open cases now against their
 * capacity, weighted by complexity; the team view; the weekly trend over the period. Commissioners
 * (aggregateOnly) get the team view and the team trend, never a row about one worker.
 */
export const caseloadPressureReport: ReportBuilder = async (db, scope) => {
  const { pressure } = await getReportSettings(db);
  const filter = { pcnIds: scope.pcnIds, practiceId: scope.practiceId, workerId: scope.workerId };
  const today = scope.now.toISOString().slice(0, 10);
  const workers = (await workerCaseloads(db, filter, scope.now)).map((w) => measureWorker(w, pressure));
  const { trend, daysOver } = await caseloadHistory(db, filter, {
    trend: { from: scope.from, to: scope.to, stepDays: TREND_STEP_DAYS },
    // Commissioners see no worker, so their report does not need each worker's days over.
    ...(scope.aggregateOnly ? {} : { daysOver: { today, lookbackDays: DAYS_OVER_LOOKBACK, settings: pressure } }),
  });
  const teams = teamsOf(workers);

  if (scope.aggregateOnly) {
    return {
      headlines: headlines(workers, null, pressure, true),
      tables: [teamTable(teams, pressure, true), teamTrendTable(trend)],
      notes: notes(pressure),
    };
  }
  return {
    headlines: headlines(workers, daysOver, pressure, false),
    tables: [workerTable(workers, daysOver), teamTable(teams, pressure, false), workerTrendTable(trend), teamTrendTable(trend)],
    notes: notes(pressure),
  };
};

function headlines(
  workers: WorkerPressure[],
  daysOver: Map<string, number> | null,
  settings: PressureSettings,
  aggregateOnly: boolean,
): RawHeadline[] {
  const sum = (value: (w: WorkerPressure) => number) => workers.reduce((total, w) => total + value(w), 0);
  const active = sum((w) => w.activeCases);
  const totals = { wte: sum((w) => w.wte), weightedCases: sum((w) => w.weightedCases), allocatedLastYear: 0 };
  const list: RawHeadline[] = [
    { label: 'Link workers', value: workers.length, kind: 'count' },
    { label: 'Active cases', value: active, kind: 'count' },
    {
      label: 'Weighted active cases as % of capacity',
      // For commissioners from rounded figures, as in the team table (capacityFigures).
      value: capacityFigures(totals, settings, aggregateOnly).percentOfCapacity,
      kind: 'statistic',
      unit: 'percent',
      decimals: 1,
      sampleSize: workers.length,
    },
    {
      label: `Workers over ${settings.alertThresholdPercent}% of capacity`,
      value: workers.filter((w) => w.over).length,
      kind: 'count',
    },
  ];
  if (daysOver) {
    const long = workers.filter((w) => (daysOver.get(w.workerId) ?? 0) >= settings.alertAfterDays).length;
    list.push({ label: `Workers over for ${settings.alertAfterDays} days or more`, value: long, kind: 'count' });
  }
  return list;
}

function notes(settings: PressureSettings): string[] {
  const weights = Object.entries(COMPLEXITY_WEIGHTS)
    .map(([level, weight]) => `${level} ${weight}`)
    .join(', ');
  return [
    `Capacity: ${settings.activeCapacityPerWte} active cases and ${settings.yearlyCapacityPerWte} new cases a year per whole-time equivalent (WTE), from the report settings. WTE is from the worker's current posts in Workforce, or 1.0 when none is recorded.`,
    `Active cases are referrals allocated, contacted or active now, weighted by complexity (${weights}; not yet assessed counts as 1).`,
    `A worker is over the threshold when weighted active cases are above ${settings.alertThresholdPercent}% of capacity; their supervisors are alerted after ${settings.alertAfterDays} days in a row.`,
    `Trends and days over the threshold are worked out from each referral's status history: open from its first allocation until it is discharged, declined, not reached, withdrawn or closed in error, counted at the end of each day (UTC). Complexity is as recorded now. Days over look back at most ${DAYS_OVER_LOOKBACK} days (${DAYS_OVER_LOOKBACK + 1} means at least a year).`,
  ];
}
