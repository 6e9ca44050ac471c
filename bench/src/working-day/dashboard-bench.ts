import { daysBefore } from '@kith/server/modules/dashboard/dashboard-sql.ts';
import { hashSessionToken } from '@kith/server/modules/session/session-tokens.ts';
import { DEFAULT_TASK_DUE_POLICY } from '@kith/server/modules/tasks/task-due-rules.ts';
import {
  DASHBOARD_LIST_LIMIT,
  type Dashboard,
  ENGLAND_BANK_HOLIDAYS,
  NEW_ALLOCATION_DAYS,
  NOT_CONTACTED_DAYS,
  ONWARD_UPDATE_DAYS,
  TASK_KINDS,
  ukInstant,
  ukToday,
} from '@kith/shared';
import { getJson, type LatencySummary, ratios, timeSidesInTurn } from '../directory/paired-timing.ts';
import { AUDIT_EVENT, ORGANISATION_SUBTREE, SESSION_ACTOR } from '../pathway/baseline-sql.ts';
import type { RawSql } from '../pathway/raw-sql.ts';
import { APPOINTMENTS_TODAY, CASELOAD_MEASURE, NEW_ALLOCATIONS, NOT_CONTACTED, ONWARD_UPDATES, TASKS } from './baseline-sql.ts';
import {
  type BaselineRows,
  differences,
  figuresOfBaseline,
  figuresOfDashboard,
  type WidgetFigures,
} from './dashboard-figures.ts';
import { WORKING_DAY_SETTINGS } from './working-day-settings.ts';

export interface DashboardComparison {
  route: 'GET /api/dashboard';
  samples: number;
  stoppedByTimeCap: boolean;
  api: LatencySummary;
  sql: LatencySummary;
  /** API ÷ SQL at the same percentile. */
  ratio: { p50: number | null; p95: number | null };
  goalRatio: number;
  /** The figures both sides gave (checked equal before timing). */
  figures: WidgetFigures;
  responseBytes: number;
}

/** The signed-in measured worker. */
export interface DashboardContext {
  origin: string;
  cookie: string;
  sessionToken: string;
  workerId: string;
  /** The worker's PCN: their membership, the root of their `caseload:hold` and `onward:read` scope. */
  pcnId: string;
}

function ukDayStart(day: string): string {
  const start = ukInstant(`${day}T00:00`);
  if (!start.ok) throw new Error(`no UK midnight on ${day}`);
  return start.instant.toISOString();
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

let auditCounter = 0;

/**
 * The dashboard's work by hand, one statement at a time: the session, the scope's organisation
 * subtree (once: a link worker's `caseload:hold` and `onward:read` scopes have the same root), one
 * statement per widget, and the audit row.
 */
async function baselineDashboard(sql: RawSql, context: DashboardContext): Promise<WidgetFigures> {
  const now = new Date();
  const today = ukToday(now);
  const policy = DEFAULT_TASK_DUE_POLICY;
  await sql.query(SESSION_ACTOR, [hashSessionToken(context.sessionToken)]);
  const scope = (await sql.query<{ id: string }>(ORGANISATION_SUBTREE, [context.pcnId])).map((row) => row.id);
  const rows: BaselineRows = {
    appointments: await sql.query(APPOINTMENTS_TODAY, [context.workerId, ukDayStart(today), ukDayStart(nextDay(today))]),
    tasks: (
      await sql.query<BaselineRows['tasks']>(TASKS, [
        context.workerId,
        today,
        policy.firstContactWithinDays,
        policy.contactEveryDays,
        policy.baselineWithinDays,
        policy.showAheadDays,
        policy.acknowledgeWithinBusinessDays,
        [...ENGLAND_BANK_HOLIDAYS],
        policy.supervision.dueAfterWeeks,
        [...TASK_KINDS],
        DASHBOARD_LIST_LIMIT,
      ])
    )[0] as BaselineRows['tasks'],
    newAllocations: await sql.query(NEW_ALLOCATIONS, [
      context.workerId,
      scope,
      daysBefore(now, NEW_ALLOCATION_DAYS).toISOString(),
      DASHBOARD_LIST_LIMIT,
    ]),
    onwardUpdates: await sql.query(ONWARD_UPDATES, [
      context.workerId,
      scope,
      daysBefore(now, ONWARD_UPDATE_DAYS).toISOString(),
      DASHBOARD_LIST_LIMIT,
    ]),
    notContacted: await sql.query(NOT_CONTACTED, [
      context.workerId,
      scope,
      daysBefore(now, NOT_CONTACTED_DAYS).toISOString(),
      DASHBOARD_LIST_LIMIT,
    ]),
    caseload: (
      await sql.query<BaselineRows['caseload']>(CASELOAD_MEASURE, [context.workerId, scope, now.toISOString().slice(0, 10)])
    )[0] as BaselineRows['caseload'],
  };
  await sql.query(AUDIT_EVENT, [
    context.workerId,
    'link_worker',
    context.pcnId,
    'read',
    'dashboard',
    null,
    `bench-dashboard-sql-${++auditCounter}`,
    JSON.stringify({ sections: ['link_worker'] }),
  ]);
  return figuresOfBaseline(rows, DASHBOARD_LIST_LIMIT);
}

async function apiDashboard(context: DashboardContext): Promise<{ figures: WidgetFigures; bytes: number }> {
  const { body, bytes } = await getJson<Dashboard>(`${context.origin}/api/dashboard`, { cookie: context.cookie });
  return { figures: figuresOfDashboard(body), bytes };
}

/**
 * Checks that the API and the plain SQL give the same figures (fails loudly if not), then times
 * them in turn: each iteration runs both, alternating which goes first.
 */
export async function measureDashboard(
  context: DashboardContext,
  sql: RawSql,
  log: (line: string) => void,
): Promise<DashboardComparison> {
  const settings = WORKING_DAY_SETTINGS.dashboard;
  const api = await apiDashboard(context);
  const baseline = await baselineDashboard(sql, context);
  const mismatches = differences(api.figures, baseline);
  if (mismatches.length > 0) {
    throw new Error(`the dashboard API and the plain SQL disagree on ${sql.backend}:\n  ${mismatches.join('\n  ')}`);
  }
  if (api.figures.caseload.activeCases === 0 || api.figures.tasks.open === 0) {
    throw new Error(`the measured worker's dashboard is empty on ${sql.backend}: ${JSON.stringify(api.figures)}`);
  }
  log(
    `  ${sql.backend} dashboard figures agree: ${api.figures.caseload.activeCases} open cases, ${api.figures.tasks.open} tasks ` +
      `(${api.figures.tasks.overdue} overdue, ${api.figures.tasks.dueToday} today), ${api.figures.appointmentsToday.total} appointments today`,
  );

  const timed = await timeSidesInTurn([() => apiDashboard(context), () => baselineDashboard(sql, context)], {
    warmUp: settings.warmUp,
    samples: settings.samples,
    maxSeconds: settings.maxSeconds,
    minimumSamples: settings.minimumSamples,
  });
  const [apiTimes, sqlTimes] = timed.summaries as [LatencySummary, LatencySummary];
  const comparison: DashboardComparison = {
    route: 'GET /api/dashboard',
    samples: timed.samples,
    stoppedByTimeCap: timed.stoppedByTimeCap,
    api: apiTimes,
    sql: sqlTimes,
    ratio: ratios(apiTimes, sqlTimes),
    goalRatio: settings.goalRatio,
    figures: api.figures,
    responseBytes: api.bytes,
  };
  log(
    `  ${sql.backend} GET /api/dashboard: API p50 ${apiTimes.p50.toFixed(2)} / p95 ${apiTimes.p95.toFixed(2)} ms, ` +
      `SQL p50 ${sqlTimes.p50.toFixed(2)} / p95 ${sqlTimes.p95.toFixed(2)} ms → ×${comparison.ratio.p50} / ×${comparison.ratio.p95} ` +
      `(goal ≤ ${settings.goalRatio}; ${timed.samples} samples${timed.stoppedByTimeCap ? ', STOPPED BY TIME CAP' : ''})`,
  );
  return comparison;
}
