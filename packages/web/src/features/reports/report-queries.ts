import type { Report, ReportFilterOptions, ReportId, ReportSettings, UpdateReportSettingsRequest } from '@kith/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/api-client.ts';
import { type ReportSearch, reportApiUrl } from './report-search.ts';

const reportsKey = ['reports'] as const;
const settingsKey = [...reportsKey, 'settings'] as const;

/** `GET /api/reports/filter-options`: the PCNs, practices and workers the user may filter by. */
export function useReportFilterOptions() {
  return useQuery({
    queryKey: [...reportsKey, 'filter-options'],
    queryFn: ({ signal }) => api.get<ReportFilterOptions>('/api/reports/filter-options', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * `GET /api/reports/:reportId` for the view's filters. The previous figures stay on screen while
 * new filters load (marked as updating), so the page does not jump.
 */
export function useReport(reportId: ReportId, search: ReportSearch, enabled = true) {
  const url = reportApiUrl(reportId, search);
  return useQuery({
    enabled,
    queryKey: [...reportsKey, 'report', url],
    queryFn: ({ signal }) => api.get<Report>(url, undefined, signal),
    placeholderData: keepPreviousData,
    // Reports can take a moment on a whole ICB: do not re-run them on every window focus.
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}

/** `GET /api/reports/settings`: caseload capacity and the saved ROI assumptions. */
export function useReportSettings(enabled = true) {
  return useQuery({
    enabled,
    queryKey: settingsKey,
    queryFn: ({ signal }) => api.get<ReportSettings>('/api/reports/settings', undefined, signal),
  });
}

/** `PUT /api/reports/settings` (admins); every report is re-run afterwards, since capacity and assumptions changed. */
export function useSaveReportSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateReportSettingsRequest) => api.put<ReportSettings>('/api/reports/settings', request),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      void queryClient.invalidateQueries({ queryKey: [...reportsKey, 'report'] });
    },
  });
}
