import type { ReportFilterOptions, ReportId, RoiAssumptions } from '@kith/shared';

/**
 * A report's view as held in the page's query string, so a view can be bookmarked or shared and
 * back/forward work: the filters every report takes, plus the ROI assumptions for that report.
 * The same parameters go to the API and to every CSV link, so what is downloaded is what is seen.
 */
export const FILTER_KEYS = ['from', 'to', 'pcnId', 'practiceId', 'workerId'] as const;
export const ROI_KEYS = ['gpConsultationCost', 'aeAttendanceCost', 'linkWorkerCostPerWte', 'attributionShare'] as const;
const ALL_KEYS = [...FILTER_KEYS, ...ROI_KEYS] as const;

export type FilterKey = (typeof FILTER_KEYS)[number];
export type RoiKey = (typeof ROI_KEYS)[number];
export type ReportSearch = Partial<Record<FilterKey | RoiKey, string>>;
export type ReportFilterValues = Record<FilterKey, string>;

export const EMPTY_FILTERS: ReportFilterValues = { from: '', to: '', pcnId: '', practiceId: '', workerId: '' };

/** Whether a problem the server found is about one of the filters (rather than an assumption). */
export function isFilterPath(path: string): boolean {
  return (FILTER_KEYS as readonly string[]).includes(path);
}

/** Whether a problem the server found is about one of the ROI assumptions. */
export function isRoiPath(path: string): boolean {
  return (ROI_KEYS as readonly string[]).includes(path);
}

/** The known parameters of a query string, trimmed; blanks and unknown parameters are left out. */
export function readReportSearch(search: URLSearchParams): ReportSearch {
  const values: ReportSearch = {};
  for (const key of ALL_KEYS) {
    const value = search.get(key)?.trim();
    if (value) values[key] = value;
  }
  return values;
}

/** The filters part, every key present ('' for none) for the filter form. */
export function filterValues(search: ReportSearch): ReportFilterValues {
  return {
    from: search.from ?? '',
    to: search.to ?? '',
    pcnId: search.pcnId ?? '',
    practiceId: search.practiceId ?? '',
    workerId: search.workerId ?? '',
  };
}

/** A query string in a stable order (filters first), blanks dropped; '' when there is nothing. */
export function reportSearchString(search: ReportSearch): string {
  const params = new URLSearchParams();
  for (const key of ALL_KEYS) {
    const value = search[key]?.trim();
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** New filters applied to a view: the ROI assumptions chosen for it stay. */
export function withFilters(search: ReportSearch, filters: ReportFilterValues): ReportSearch {
  const kept: ReportSearch = {};
  for (const key of ROI_KEYS) if (search[key]) kept[key] = search[key];
  return { ...kept, ...filters };
}

/** ROI assumptions for this view, or `null` to go back to the saved defaults. */
export function withRoiAssumptions(search: ReportSearch, roi: RoiAssumptions | null): ReportSearch {
  const next: ReportSearch = {};
  for (const key of FILTER_KEYS) if (search[key]) next[key] = search[key];
  if (roi) for (const key of ROI_KEYS) next[key] = String(roi[key]);
  return next;
}

/** Whether the view overrides any saved ROI assumption. */
export function hasRoiOverrides(search: ReportSearch): boolean {
  return ROI_KEYS.some((key) => search[key] !== undefined);
}

/** The API query for a report: other reports ignore the ROI parameters, so they are sent only to `roi`. */
export function reportApiSearch(reportId: ReportId, search: ReportSearch): ReportSearch {
  if (reportId === 'roi') return search;
  const filters: ReportSearch = {};
  for (const key of FILTER_KEYS) if (search[key]) filters[key] = search[key];
  return filters;
}

/** `GET /api/reports/:reportId` with the view's parameters. */
export function reportApiUrl(reportId: ReportId, search: ReportSearch): string {
  return `/api/reports/${encodeURIComponent(reportId)}${reportSearchString(reportApiSearch(reportId, search))}`;
}

/** Where one table's CSV is downloaded from, with exactly the parameters of the view on screen. */
export function reportCsvUrl(reportId: ReportId, tableId: string, search: ReportSearch): string {
  const path = `/api/reports/${encodeURIComponent(reportId)}/tables/${encodeURIComponent(tableId)}.csv`;
  return `${path}${reportSearchString(reportApiSearch(reportId, search))}`;
}

/** The practices to offer: those of the chosen PCN, or every practice when no PCN is chosen. */
export function practicesFor(options: Pick<ReportFilterOptions, 'practices'>, pcnId: string) {
  return pcnId ? options.practices.filter((practice) => practice.pcnId === pcnId) : options.practices;
}

/**
 * Filters made consistent with the options: a practice outside the chosen PCN is dropped (the
 * PCN changed), and the worker filter is dropped for those who see aggregates only.
 */
export function reconcileFilters(filters: ReportFilterValues, options: ReportFilterOptions): ReportFilterValues {
  const practiceFits = practicesFor(options, filters.pcnId).some((practice) => practice.id === filters.practiceId);
  return {
    ...filters,
    practiceId: practiceFits ? filters.practiceId : '',
    workerId: options.aggregateOnly ? '' : filters.workerId,
  };
}
