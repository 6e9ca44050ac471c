import { toCount } from '@kith/server/modules/dashboard/dashboard-sql.ts';
import { type Dashboard, DEFAULT_PRESSURE_SETTINGS, type LinkWorkerSection, roundTo } from '@kith/shared';

/**
 * The link worker's widget figures, as both sides are compared: every count, the ids of listed
 * rows (their order is fixed by ids on ties), the listed tasks' due days and kinds (titles tie-break
 * by collation, which differs between JavaScript and the database), and the caseload measure.
 */
export interface WidgetFigures {
  appointmentsToday: { total: number; ids: string[] };
  tasks: { open: number; dueToday: number; overdue: number; listed: string[] };
  newAllocations: { total: number; ids: string[] };
  onwardUpdates: { total: number; ids: string[] };
  notContacted: { total: number; ids: string[] };
  caseload: {
    activeCases: number;
    weightedCases: number;
    capacity: number;
    percentOfCapacity: number;
    over: boolean;
    wte: number;
  };
}

/** The API's link worker section as figures; throws if the dashboard has none. */
export function figuresOfDashboard(dashboard: Dashboard): WidgetFigures {
  const section = dashboard.sections.find((candidate) => candidate.role === 'link_worker') as LinkWorkerSection | undefined;
  if (!section) throw new Error(`the dashboard has no link worker section (sections: ${dashboard.sections.map((s) => s.role)})`);
  const { caseload } = section;
  return {
    appointmentsToday: { total: section.appointmentsToday.total, ids: section.appointmentsToday.items.map((item) => item.id) },
    tasks: {
      open: section.tasks.open,
      dueToday: section.tasks.dueToday,
      overdue: section.tasks.overdue,
      listed: section.tasks.items.map((item) => `${item.dueOn} ${item.kind}`),
    },
    newAllocations: { total: section.newAllocations.total, ids: section.newAllocations.items.map((item) => item.referralId) },
    onwardUpdates: { total: section.onwardUpdates.total, ids: section.onwardUpdates.items.map((item) => item.onwardReferralId) },
    notContacted: { total: section.notContacted.total, ids: section.notContacted.items.map((item) => item.referralId) },
    caseload: {
      activeCases: caseload.activeCases,
      weightedCases: caseload.weightedCases,
      capacity: caseload.capacity,
      percentOfCapacity: caseload.percentOfCapacity,
      over: caseload.over,
      wte: caseload.wte,
    },
  };
}

/** What the baseline statements return, before shaping. */
export interface BaselineRows {
  appointments: { id: string }[];
  tasks: { open: number; due_today: number; overdue: number; items: unknown };
  newAllocations: { id: string; total: number | string }[];
  onwardUpdates: { id: string; total: number | string }[];
  notContacted: { id: string; total: number | string }[];
  caseload: { active_cases: number; weighted_cases: number; wte: number; pressure: unknown };
}

/** A json column: PGlite parses it, `pg` may too; a string is parsed here. */
function parsed<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** The baseline's rows as figures, with the same rounding and capacity arithmetic the widgets show. */
export function figuresOfBaseline(rows: BaselineRows, listLimit: number): WidgetFigures {
  const saved = parsed<Partial<typeof DEFAULT_PRESSURE_SETTINGS> | null>(rows.caseload.pressure);
  const pressure = { ...DEFAULT_PRESSURE_SETTINGS, ...(saved ?? {}) };
  const wte = Number(rows.caseload.wte);
  const weighted = Number(rows.caseload.weighted_cases);
  const capacity = pressure.activeCapacityPerWte * wte;
  const listed = parsed<{ kind: string; dueOn: string }[]>(rows.tasks.items);
  return {
    appointmentsToday: { total: rows.appointments.length, ids: rows.appointments.slice(0, listLimit).map((row) => row.id) },
    tasks: {
      open: Number(rows.tasks.open),
      dueToday: Number(rows.tasks.due_today),
      overdue: Number(rows.tasks.overdue),
      listed: listed.map((item) => `${item.dueOn} ${item.kind}`),
    },
    newAllocations: { total: toCount(rows.newAllocations[0]?.total), ids: rows.newAllocations.map((row) => row.id) },
    onwardUpdates: { total: toCount(rows.onwardUpdates[0]?.total), ids: rows.onwardUpdates.map((row) => row.id) },
    notContacted: { total: toCount(rows.notContacted[0]?.total), ids: rows.notContacted.map((row) => row.id) },
    caseload: {
      activeCases: Number(rows.caseload.active_cases),
      weightedCases: roundTo(weighted, 1),
      capacity: roundTo(capacity, 1),
      percentOfCapacity: roundTo((100 * weighted) / capacity, 1),
      over: weighted * 100 > pressure.alertThresholdPercent * capacity,
      wte,
    },
  };
}

/** The figures that differ between the two sides, as "path: api ≠ sql" lines; empty when they agree. */
export function differences(api: WidgetFigures, baseline: WidgetFigures): string[] {
  const lines: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      }
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) lines.push(`${path}: API ${JSON.stringify(a)} ≠ SQL ${JSON.stringify(b)}`);
  };
  walk(api, baseline, '');
  return lines;
}
