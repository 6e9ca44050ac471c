import { type PressureSettings, publishedCount, type ReportCell, type ReportTable, roundTo } from '@kith/shared';
import type { TrendPoint } from './caseload-history.ts';
import type { WorkerCaseload } from './caseload-snapshot.ts';

/** A worker's caseload measured against their capacity. */
export interface WorkerPressure extends WorkerCaseload {
  activeCapacity: number;
  yearlyCapacity: number;
  /** Weighted active cases as a percentage of active capacity. */
  percentOfCapacity: number;
  percentOfYearlyCapacity: number;
  over: boolean;
}

export function measureWorker(worker: WorkerCaseload, settings: PressureSettings): WorkerPressure {
  const activeCapacity = settings.activeCapacityPerWte * worker.wte;
  const yearlyCapacity = settings.yearlyCapacityPerWte * worker.wte;
  return {
    ...worker,
    activeCapacity,
    yearlyCapacity,
    percentOfCapacity: (100 * worker.weightedCases) / activeCapacity,
    percentOfYearlyCapacity: (100 * worker.allocatedLastYear) / yearlyCapacity,
    // The same comparison as the alert job's SQL (caseload-sql.ts overThreshold), kept exact.
    over: worker.weightedCases * 100 > settings.alertThresholdPercent * activeCapacity,
  };
}

export function workerTable(workers: WorkerPressure[], daysOver: Map<string, number>): ReportTable {
  return {
    id: 'workers',
    title: 'Caseload by link worker',
    description: 'Open cases now (allocated, contacted or active), weighted by complexity, against each worker’s capacity.',
    columns: [
      { key: 'worker', label: 'Link worker', kind: 'text' },
      { key: 'team', label: 'PCN', kind: 'text' },
      { key: 'wte', label: 'WTE', kind: 'number', decimals: 2 },
      { key: 'activeCases', label: 'Active cases', kind: 'count' },
      { key: 'weightedCases', label: 'Weighted active cases', kind: 'number', decimals: 1 },
      { key: 'activeCapacity', label: 'Active capacity', kind: 'number', decimals: 1 },
      { key: 'percentOfCapacity', label: '% of capacity', kind: 'number', decimals: 1, unit: 'percent' },
      { key: 'allocatedLastYear', label: 'Allocated in the last year', kind: 'count' },
      { key: 'yearlyCapacity', label: 'Yearly capacity', kind: 'number', decimals: 1 },
      { key: 'percentOfYearlyCapacity', label: '% of yearly capacity', kind: 'number', decimals: 1, unit: 'percent' },
      { key: 'daysOverThreshold', label: 'Days over the threshold', kind: 'number', decimals: 0, unit: 'days' },
    ],
    rows: workers.map((w) => ({
      worker: w.workerName,
      team: w.pcnName,
      wte: roundTo(w.wte, 2),
      activeCases: w.activeCases,
      weightedCases: roundTo(w.weightedCases, 1),
      activeCapacity: roundTo(w.activeCapacity, 1),
      percentOfCapacity: roundTo(w.percentOfCapacity, 1),
      allocatedLastYear: w.allocatedLastYear,
      yearlyCapacity: roundTo(w.yearlyCapacity, 1),
      percentOfYearlyCapacity: roundTo(w.percentOfYearlyCapacity, 1),
      daysOverThreshold: daysOver.get(w.workerId) ?? 0,
    })),
    chart: { type: 'bar', x: 'worker', series: ['percentOfCapacity'] },
    emptyMessage: 'No link workers in this scope.',
  };
}

interface Team {
  team: string;
  workers: number;
  /** The workers' whole-time equivalents added up. */
  wte: number;
  activeCases: number;
  weightedCases: number;
  allocatedLastYear: number;
  workersOver: number;
}

/** Workers grouped by their PCN, in PCN name order. */
export function teamsOf(workers: WorkerPressure[]): Team[] {
  const teams = new Map<string, Team>();
  for (const w of workers) {
    const team = teams.get(w.pcnId) ?? {
      team: w.pcnName,
      workers: 0,
      wte: 0,
      activeCases: 0,
      weightedCases: 0,
      allocatedLastYear: 0,
      workersOver: 0,
    };
    team.workers += 1;
    team.wte += w.wte;
    team.activeCases += w.activeCases;
    team.weightedCases += w.weightedCases;
    team.allocatedLastYear += w.allocatedLastYear;
    if (w.over) team.workersOver += 1;
    teams.set(w.pcnId, team);
  }
  return [...teams.values()].sort((a, b) => a.team.localeCompare(b.team));
}

/** A team's (or everyone's) capacity figures, as the caller may see them. */
export interface CapacityFigures {
  activeCapacity: number | null;
  percentOfCapacity: number | null;
  yearlyCapacity: number | null;
  percentOfYearlyCapacity: number | null;
}

/**
 * Capacity against cases. Exact for callers who see exact figures. For aggregate-only callers
 * every input is first rounded as a count is (WTE too: at 1.0 each it is the number of workers),
 * so "active capacity" and "weighted ÷ %" give back nothing the rounded counts do not; a "<5"
 * input leaves the figures it feeds empty.
 */
export function capacityFigures(
  totals: { wte: number; weightedCases: number; allocatedLastYear: number },
  settings: PressureSettings,
  aggregateOnly: boolean,
): CapacityFigures {
  // To 6 decimals before rounding to 5: sums of WTEs such as 0.6 come out of float arithmetic a hair off.
  const shown = (n: number) => (aggregateOnly ? publishedCount(roundTo(n, 6)) : n);
  const wte = shown(totals.wte);
  const activeCapacity = wte === null ? null : settings.activeCapacityPerWte * wte;
  const yearlyCapacity = wte === null ? null : settings.yearlyCapacityPerWte * wte;
  return {
    activeCapacity: activeCapacity === null ? null : roundTo(activeCapacity, 1),
    percentOfCapacity: percentOfNullable(shown(totals.weightedCases), activeCapacity),
    yearlyCapacity: yearlyCapacity === null ? null : roundTo(yearlyCapacity, 1),
    percentOfYearlyCapacity: percentOfNullable(shown(totals.allocatedLastYear), yearlyCapacity),
  };
}

/**
 * The team view. Capacity figures are statistics over the team's workers (hidden under 5); for
 * commissioners they are worked out from rounded figures (capacityFigures), and weighted cases are
 * a count, so they are rounded too: unweighted they would simply be the number of cases.
 */
export function teamTable(teams: Team[], settings: PressureSettings, aggregateOnly: boolean): ReportTable {
  return {
    id: 'teams',
    title: 'Caseload by team',
    description: 'Each PCN’s link workers: open cases now, weighted by complexity, against the team’s capacity.',
    columns: [
      { key: 'team', label: 'PCN', kind: 'text' },
      { key: 'workers', label: 'Link workers', kind: 'count' },
      { key: 'activeCases', label: 'Active cases', kind: 'count' },
      { key: 'weightedCases', label: 'Weighted active cases', kind: 'count', decimals: 1 },
      { key: 'activeCapacity', label: 'Active capacity', kind: 'statistic', sampleSize: 'workers', decimals: 1 },
      {
        key: 'percentOfCapacity',
        label: '% of capacity',
        kind: 'statistic',
        sampleSize: 'workers',
        decimals: 1,
        unit: 'percent',
      },
      { key: 'allocatedLastYear', label: 'Allocated in the last year', kind: 'count' },
      { key: 'yearlyCapacity', label: 'Yearly capacity', kind: 'statistic', sampleSize: 'workers', decimals: 1 },
      {
        key: 'percentOfYearlyCapacity',
        label: '% of yearly capacity',
        kind: 'statistic',
        sampleSize: 'workers',
        decimals: 1,
        unit: 'percent',
      },
      { key: 'workersOver', label: 'Workers over the threshold', kind: 'count' },
    ],
    rows: teams.map((t) => ({
      team: t.team,
      workers: t.workers,
      activeCases: t.activeCases,
      weightedCases: roundTo(t.weightedCases, 1),
      ...capacityFigures(t, settings, aggregateOnly),
      allocatedLastYear: t.allocatedLastYear,
      workersOver: t.workersOver,
    })),
    chart: { type: 'bar', x: 'team', series: ['percentOfCapacity'] },
    emptyMessage: 'No link workers in this scope.',
  };
}

/** Open cases per PCN at each weekly point: what commissioners see instead of workers' lines. */
export function teamTrendTable(points: TrendPoint[]): ReportTable {
  const rows = sumBy(
    points,
    (p) => `${p.day}|${p.pcnId}`,
    (p) => ({ week: p.day, team: p.pcnName }),
  ).sort((a, b) => String(a.week).localeCompare(String(b.week)) || String(a.team).localeCompare(String(b.team)));
  return {
    id: 'team-trend',
    title: 'Open cases over time, by team',
    description: 'Open cases of each PCN’s referrals at the end of each week of the period, from the status history.',
    columns: [
      { key: 'week', label: 'Week ending', kind: 'date' },
      { key: 'team', label: 'PCN', kind: 'text' },
      { key: 'openCases', label: 'Open cases', kind: 'count' },
      // A count (rounded for commissioners): unweighted it is the number of open cases.
      { key: 'weightedCases', label: 'Weighted open cases', kind: 'count', decimals: 1 },
    ],
    rows,
    chart: { type: 'line', x: 'week', series: ['openCases'], groupBy: 'team' },
    emptyMessage: 'No cases were open during the period.',
  };
}

/** Open cases per worker at each weekly point (not for commissioners). */
export function workerTrendTable(points: TrendPoint[]): ReportTable {
  const rows = sumBy(
    points,
    (p) => `${p.day}|${p.workerId}`,
    (p) => ({ week: p.day, worker: p.workerName }),
  );
  return {
    id: 'worker-trend',
    title: 'Open cases over time, by link worker',
    description: 'Each worker’s open cases at the end of each week of the period, from the status history.',
    columns: [
      { key: 'week', label: 'Week ending', kind: 'date' },
      { key: 'worker', label: 'Link worker', kind: 'text' },
      { key: 'openCases', label: 'Open cases', kind: 'count' },
      { key: 'weightedCases', label: 'Weighted open cases', kind: 'number', decimals: 1 },
    ],
    rows,
    chart: { type: 'line', x: 'week', series: ['openCases'], groupBy: 'worker' },
    emptyMessage: 'No cases were open during the period.',
  };
}

function sumBy(
  points: TrendPoint[],
  key: (p: TrendPoint) => string,
  labels: (p: TrendPoint) => Record<string, ReportCell>,
): Record<string, ReportCell>[] {
  const groups = new Map<string, { labels: Record<string, ReportCell>; openCases: number; weighted: number }>();
  for (const point of points) {
    const k = key(point);
    const group = groups.get(k) ?? { labels: labels(point), openCases: 0, weighted: 0 };
    group.openCases += point.openCases;
    group.weighted += point.weighted;
    groups.set(k, group);
  }
  return [...groups.values()].map((g) => ({ ...g.labels, openCases: g.openCases, weightedCases: roundTo(g.weighted, 1) }));
}

function percentOfNullable(part: number | null, whole: number | null): number | null {
  return part !== null && whole !== null && whole > 0 ? roundTo((100 * part) / whole, 1) : null;
}
