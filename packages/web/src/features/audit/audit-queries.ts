import type { AuditPage } from '@kith/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { type AuditFilters, auditQuery } from './audit-filters.ts';

/** `GET /api/audit-events` for the filters in the query string. */
export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit-events', filters],
    queryFn: ({ signal }) => api.get<AuditPage>('/api/audit-events', auditQuery(filters), signal),
    placeholderData: keepPreviousData,
  });
}
