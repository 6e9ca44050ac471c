import type { CaseloadQuery } from '@kith/shared';

/** The caseload's sort and filter, as held in the page's query string (`?sort=&filter=`). */
export const CASELOAD_SORTS = ['urgency', 'name', 'last_contact', 'review'] as const;
export const CASELOAD_FILTERS = ['all', 'overdue_review', 'at_risk', 'no_contact_14_days'] as const;

export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
export type CaseloadFilter = (typeof CASELOAD_FILTERS)[number];

/** The `GET /api/caseload` sort and filter the screen sets. */
export type CaseloadParams = Pick<CaseloadQuery, 'sort' | 'filter'>;

export const SORT_LABELS: Record<CaseloadSort, string> = {
  urgency: 'Most urgent first',
  name: 'Name',
  last_contact: 'Longest since last contact',
  review: 'Review date, soonest first',
};

export const FILTER_LABELS: Record<CaseloadFilter, string> = {
  all: 'Everyone on my caseload',
  overdue_review: 'Review overdue',
  at_risk: 'Has a risk flag',
  no_contact_14_days: 'No contact for 14 days or more',
};

function pick<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/** Reads the sort and filter, falling back to the defaults for anything missing or unknown. */
export function readCaseloadParams(search: URLSearchParams): CaseloadParams {
  return {
    sort: pick(CASELOAD_SORTS, search.get('sort'), 'urgency'),
    filter: pick(CASELOAD_FILTERS, search.get('filter'), 'all'),
  };
}

/** The caseload URL; defaults are left out so the plain address is the usual view. */
export function caseloadHref(params: CaseloadParams): string {
  const search = new URLSearchParams();
  if (params.sort !== 'urgency') search.set('sort', params.sort);
  if (params.filter !== 'all') search.set('filter', params.filter);
  const query = search.toString();
  return query ? `/caseload?${query}` : '/caseload';
}
