import {
  CAPACITY_STATUS_LABELS,
  type CapacityStatus,
  FUNDING_STATUS_LABELS,
  type FundingStatus,
  type ReportTable,
  UNMET_NEED_REASON_LABELS,
  UNMET_NEED_REASONS,
} from '@kith/shared';
import type { ReportBuilder } from '../report-types.ts';
import {
  countUnmetNeeds,
  FUNDING_HORIZON_DAYS,
  type PressuredService,
  SERVICE_LIST_LIMIT,
  servicesAtCapacity,
  servicesAtCapacityByNeed,
  servicesWithFundingEnding,
} from './unmet-need-queries.ts';

const DAY_MS = 86_400_000;
/** Areas and area × need combinations shown at most (both are free text and can be many). */
const ROW_LIMIT = 200;

/**
 * Unmet need and provider pressure (docs/reports.md): needs the local offer could not meet, by
 * area, need and reason; services with waiting lists; services whose funding ends soon.
 */
export const unmetNeedReport: ReportBuilder = async (db, scope) => {
  const today = scope.now.toISOString().slice(0, 10);
  const needs = await countUnmetNeeds(db, scope);
  const waiting = await servicesAtCapacity(db);
  const waitingByNeed = await servicesAtCapacityByNeed(db);
  const ending = await servicesWithFundingEnding(db, today);
  const notes = [
    'Unmet needs are those recorded by link workers in the period when nothing suitable could be found, in the PCNs in view (with a practice filter: people registered with that practice; with a worker filter: those the worker recorded).',
    'Services come from the community directory, which the whole installation shares: they are not narrowed by the PCN, practice or worker filters. Archived services are left out.',
    `Services at capacity have a waiting list or are closed to referrals. Funding ending: a "funded until" date from today to ${FUNDING_HORIZON_DAYS} days on.`,
  ];
  if (waiting.total > waiting.services.length) {
    notes.push(
      `The list of services at capacity shows the ${SERVICE_LIST_LIMIT} with the longest typical wait of ${waiting.total}.`,
    );
  }
  if (ending.total > ending.services.length) {
    notes.push(`The list of services whose funding ends soon shows the first ${SERVICE_LIST_LIMIT} of ${ending.total}.`);
  }
  if (needs.byAreaAndNeed.length > ROW_LIMIT) notes.push(`Area and need combinations: the ${ROW_LIMIT} most common are shown.`);
  if (needs.byArea.length > ROW_LIMIT) notes.push(`Areas: the ${ROW_LIMIT} with the most unmet needs are shown.`);

  return {
    headlines: [
      { label: 'Unmet needs recorded', value: needs.total, kind: 'count' },
      { label: 'Services with a waiting list or closed', value: waiting.total, kind: 'count' },
      { label: `Services whose funding ends within ${FUNDING_HORIZON_DAYS} days`, value: ending.total, kind: 'count' },
    ],
    tables: [
      countTable({ id: 'by-need', title: 'Unmet needs by need', key: 'need', label: 'Need', rows: needs.byNeed, ranked: true }),
      countTable({
        id: 'by-area',
        title: 'Unmet needs by area',
        key: 'area',
        label: 'Area',
        rows: needs.byArea.slice(0, ROW_LIMIT),
        ranked: true,
      }),
      countTable({
        id: 'by-reason',
        title: 'Why needs could not be met',
        key: 'reason',
        label: 'Reason',
        rows: UNMET_NEED_REASONS.map((reason) => ({
          reason: UNMET_NEED_REASON_LABELS[reason],
          count: needs.byReason.find((r) => r.reason === reason)?.count ?? 0,
        })),
        ranked: false,
      }),
      {
        id: 'by-area-need',
        title: 'Unmet needs by area and need',
        columns: [
          { key: 'area', label: 'Area', kind: 'text' },
          { key: 'need', label: 'Need', kind: 'text' },
          { key: 'count', label: 'Unmet needs', kind: 'count' },
        ],
        rows: needs.byAreaAndNeed.slice(0, ROW_LIMIT).map((r) => ({ area: r.area, need: r.need, count: r.count })),
        rankedBy: 'count',
        emptyMessage: 'No unmet needs were recorded in the period.',
      },
      waitingListTable(waiting.services),
      {
        id: 'waiting-by-need',
        title: 'Services at capacity by need',
        description: 'Services with a waiting list or closed to referrals, by the needs they meet.',
        columns: [
          { key: 'need', label: 'Need', kind: 'text' },
          { key: 'waitingList', label: 'With a waiting list', kind: 'count' },
          { key: 'closed', label: 'Closed to referrals', kind: 'count' },
          { key: 'total', label: 'At capacity', kind: 'count' },
        ],
        rows: waitingByNeed.map((r) => ({ ...r })),
        chart: { type: 'stacked-bar', x: 'need', series: ['waitingList', 'closed'] },
        emptyMessage: 'No service in the directory has a waiting list or is closed to referrals.',
      },
      fundingTable(ending.services, today),
    ],
    notes,
  };
};

/** A table of unmet-need counts by one text column (`key`, headed `label`). */
interface CountTableSpec {
  id: string;
  title: string;
  key: string;
  label: string;
  rows: ({ count: number } & Record<string, string | number>)[];
  /** Rows come most first (suppression ranks them again on the rounded counts). */
  ranked: boolean;
}

function countTable({ id, title, key, label, rows, ranked }: CountTableSpec): ReportTable {
  return {
    id,
    title,
    columns: [
      { key, label, kind: 'text' },
      { key: 'count', label: 'Unmet needs', kind: 'count' },
    ],
    rows: rows.map((r) => ({ [key]: r[key] ?? null, count: r.count })),
    chart: { type: 'bar', x: key, series: ['count'] },
    ...(ranked ? { rankedBy: 'count' } : {}),
    emptyMessage: 'No unmet needs were recorded in the period.',
  };
}

function waitingListTable(services: PressuredService[]): ReportTable {
  return {
    id: 'waiting-lists',
    title: 'Services with a waiting list or closed to referrals',
    description: 'Longest typical wait first.',
    columns: [
      { key: 'service', label: 'Service', kind: 'text' },
      { key: 'provider', label: 'Provider', kind: 'text' },
      { key: 'capacity', label: 'Capacity', kind: 'text' },
      { key: 'typicalWaitDays', label: 'Typical wait', kind: 'number', decimals: 0, unit: 'days' },
      { key: 'needs', label: 'Needs met', kind: 'text' },
    ],
    rows: services.map((s) => ({
      service: s.name,
      provider: s.provider,
      capacity: CAPACITY_STATUS_LABELS[s.capacityStatus as CapacityStatus] ?? s.capacityStatus,
      typicalWaitDays: s.typicalWaitDays,
      needs: s.needs,
    })),
    emptyMessage: 'No service in the directory has a waiting list or is closed to referrals.',
  };
}

function fundingTable(services: PressuredService[], today: string): ReportTable {
  return {
    id: 'funding-ending',
    title: `Services whose funding ends within ${FUNDING_HORIZON_DAYS} days`,
    description: 'Soonest first.',
    columns: [
      { key: 'service', label: 'Service', kind: 'text' },
      { key: 'provider', label: 'Provider', kind: 'text' },
      { key: 'fundedUntil', label: 'Funded until', kind: 'date' },
      { key: 'daysLeft', label: 'Days left', kind: 'number', decimals: 0, unit: 'days' },
      { key: 'funding', label: 'Funding', kind: 'text' },
      { key: 'capacity', label: 'Capacity', kind: 'text' },
    ],
    rows: services.map((s) => ({
      service: s.name,
      provider: s.provider,
      fundedUntil: s.fundedUntil,
      daysLeft: s.fundedUntil
        ? Math.round((Date.parse(`${s.fundedUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS)
        : null,
      funding: FUNDING_STATUS_LABELS[s.fundingStatus as FundingStatus] ?? s.fundingStatus,
      capacity: CAPACITY_STATUS_LABELS[s.capacityStatus as CapacityStatus] ?? s.capacityStatus,
    })),
    emptyMessage: `No service’s funding ends within ${FUNDING_HORIZON_DAYS} days.`,
  };
}
