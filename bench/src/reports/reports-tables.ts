import { BACKEND_NAMES } from '../support/bench-environment.ts';
import { renderProcessMemoryLine, renderReportHeader } from '../support/bench-report.ts';
import { formatNumber, formatRatio, renderTable } from '../support/table-format.ts';
import type { ReportsReport } from './reports-report.ts';

export function renderHeader(report: ReportsReport): string {
  const { preset, scale } = report.settings;
  return [
    renderReportHeader('reports', report, 'ms and seconds'),
    `Data set: the "${preset}" synthetic preset${scale === 1 ? '' : ` at scale ${scale}`} (kith generate, seed ${report.settings.seed}), generated into a fresh database per engine.`,
    renderProcessMemoryLine(report.memory.benchProcessMaxRssKb),
  ].join('\n');
}

const COUNTED = [
  'people',
  'referrals',
  'referral_transitions',
  'contacts',
  'outcome_measures',
  'onward_referrals',
  'dir_services',
];

export function renderGenerationTable(report: ReportsReport): string {
  const title =
    'Generation: wall-clock seconds of `generateSyntheticData` (organisations and staff, the directory, then people and referrals\n' +
    'PCN by PCN with everything derived from them, ANALYZE and the row counts). PostgreSQL then gets VACUUM ANALYZE, not counted.';
  const rows = report.backends.map((result) => {
    const g = result.generation;
    if (!g) return [BACKEND_NAMES[result.backend], `FAILED: ${result.generationError ?? ''}`.slice(0, 60)];
    const rowsWritten = Object.values(g.counts).reduce((sum, n) => sum + n, 0);
    return [
      BACKEND_NAMES[result.backend],
      formatNumber(g.seconds.total, 1),
      formatNumber(g.seconds.directory, 1),
      formatNumber(g.seconds.pathway, 1),
      formatNumber(rowsWritten / g.seconds.total),
      result.vacuumSeconds === null ? '' : formatNumber(result.vacuumSeconds, 1),
      ...COUNTED.map((table) => formatNumber(g.counts[table] ?? 0)),
    ];
  });
  return `${title}\n${renderTable(['database', 'total s', 'directory s', 'pathway s', 'rows/s', 'vacuum s', ...COUNTED], rows)}`;
}

export function renderReportsTable(report: ReportsReport): string {
  const { samples, warmUp, maxSeconds } = report.settings.timing;
  const title =
    `Reports: GET /api/reports/:id (default period, the last 12 months) through the real app, ${samples} sequential requests each after ${warmUp} warm-up\n` +
    `(at most ${maxSeconds} s each), signed in as the generated ICB's commissioner (every PCN, suppressed) or one PCN's manager.\n` +
    'Baselines, run by hand in the same loop on the same database: "cohort" = the caller\'s referrals received in the period joined to\n' +
    'their contacts, counted and averaged (the least a report over that cohort reads); "full" = SELECT count(*), avg(duration_minutes)\n' +
    'FROM contacts (one pass over the largest table). × = report ÷ baseline at the same percentile.';
  const rows = report.backends.flatMap((result) =>
    result.reports.map((t) => [
      BACKEND_NAMES[result.backend],
      t.reportId,
      t.role,
      t.status === 200 ? `${t.tables}/${t.rows}` : `HTTP ${t.status}`,
      formatNumber(t.api.p50, 1),
      formatNumber(t.api.p95, 1),
      formatNumber(t.cohortScan.p50, 1),
      formatRatio(t.ratioToCohortScan.p50),
      formatRatio(t.ratioToCohortScan.p95),
      formatNumber(t.fullTableAggregate.p50, 1),
      formatRatio(t.ratioToFullTableAggregate.p50),
      formatNumber(t.samples),
    ]),
  );
  return `${title}\n${renderTable(
    [
      'database',
      'report',
      'as',
      'tables/rows',
      'p50 ms',
      'p95 ms',
      'cohort p50',
      '× cohort p50',
      '× cohort p95',
      'full p50',
      '× full p50',
      'samples',
    ],
    rows,
    3,
  )}`;
}
