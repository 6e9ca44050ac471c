import { BACKEND_NAMES, type Backend } from '../support/bench-environment.ts';
import { type ReportContext, renderProcessMemoryLine, renderReportHeader } from '../support/bench-report.ts';
import { formatNumber, formatRatio, renderTable } from '../support/table-format.ts';
import type { DashboardComparison } from './dashboard-bench.ts';
import type { FanOutComparison } from './fan-out-bench.ts';
import type { WorkingDayData } from './working-day-data.ts';

export interface WorkingDayBackendResult {
  backend: Backend;
  dataset: { people: number; referrals: number; measuredCaseload: number; generationSeconds: number; added: WorkingDayData };
  fanOut: FanOutComparison;
  /** Null when the dashboard could not be measured (the reason is in the warnings). */
  dashboard: DashboardComparison | null;
}

export interface WorkingDayReport extends ReportContext {
  benchmark: 'working-day';
  finishedAt: string;
  settings: Record<string, unknown>;
  backends: WorkingDayBackendResult[];
  memory: { benchProcessMaxRssKb: number };
  warnings: string[];
}

export function renderWorkingDay(report: WorkingDayReport): string[] {
  const dataset = renderTable(
    ['database', 'people', 'referrals', 'worker open cases', 'manual tasks (snoozed)', 'appointments today', 'generation s'],
    report.backends.map(({ backend, dataset: d }) => [
      BACKEND_NAMES[backend],
      formatNumber(d.people),
      formatNumber(d.referrals),
      formatNumber(d.measuredCaseload),
      `${formatNumber(d.added.manualTasks)} (${formatNumber(d.added.snoozedTasks)})`,
      `${d.added.appointmentsToday} (${d.added.cancelledToday} cancelled)`,
      formatNumber(d.generationSeconds, 1),
    ]),
  );
  const fanOut = renderTable(
    [
      'database',
      'rows/round (notif, outbox, jobs)',
      'Kith events/s p50',
      'bare events/s p50',
      'Kith ÷ bare',
      'per round Kith / bare',
    ],
    report.backends.map(({ backend, fanOut: f }) => [
      BACKEND_NAMES[backend],
      `${f.rowsPerRound.notifications}, ${f.rowsPerRound.outboxEmails}, ${f.rowsPerRound.jobs}`,
      formatNumber(f.kith.p50EventsPerSecond),
      formatNumber(f.bare.p50EventsPerSecond),
      formatRatio(f.ratio),
      f.kithPerRound.map((k, i) => `${formatNumber(k)}/${formatNumber(f.barePerRound[i] ?? 0)}`).join(' '),
    ]),
  );
  const dashboard = renderTable(
    [
      'database',
      'API p50 ms',
      'API p95 ms',
      'SQL p50 ms',
      'SQL p95 ms',
      '× p50',
      '× p95',
      'goal',
      'samples',
      'tasks open/overdue/today',
    ],
    report.backends.map(({ backend, dashboard: d }) =>
      d === null
        ? [BACKEND_NAMES[backend], 'not measured', '', '', '', '', '', '', '', '']
        : [
            BACKEND_NAMES[backend],
            formatNumber(d.api.p50, 2),
            formatNumber(d.api.p95, 2),
            formatNumber(d.sql.p50, 2),
            formatNumber(d.sql.p95, 2),
            formatRatio(d.ratio.p50),
            formatRatio(d.ratio.p95),
            `≤ ${d.goalRatio}× ${d.ratio.p50 !== null && d.ratio.p50 <= d.goalRatio ? 'met' : 'MISSED'}`,
            `${d.samples}${d.stoppedByTimeCap ? ' (time cap)' : ''}`,
            `${d.figures.tasks.open}/${d.figures.tasks.overdue}/${d.figures.tasks.dueToday}`,
          ],
    ),
  );
  return [
    renderReportHeader('working-day', report, 'ms and events/s'),
    `Data set: the pathway bench's PCN; the measured worker (the demo link worker) gets manual tasks and today's appointments.\n${dataset}`,
    'Notification fan-out: 1,000 safeguarding concerns, each told to the PCN supervisors (by role) and the case worker,\n' +
      'in-app row + queued email (outbox + send job) each; one transaction per event on both sides.\n' +
      'Kith = usersWithRoleIn + notifyUsers; bare = the same rows, recipients precomputed, one multi-row INSERT per table per event.\n' +
      fanOut,
    'GET /api/dashboard (link worker section) vs the plain SQL of the same widgets (session, scope, 6 widget statements, audit);\n' +
      `figures checked equal before timing.\n${dashboard}`,
    renderProcessMemoryLine(report.memory.benchProcessMaxRssKb),
  ];
}
