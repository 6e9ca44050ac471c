import { AUDIT_ACTIONS, type AuditAction } from '@kith/shared';
import type { QueryParams } from '../../api/api-client.ts';

/** The audit trail filters as held in the page's query string. Dates are `YYYY-MM-DD`. */
export interface AuditFilters {
  action: AuditAction | '';
  recordType: string;
  recordId: string;
  actorUserId: string;
  from: string;
  to: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

const FILTER_KEYS = ['action', 'recordType', 'recordId', 'actorUserId', 'from', 'to'] as const;

function isAction(value: string | null): value is AuditAction {
  return value !== null && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditFilters(search: URLSearchParams): AuditFilters {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  const action = search.get('action');
  const date = (key: 'from' | 'to') => {
    const value = search.get(key) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  return {
    action: isAction(action) ? action : '',
    recordType: search.get('recordType') ?? '',
    recordId: search.get('recordId') ?? '',
    actorUserId: search.get('actorUserId') ?? '',
    from: date('from'),
    to: date('to'),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** The audit page URL for a set of filters; blanks and page 1 are left out. */
export function auditHref(filters: AuditFilters): string {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (value) search.set(key, value);
  }
  if (filters.page > 1) search.set('page', String(filters.page));
  const query = search.toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}

export function hasAnyFilter(filters: AuditFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}

/**
 * A calendar date in the user's own time zone as an ISO instant: the start of the day for
 * `from`, the last millisecond of the day for `to`, so both ends are inclusive.
 */
function dayBoundary(date: string, end: boolean): string | undefined {
  if (!date) return undefined;
  const instant = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

/** The `GET /api/audit-events` query for these filters. */
export function auditQuery(filters: AuditFilters): QueryParams {
  return {
    action: filters.action,
    recordType: filters.recordType.trim(),
    recordId: filters.recordId.trim(),
    actorUserId: filters.actorUserId.trim(),
    from: dayBoundary(filters.from, false),
    to: dayBoundary(filters.to, true),
    page: filters.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
